/**
 * The language Chromium starts in. The app formats every date, time and number itself (shared/domain/
 * format.ts), following the language chosen in Settings; but the native date fields and their pickers are
 * drawn by Chromium in its own language, which is the system's unless `--lang` says otherwise. So when
 * Settings names a language, main starts Chromium in it, and the date fields read like the rest of the
 * app from the next start (the switch is read once, before the app is ready).
 *
 * Read synchronously: it must be decided before `app` is ready, and the file is a few hundred bytes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { storedSettingsSchema } from '@shared/domain/app-settings';
import { canonicalLocale } from '@shared/domain/format';
import { SETTINGS_FILE } from './settings-store';

/** The language for `--lang` from the settings file's text, or null to keep the system's. */
export function chromiumLanguage(settingsText: string | null): string | null {
  if (settingsText === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(settingsText);
  } catch {
    return null; // The settings store reports a damaged file once the app is up; the system's language stays.
  }
  const parsed = storedSettingsSchema.safeParse(json);
  if (!parsed.success || parsed.data.locale === 'system') return null;
  return canonicalLocale(parsed.data.locale);
}

/** The language for `--lang` from userData's settings file; null when there is none to read. */
export function chromiumLanguageIn(
  userDataDir: string,
  read: (path: string) => string = (path) => readFileSync(path, 'utf8'),
): string | null {
  let text: string | null;
  try {
    text = read(join(userDataDir, SETTINGS_FILE));
  } catch {
    text = null; // No settings yet (a first start), or unreadable: the system's language.
  }
  return chromiumLanguage(text);
}
