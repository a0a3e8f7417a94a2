/**
 * For property tests that set their own number of runs: it grows with the run's size, so
 * `npm run test:explore` runs more cases (vitest.config.ts gives every test more time to match).
 */
import { inject } from 'vitest';

/** `n` runs in `npm test`, more when exploring. */
export function runs(n: number): number {
  return n * inject('property').runsFactor;
}
