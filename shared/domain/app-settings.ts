/**
 * The desktop settings main keeps in userData/settings.json: reminders, quiet hours and how the app
 * lives beside the desktop. Main validates the file on every read and every update; the renderer edits
 * a copy and sends it back whole.
 */
import { z } from 'zod';
import {
  DEFAULT_QUIET_HOURS,
  DEFAULT_REMINDERS,
  quietHoursSchema,
  reminderSettingsSchema,
  storedReminderSettingsSchema,
} from './reminders';
import { canonicalLocale } from './format';

export const SETTINGS_VERSION = 1;

export const appSettingsSchema = z.strictObject({
  version: z.literal(SETTINGS_VERSION),
  reminders: reminderSettingsSchema,
  quietHours: quietHoursSchema,
  /** Closing the window keeps the app (and its reminders) running in the tray; off means close = quit. */
  closeToTray: z.boolean(),
  /** Start hidden in the tray when the user logs in. Off until the user turns it on. */
  startAtLogin: z.boolean(),
  /** How dates, times and numbers read: 'system' follows the OS locale, otherwise a BCP-47 tag ("de-DE"). */
  locale: z
    .string()
    .max(64)
    .refine((tag) => tag === 'system' || canonicalLocale(tag) !== null, {
      error: 'Use a language tag such as en-GB, en-US or de-DE, or follow the system.',
    }),
  /** 12- or 24-hour times; 'system' uses what the locale usually uses. */
  clock: z.enum(['system', '12h', '24h']),
});

/**
 * The settings as a file written earlier holds them: `locale` and `clock` came after version 1 shipped,
 * the handover follow-up reminder with issue 17, and the "ask again" reminder and the 1:1's `setUp` with
 * issue 18, so a file without them loads with their defaults (`storedReminderSettingsSchema`). Only
 * reading a stored file allows that; a change sent by the page (`settings:update`) must be whole.
 */
export const storedSettingsSchema = appSettingsSchema.extend({
  reminders: storedReminderSettingsSchema,
  locale: appSettingsSchema.shape.locale.default('system'),
  clock: appSettingsSchema.shape.clock.default('system'),
});
export type AppSettings = z.infer<typeof appSettingsSchema>;

export const DEFAULT_SETTINGS: AppSettings = {
  version: SETTINGS_VERSION,
  reminders: DEFAULT_REMINDERS,
  quietHours: DEFAULT_QUIET_HOURS,
  closeToTray: true,
  startAtLogin: false,
  locale: 'system',
  clock: 'system',
};

/** A fresh deep copy of the defaults, safe to change. */
export function defaultSettings(): AppSettings {
  return structuredClone(DEFAULT_SETTINGS);
}
