/**
 * The channel and event names as plain strings, for the preload. The preload is bundled whole into a
 * sandboxed CommonJS file; importing contract.ts there would bundle zod with it, so it imports this list
 * instead. The type checks below fail the build if this list and contract.ts ever drift apart.
 */
import type { Channel, EventName } from './contract';

export const IPC_CHANNELS = [
  'app:info',
  'app:takePendingCommands',
  'app:draftsSaved',
  'settings:get',
  'settings:update',
  'reminders:setContext',
  'reminders:test',
  'reminders:setTimeZone',
  'backup:openPending',
  'backup:save',
  'backup:list',
  'backup:read',
  'backup:export',
  'backup:import',
  'backup:revealFolder',
  'export:saveText',
  'export:savePdf',
  'data:deleteAll',
  'calendar:open',
] as const;

export const IPC_EVENTS = ['app:command'] as const;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;

/** Compile-time only: every contract channel is listed here, and nothing else. */
export type ChannelListMatchesContract = Assert<Same<(typeof IPC_CHANNELS)[number], Channel>>;
/** Compile-time only: every contract event is listed here, and nothing else. */
export type EventListMatchesContract = Assert<Same<(typeof IPC_EVENTS)[number], EventName>>;
