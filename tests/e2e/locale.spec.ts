/**
 * The user's locale, everywhere (issue 16): the built app under Chromium's `locale` set to en-US, en-GB
 * and de-DE. The same two activities read in each locale's dates, 12/24-hour times, decimal separator and
 * "1 h 30 min" durations; Settings' reminder time reads like the audit log's times; the time fields
 * (ui/TimeField: Settings' reminder times, the activity dialog's start) show and read the locale's form,
 * not the browser's; and the Settings override of the language or the clock changes every screen at once,
 * time fields included. Screenshots in test-results/screenshots/.
 */
import type { Page } from '@playwright/test';
import { REMINDER_LABELS } from '@shared/domain/reminders';
import { expect, setTheme, test } from './harness';
import { shotOfScreen } from './screenshots';
import { AppShell } from './pages/AppShell';
import { AuditScreen } from './pages/AuditScreen';

interface Expected {
  /** The day heading of Tuesday 2026-12-01, with the day's total. */
  dayHeading: string;
  /** 09:00, 17:30, 21:00 and 21:05 as the locale writes them. */
  nine: string;
  halfPastFive: string;
  nineInTheEvening: string;
  fiveToNine: string;
  /** Average energy +0.33 with one decimal. */
  energy: string;
}

const LOCALES: Record<'en-US' | 'en-GB' | 'de-DE', Expected> = {
  'en-US': {
    dayHeading: 'Tue, Dec 1 · 2 h 15 min',
    nine: '9:00 AM',
    halfPastFive: '5:30 PM',
    nineInTheEvening: '9:00 PM',
    fiveToNine: '9:05 PM',
    energy: '+0.3',
  },
  'en-GB': {
    dayHeading: 'Tue 1 Dec · 2 h 15 min',
    nine: '09:00',
    halfPastFive: '17:30',
    nineInTheEvening: '21:00',
    fiveToNine: '21:05',
    energy: '+0.3',
  },
  'de-DE': {
    // The app's English with Germany's conventions (en-DE): German words inside English text read wrong.
    dayHeading: 'Tue, 1 Dec · 2 h 15 min',
    nine: '09:00',
    halfPastFive: '17:30',
    nineInTheEvening: '21:00',
    fiveToNine: '21:05',
    energy: '+0,3',
  },
};

/** A field's whole value; Intl may put a narrow no-break space before "PM", so any space matches. */
function exactly(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s')}$`, 'u');
}

async function seedTwoActivities(page: Page, audit: AuditScreen) {
  await audit.start('2026-11-30', 4);
  await audit.showDay('2026-12-01');
  await audit.quickLog('Design review 1h30 @9:00 +1');
  await audit.quickLog('Standup 45m @17:30 -1');
  await expect(audit.dayRow('Standup')).toBeVisible();
}

