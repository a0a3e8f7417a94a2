/** Whether the search dialog is open: a tiny store of its own, so opening it loads nothing else. */
import { useSyncExternalStore } from 'react';

let open = false;
const listeners = new Set<() => void>();

function set(next: boolean) {
  if (open === next) return;
  open = next;
  for (const listener of listeners) listener();
}

export function openSearch(): void {
  set(true);
}

export function closeSearch(): void {
  set(false);
}

/** Calls `listener` whenever the dialog opens or closes; returns the unsubscribe. */
export function subscribeSearchOpen(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSearchOpen(): boolean {
  return useSyncExternalStore(subscribeSearchOpen, () => open);
}
