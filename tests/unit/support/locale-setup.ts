/**
 * Setup file of every unit-test project: the app's formatters start in a fixed locale (en-GB, 24-hour),
 * never the machine's, so expected strings are the same on every computer. Tests of other locales set
 * them explicitly.
 */
import { beforeEach } from 'vitest';
import { resetFormatPrefsForTests } from '@renderer/ui/format';

resetFormatPrefsForTests();
beforeEach(() => resetFormatPrefsForTests());
