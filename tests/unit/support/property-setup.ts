/**
 * Setup file of every unit-test project: configures fast-check with the run's seed and size (see
 * property-settings.ts), so no property test picks a seed of its own.
 */
import fc from 'fast-check';
import { inject } from 'vitest';
import { BASE_RUNS } from './property-settings';

const { seed, runsFactor } = inject('property');
fc.configureGlobal({ seed, numRuns: BASE_RUNS * runsFactor });
