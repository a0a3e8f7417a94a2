/**
 * One search over everything the user wrote (issue 16). The dialog, the index and the search library
 * load only when used: `warmSearch` (after the first screen) starts building the index in a worker.
 */
export { closeSearch, openSearch, subscribeSearchOpen } from './model/open';
export { SearchHost } from './components/SearchHost';

/** Starts building the index off the startup path, so the first Ctrl/Cmd+K finds everything at once. */
export async function warmSearch(): Promise<void> {
  const { startSearchIndex } = await import('./worker/client');
  startSearchIndex();
}
