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
} from './reminders';

export const SETTINGS_VERSION = 1;

export const appSettingsSchema = z.strictObject({
  version: z.literal(SETTINGS_VERSION),
  reminders: reminderSettingsSchema,
  quietHours: quietHoursSchema,
  /** Closing the window keeps the app (and its reminders) running in the tray; off means close = quit. */
  closeToTray: z.boolean(),
  /** Start hidden in the tray when the user logs in. Off until the user turns it on. */
  startAtLogin: z.boolean(),
});
export type AppSettings = z.infer<typeof appSettingsSchema>;

export const DEFAULT_SETTINGS: AppSettings = {
  version: SETTINGS_VERSION,
  reminders: DEFAULT_REMINDERS,
  quietHours: DEFAULT_QUIET_HOURS,
  closeToTray: true,
  startAtLogin: false,
};

/** A fresh deep copy of the defaults, safe to change. */
export function defaultSettings(): AppSettings {
  return structuredClone(DEFAULT_SETTINGS);
}
