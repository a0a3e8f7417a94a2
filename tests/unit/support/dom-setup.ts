/**
 * Setup file of the component tests (happy-dom): forms keep unsaved text in localStorage
 * (renderer/src/ui/drafts.ts), and one test's half-typed form must not open filled in the next.
 */
import { afterEach } from 'vitest';
import { forgetAllKeptDrafts } from '@renderer/ui/drafts';

afterEach(() => forgetAllKeptDrafts());
