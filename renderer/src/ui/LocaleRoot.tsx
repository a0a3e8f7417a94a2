import { Fragment, useSyncExternalStore, type ReactNode } from 'react';
import { currentFormatPrefs, subscribeFormatPrefs } from './format';

/**
 * Re-renders the whole app when the user changes the locale or the clock in Settings: the formatters are
 * plain functions read during render, so memoised screens would otherwise keep the old text. Keyed, so
 * every screen renders anew once; the route and the data live outside React and stay.
 */
export function LocaleRoot({ children }: { children: ReactNode }) {
  const prefs = useSyncExternalStore(subscribeFormatPrefs, currentFormatPrefs);
  return <Fragment key={`${prefs.locale}|${String(prefs.hour12)}`}>{children}</Fragment>;
}
