/** Mounts the search dialog while it is open; its code (and the search library) loads on first use. */
import { lazy, Suspense } from 'react';
import { closeSearch, useSearchOpen } from '../model/open';

const SearchDialog = lazy(async () => ({ default: (await import('./SearchDialog')).SearchDialog }));

export function SearchHost() {
  const open = useSearchOpen();
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <SearchDialog onClose={closeSearch} />
    </Suspense>
  );
}
