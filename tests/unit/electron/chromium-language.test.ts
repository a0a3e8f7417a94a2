/**
 * The language main starts Chromium in (`--lang`), read from the settings file the settings store writes:
 * the chosen language, or none (the system's) for 'system', a first start, or a file that cannot be read.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '@shared/domain/app-settings';
import { chromiumLanguage, chromiumLanguageIn } from '@main/services/chromium-language';
import { SETTINGS_FILE, createSettingsStore } from '@main/services/settings-store';
import { tempDirs } from './helpers';

const temps = tempDirs();
afterEach(() => temps.cleanup());

describe('the language Chromium starts in', () => {
  it('is the language chosen in Settings, as the settings store saved it', async () => {
    const dir = await temps.make();
    const store = createSettingsStore({ dir, logError: () => undefined });
    await store.load();
    await store.update({ ...defaultSettings(), locale: 'de-de' });
    expect(chromiumLanguageIn(dir)).toBe('de-DE');

    await store.update({ ...defaultSettings(), locale: 'system' });
    expect(chromiumLanguageIn(dir)).toBeNull();
  });

  it("is the system's on a first start, and when the file is damaged or names no usable language", async () => {
    const dir = await temps.make();
    expect(chromiumLanguageIn(dir)).toBeNull();
    await writeFile(join(dir, SETTINGS_FILE), '{"version": 1, "locale": "de-');
    expect(chromiumLanguageIn(dir)).toBeNull();
    expect(chromiumLanguage(JSON.stringify({ ...defaultSettings(), locale: 'xx-YY' }))).toBeNull();
    expect(chromiumLanguage(JSON.stringify({ ...defaultSettings(), locale: 42 }))).toBeNull();
    expect(chromiumLanguage(null)).toBeNull();
  });

  it('reads a settings file written before the handover follow-up reminder existed', () => {
    const older = { ...defaultSettings(), locale: 'de-DE' };
    const { 'handover-follow-up': _new, ...reminders } = older.reminders;
    expect(chromiumLanguage(JSON.stringify({ ...older, reminders }))).toBe('de-DE');
  });

  it('reads a settings file written before the language setting existed', () => {
    const { locale: _locale, clock: _clock, ...older } = defaultSettings();
    expect(chromiumLanguage(JSON.stringify(older))).toBeNull();
    expect(chromiumLanguage(JSON.stringify({ ...older, locale: 'en-GB' }))).toBe('en-GB');
  });
});
