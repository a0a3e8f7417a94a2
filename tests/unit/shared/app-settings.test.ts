/**
 * The settings as stored (shared/domain/app-settings.ts): a file written by an earlier version lacks what
 * came later and loads with its defaults; a change sent by the page must be whole. (Main's store on real
 * files: tests/unit/electron/settings-store.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { appSettingsSchema, defaultSettings, storedSettingsSchema } from '@shared/domain/app-settings';
import { DEFAULT_REMINDERS } from '@shared/domain/reminders';

/** Settings as a version before issue 17 wrote them: no handover follow-up reminder. */
function beforeHandovers() {
  const settings = defaultSettings();
  settings.reminders['log-activities'] = { enabled: false, time: '18:00' };
  const { 'handover-follow-up': _new, ...reminders } = settings.reminders;
  return { settings, stored: { ...settings, reminders } };
}

describe('stored settings', () => {
  it('loads settings saved before the handover follow-up reminder, with it on at its default time', () => {
    const { settings, stored } = beforeHandovers();
    const parsed = storedSettingsSchema.parse(stored);
    expect(parsed).toEqual(settings);
    expect(parsed.reminders['handover-follow-up']).toEqual(DEFAULT_REMINDERS['handover-follow-up']);
    // Each load gets its own copy: changing one does not change the defaults or the next load.
    parsed.reminders['handover-follow-up'].time = '07:00';
    expect(storedSettingsSchema.parse(stored).reminders['handover-follow-up'].time).toBe('10:00');
    expect(DEFAULT_REMINDERS['handover-follow-up'].time).toBe('10:00');
  });

  it('loads a file from before both the locale and the new reminder', () => {
    const { stored } = beforeHandovers();
    const { locale: _locale, clock: _clock, ...oldest } = stored;
    expect(storedSettingsSchema.parse(oldest)).toMatchObject({
      locale: 'system',
      clock: 'system',
      reminders: { 'handover-follow-up': { enabled: true, time: '10:00' } },
    });
  });

  it('keeps what a newer file says, and still refuses a bad value or an unknown reminder', () => {
    const settings = defaultSettings();
    settings.reminders['handover-follow-up'] = { enabled: false, time: '14:45' };
    expect(storedSettingsSchema.parse(settings)).toEqual(settings);
    const bad = {
      ...settings,
      reminders: { ...settings.reminders, 'handover-follow-up': { enabled: true } },
    };
    expect(storedSettingsSchema.safeParse(bad).success).toBe(false);
    const unknown = { ...settings, reminders: { ...settings.reminders, 'guess-kind': { enabled: true } } };
    expect(storedSettingsSchema.safeParse(unknown).success).toBe(false);
  });

  it('a change sent by the page must name every reminder', () => {
    const { stored } = beforeHandovers();
    expect(appSettingsSchema.safeParse(stored).success).toBe(false);
    expect(appSettingsSchema.safeParse(defaultSettings()).success).toBe(true);
  });
});