for (const [locale, expected] of Object.entries(LOCALES)) {
  test.describe(locale, () => {
    test.use({ locale, timezoneId: 'Europe/Berlin', viewport: { width: 1280, height: 900 } });

    test(`dates, times, numbers and durations read in ${locale}`, async ({ page, ledger }) => {
      test.slow();
      const audit = new AuditScreen(page);
      const shell = new AppShell(page);
      await ledger.open('/audit');
      await seedTwoActivities(page, audit);

      // The log: the day heading, each time and each duration.
      await expect(page.locator('#audit-view-title')).toHaveText(expected.dayHeading);
      await expect(audit.dayRow('Design review')).toContainText(expected.nine);
      await expect(audit.dayRow('Design review')).toContainText('1 h 30 min');
      await expect(audit.dayRow('Standup')).toContainText(expected.halfPastFive);
      await expect(audit.dayRow('Standup')).toContainText('45 min');
      await shotOfScreen(page, `locale-${locale}-audit-log`);

      // The activity dialog's start time: the locale's form, and it reads what it shows.
      await audit.editButton('Standup').click();
      const start = audit.editDialog().getByLabel('Start');
      await expect(start).toHaveValue(exactly(expected.halfPastFive));
      await start.fill('9:05 pm');
      await start.blur();
      await expect(start).toHaveValue(exactly(expected.fiveToNine));
      await start.fill(expected.halfPastFive);
      await start.blur();
      await expect(start).toHaveValue(exactly(expected.halfPastFive));
      await start.fill('later');
      await start.blur();
      await expect(start).toHaveAttribute('aria-invalid', 'true');
      await expect(audit.editDialog()).toContainText(`Type a time such as ${expected.halfPastFive}`);
      await shotOfScreen(page, `locale-${locale}-entry-dialog-time`);
      await start.press('Escape');
      await expect(start).toHaveValue(exactly(expected.halfPastFive));
      await audit.editDialog().getByRole('button', { name: 'Cancel' }).click();
      await expect(audit.editDialog()).toBeHidden();

      // The results: a duration and a decimal number.
      await audit.tab('Results');
      await expect(audit.stat('Time logged')).toHaveText('2 h 15 min');
      await expect(audit.stat('Average energy')).toHaveText(expected.energy);
      await shotOfScreen(page, `locale-${locale}-audit-results`);

      // Settings: the reminder's next time reads like the log's times (the 1:1 at 10:00, an hour ahead).
      await shell.goTo('Settings');
      const oneOnOne = page.getByRole('group', { name: REMINDER_LABELS['feedback-before-1on1'] });
      await oneOnOne.getByRole('switch', { name: REMINDER_LABELS['feedback-before-1on1'] }).check();
      await expect(oneOnOne).toContainText(new RegExp(`Next: .*, ${expected.nine}\\b`));
      await expect(page.getByTestId('locale-sample')).toContainText(expected.halfPastFive);
      const logTime = page.getByRole('group', { name: REMINDER_LABELS['log-activities'] }).getByLabel('Time');
      await expect(logTime).toHaveValue(exactly(expected.halfPastFive));
      await expect(page.getByRole('group', { name: 'Quiet hours' }).getByLabel('From')).toHaveValue(
        exactly(expected.nineInTheEvening),
      );
      await shotOfScreen(page, `locale-${locale}-settings`);

      if (locale === 'en-US') {
        // The Settings override: a 24-hour clock in en-US changes the log's times at once.
        await page.getByLabel('Clock').selectOption('24h');
        await expect(oneOnOne).toContainText(/Next: .*, 09:00\b/);
        await shell.goTo('Calendar audit');
        await audit.tab('Log');
        await audit.showDay('2026-12-01');
        await expect(audit.dayRow('Standup')).toContainText('17:30');
        await audit.editButton('Standup').click();
        await expect(audit.editDialog().getByLabel('Start')).toHaveValue('17:30');
        await audit.editDialog().getByRole('button', { name: 'Cancel' }).click();

        // Germany chosen on an American browser: the time fields follow the app, not the browser (which
        // would show a native field as "05:30 PM" beside text saying "17:30"), and the words stay English.
        await shell.goTo('Settings');
        await page.getByLabel('Clock').selectOption('system');
        await page.getByLabel('Region').selectOption('de-DE');
        await expect(page.getByTestId('locale-sample')).toHaveText(
          'Reads as: 1 December 2026 · 17:30 · 1.234,5',
        );
        await expect(logTime).toHaveValue('17:30');
        await logTime.fill('6:15 pm');
        await logTime.blur();
        await expect(logTime).toHaveValue('18:15');
        await expect(page.getByRole('status').filter({ hasText: /Sav|Not saved/ })).toHaveText(/Saved/);
        await shotOfScreen(page, 'locale-de-DE-on-en-US-settings');
        await setTheme(page, 'Dark');
        await logTime.fill('nachher');
        await logTime.blur();
        await expect(logTime).toHaveAttribute('aria-invalid', 'true');
        await shotOfScreen(page, 'locale-de-DE-on-en-US-settings-invalid-dark');
        await logTime.press('Escape');
        await expect(logTime).toHaveValue('18:15');
        await setTheme(page, 'Light');
        await shell.goTo('Calendar audit');
        await audit.tab('Log');
        await audit.showDay('2026-12-01');
        await audit.editButton('Standup').click();
        await expect(audit.editDialog().getByLabel('Start')).toHaveValue('17:30');
        await shotOfScreen(page, 'locale-de-DE-on-en-US-entry-dialog');
      }
      expect(ledger.pageErrors).toEqual([]);
    });
  });
}
