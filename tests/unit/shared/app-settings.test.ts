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

/** Settings as a version before issue 18 wrote them: no "ask again" reminder, and no `setUp` on the 1:1. */
function beforeManagerLoop(oneOnOneEnabled: boolean) {
  const settings = defaultSettings();
  settings.reminders['feedback-before-1on1'] = {
    enabled: oneOnOneEnabled,
    setUp: oneOnOneEnabled,
    weekday: 3,
    time: '14:30',
    leadMinutes: 45,
  };
  const { 'ask-excellent-again': _new, ...reminders } = settings.reminders;
  const { setUp: _setUp, ...oneOnOne } = reminders['feedback-before-1on1'];
  return { settings, stored: { ...settings, reminders: { ...reminders, 'feedback-before-1on1': oneOnOne } } };
}

describe('stored settings from before the manager loop (issue 18)', () => {
  it('loads with the "ask again" reminder on at 10:00, and the 1:1 set up exactly when its reminder was on', () => {
    for (const enabled of [true, false]) {
      const { settings, stored } = beforeManagerLoop(enabled);
      const parsed = storedSettingsSchema.parse(stored);
      expect(parsed).toEqual(settings);
      expect(parsed.reminders['ask-excellent-again']).toEqual({ enabled: true, time: '10:00' });
      expect(parsed.reminders['feedback-before-1on1'].setUp).toBe(enabled);
    }
    // Each load gets its own copy of the default.
    const { stored } = beforeManagerLoop(false);
    storedSettingsSchema.parse(stored).reminders['ask-excellent-again'].time = '07:00';
    expect(storedSettingsSchema.parse(stored).reminders['ask-excellent-again'].time).toBe('10:00');
    expect(DEFAULT_REMINDERS['ask-excellent-again'].time).toBe('10:00');
  });

  it('loads a file from before issues 17 and 18 and the locale', () => {
    const { stored } = beforeManagerLoop(true);
    const { 'handover-follow-up': _handover, ...reminders } = stored.reminders;
    const { locale: _locale, clock: _clock, ...oldest } = { ...stored, reminders };
    expect(storedSettingsSchema.parse(oldest)).toMatchObject({
      locale: 'system',
      reminders: {
        'handover-follow-up': { enabled: true, time: '10:00' },
        'ask-excellent-again': { enabled: true, time: '10:00' },
        'feedback-before-1on1': { enabled: true, setUp: true, weekday: 3 },
      },
    });
  });

  it('keeps a `setUp` the file has, and still refuses a 1:1 rule that is not one', () => {
    const settings = defaultSettings();
    settings.reminders['feedback-before-1on1'] = {
      ...settings.reminders['feedback-before-1on1'],
      setUp: true,
    };
    expect(storedSettingsSchema.parse(settings)).toEqual(settings);
    const withRule = (rule: unknown) => ({
      ...settings,
      reminders: { ...settings.reminders, 'feedback-before-1on1': rule },
    });
    const { setUp: _setUp, ...older } = settings.reminders['feedback-before-1on1'];
    for (const bad of [
      { ...older, enabled: 'yes' },
      { ...older, setUp: 'yes' },
      { ...older, setUp: true, extra: 1 },
      { ...older, weekday: 9 },
      null,
      [],
      'on',
    ]) {
      expect(storedSettingsSchema.safeParse(withRule(bad)).success).toBe(false);
    }
    const { 'feedback-before-1on1': _gone, ...noOneOnOne } = settings.reminders;
    expect(storedSettingsSchema.safeParse({ ...settings, reminders: noOneOnOne }).success).toBe(false);
  });

  it('a change sent by the page must have both', () => {
    for (const enabled of [true, false]) {
      const { settings, stored } = beforeManagerLoop(enabled);
      expect(appSettingsSchema.safeParse(stored).success).toBe(false);
      const { 'ask-excellent-again': _new, ...withoutNew } = settings.reminders;
      expect(appSettingsSchema.safeParse({ ...settings, reminders: withoutNew }).success).toBe(false);
      const noSetUp = {
        ...settings.reminders,
        'feedback-before-1on1': stored.reminders['feedback-before-1on1'],
      };
      expect(appSettingsSchema.safeParse({ ...settings, reminders: noSetUp }).success).toBe(false);
      expect(appSettingsSchema.safeParse(settings).success).toBe(true);
    }
  });
});
