/**
 * How property tests run: one seed and one size for the whole run, decided once in vitest.config.ts and
 * handed to every test file (vitest `provide` / `inject`).
 *
 * - `npm test` / `npm run test:unit`: a fixed seed, so the suite gives the same answer every time.
 * - `npm run test:explore` (vitest `--mode explore`): a random seed and ten times the runs, to find new
 *   counterexamples. Each one found becomes a named regression example next to its property.
 * - `FC_SEED=<n>` replays a run: with the same seed (and the same mode) every property generates the
 *   same values again, so a failure comes back exactly.
 */
export const FIXED_SEED = 20_261_201;
/** fast-check's default number of runs per property, kept as the base. */
export const BASE_RUNS = 100;
export const EXPLORE_RUNS_FACTOR = 10;

export interface PropertySettings {
  seed: number;
  /** Multiplies every property's number of runs (and the time it may take). */
  runsFactor: number;
  explore: boolean;
}

export function propertySettings(
  env: Record<string, string | undefined>,
  mode: string,
  random: () => number = Math.random,
): PropertySettings {
  const explore = mode === 'explore';
  const given = env.FC_SEED?.trim();
  let seed: number;
  if (given) {
    seed = Number(given);
    if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be a whole number, not "${given}".`);
  } else {
    seed = explore ? Math.floor(random() * 2 ** 31) : FIXED_SEED;
  }
  return { seed, runsFactor: explore ? EXPLORE_RUNS_FACTOR : 1, explore };
}

/** The line printed at the start of a run: the seed, and how to replay it. */
export function propertyBanner({ seed, runsFactor, explore }: PropertySettings): string {
  const how = explore ? `random seed ${seed}, ${runsFactor}× runs` : `seed ${seed}`;
  const replay = explore
    ? `FC_SEED=${seed} npm run test:explore -- <file> -t "<test name>"`
    : `FC_SEED=${seed} npm run test:unit -- <file> -t "<test name>"`;
  return `Property tests: ${how}. Replay a failure with: ${replay}`;
}

declare module 'vitest' {
  export interface ProvidedContext {
    property: PropertySettings;
  }
}
