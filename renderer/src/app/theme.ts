import { useEffect } from 'react';
import { useStore } from '../store/store';

/** Puts the chosen theme on <html data-theme>; "system" follows the OS via the CSS media query. */
export function useApplyTheme() {
  const theme = useStore((state) => state.preferences.theme);
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme]);
}
