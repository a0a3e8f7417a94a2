/**
 * Messages between the search dialog (main thread) and the search service (a worker, or in-thread where
 * there is no Worker). Plain data only: results are computed where the index lives.
 */
import type { SearchGroup } from '@shared/domain/search';

export type SearchRequest =
  /** Open the database (a restore gives it a new name) and build the index, then keep it up to date. */
  { type: 'start'; dbName: string } | { type: 'query'; id: number; query: string; perKind: number };

export type SearchResponse =
  | { type: 'results'; id: number; query: string; groups: SearchGroup[]; ready: boolean }
  /** The index was built, or changed: an open dialog asks its query again. */
  | { type: 'changed'; ready: boolean }
  | { type: 'failed'; message: string };
