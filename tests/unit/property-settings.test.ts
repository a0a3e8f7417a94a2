import fc from 'fast-check';
import { describe, expect, inject, it } from 'vitest';
import {
  BASE_RUNS,
  EXPLORE_RUNS_FACTOR,
  FIXED_SEED,
  propertyBanner,
  propertySettings,
} from './support/property-settings';

describe('property-test settings', () => {
  it('use a fixed seed in npm test', () => {
    expect(propertySettings({}, 'test')).toEqual({ seed: FIXED_SEED, runsFactor: 1, explore: false });
  });

  it('use a random seed and more runs when exploring', () => {
    expect(propertySettings({}, 'explore', () => 0.5)).toEqual({
      seed: 2 ** 30,
      runsFactor: EXPLORE_RUNS_FACTOR,
      explore: true,
    });
  });

  it('replay the seed given in FC_SEED, in either mode', () => {
    expect(propertySettings({ FC_SEED: ' 42 ' }, 'test').seed).toBe(42);
    expect(propertySettings({ FC_SEED: '-7' }, 'explore').seed).toBe(-7);
  });

  it('refuse a seed that is not a whole number', () => {
    expect(() => propertySettings({ FC_SEED: 'abc' }, 'test')).toThrow('FC_SEED must be a whole number');
    expect(() => propertySettings({ FC_SEED: '1.5' }, 'test')).toThrow('not "1.5"');
  });

  it('print the seed and the command that replays it', () => {
    expect(propertyBanner(propertySettings({}, 'test'))).toBe(
      `Property tests: seed ${FIXED_SEED}. Replay a failure with: FC_SEED=${FIXED_SEED} npm run test:unit -- <file> -t "<test name>"`,
    );
    expect(propertyBanner({ seed: 9, runsFactor: 10, explore: true })).toMatch(
      /random seed 9, 10× runs.*FC_SEED=9 npm run test:explore/,
    );
  });

  it('are what fast-check runs with in this very run', () => {
    const { seed, runsFactor } = inject('property');
    expect(fc.readConfigureGlobal()).toMatchObject({ seed, numRuns: BASE_RUNS * runsFactor });
  });
});
