/**
 * For property tests that set their own number of runs or time limit: both grow with the run's size,
 * so `npm run test:explore` runs more cases and gives them the time they need.
 */
import { inject } from 'vitest';

/** `n` runs in `npm test`, more when exploring. */
export function runs(n: number): number {
  return n * inject('property').runsFactor;
}

/** A time limit measured for `npm test` (on a loaded 2-core machine), scaled like the runs. */
export function timeLimit(ms: number): number {
  return ms * inject('property').runsFactor;
}
