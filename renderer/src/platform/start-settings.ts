import type { ResponseOf } from '@shared/ipc/contract';
import { call } from './api';

let asked: Promise<ResponseOf<'settings:get'>> | null = null;

/**
 * Main's settings as the app starts, asked for once: the first screen needs two things from them (the
 * locale, in main.tsx, and Today's retake cadence), and each request is a round trip to main on the
 * start's critical path. Every later read asks main again, as the settings may have changed since.
 */
export function startSettings(): Promise<ResponseOf<'settings:get'>> {
  return (asked ??= call('settings:get', {}));
}
