/**
 * The "Your 1:1 with your manager" card the Profile shows (issue 18): it reads and saves the desktop
 * settings through the Settings screen's own hook, so here main is a fake bridge that keeps the settings
 * as main's store would. Setting a 1:1 up the first time turns the reminder before it on; changing it
 * later keeps the user's choice; removing it turns the reminder off.
 */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { ComponentType } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings, type AppSettings } from '@shared/domain/app-settings';
import { setUpOneOnOne } from '@shared/domain/reminders';
import type { LedgerBridge, SettingsState } from '@shared/ipc/contract';
import type { useStore as UseStore } from '@renderer/store/store';
import { applyFormatSettings } from '@renderer/ui/format';
import { eventually } from '../support/eventually';
import { typeInto } from '../support/type-text';

/** What main holds, and every settings object the page sent it. */
let onDisk: AppSettings;
let sent: AppSettings[];
let failNextSave = false;

const stateOf = (settings: AppSettings): SettingsState => ({
  settings,
  notice: null,
  loginItem: { supported: true, reason: null },
  notifications: { supported: true },
});

const bridge: LedgerBridge = {
  invoke: async (channel: string, request: unknown) => {
    if (channel === 'settings:get') return { ok: true, value: stateOf(structuredClone(onDisk)) };
    if (channel === 'settings:update') {
      if (failNextSave) {
        failNextSave = false;
        return { ok: false, error: { code: 'disk-full', message: 'The disk is full.' } };
      }
      onDisk = structuredClone(request as AppSettings);
      sent.push(onDisk);
      return { ok: true, value: stateOf(structuredClone(onDisk)) };
    }
    throw new Error(`unexpected ${channel}`);
  },
  on: () => () => undefined,
};

let OneOnOneCard: ComponentType;
let useStore: typeof UseStore;
beforeAll(async () => {
  // The page's API takes the bridge when it loads (the store loads it too), so both come after this.
  window.ledger = bridge;
  // Through the feature's index, as the Profile imports it.
  ({ OneOnOneCard } = await import('@renderer/features/settings'));
  ({ useStore } = await import('@renderer/store/store'));
});

/** Settings in a fixed locale and clock: each save applies them to the app's formatters. */
function settingsWith(change: (s: AppSettings) => void = () => undefined): AppSettings {
  const settings = { ...defaultSettings(), locale: 'en-GB', clock: '24h' as const };
  change(settings);
  return settings;
}

beforeEach(() => {
  onDisk = settingsWith();
  sent = [];
  failNextSave = false;
  useStore.setState({ toasts: [] });
});

afterEach(() => {
  cleanup();
  localStorage.clear();
});

async function renderCard() {
  render(<OneOnOneCard />);
  const card = screen.getByRole('region', { name: 'Your 1:1 with your manager' });
  await eventually(() => within(card).getByText(/^No recurring 1:1 yet|^Every /));
  return within(card);
}

const oneOnOne = () => sent.at(-1)?.reminders['feedback-before-1on1'];
const toasts = () => useStore.getState().toasts.map((t) => [t.tone, t.message]);

describe('OneOnOneCard', () => {
  it('sets up a 1:1, which turns the reminder to ask for feedback on, and says when it is', async () => {
    const card = await renderCard();
    expect(card.getByRole('heading', { level: 2, name: 'Your 1:1 with your manager' })).toBeTruthy();
    expect(card.getByText(/^No recurring 1:1 yet\./)).toBeTruthy();

    fireEvent.change(card.getByLabelText('Day'), { target: { value: '3' } });
    typeInto(card.getByLabelText('Starts at'), '14:30');
    expect(sent).toEqual([]); // nothing is saved before the button
    fireEvent.click(card.getByRole('button', { name: 'Set up my 1:1' }));

    await eventually(() =>
      expect(oneOnOne()).toEqual({ enabled: true, setUp: true, weekday: 3, time: '14:30', leadMinutes: 60 }),
    );
    expect(sent).toHaveLength(1);
    // Only the 1:1 changed.
    expect(sent[0]).toEqual({
      ...onDisk,
      reminders: setUpOneOnOne(settingsWith().reminders, { weekday: 3, time: '14:30' }),
    });
    expect(card.getByText('Every Thursday at 14:30')).toBeTruthy();
    expect(card.getByText(/^A reminder to ask for feedback comes 1 hour before\./)).toBeTruthy();
    expect(card.getByRole('link', { name: 'Change the reminder in Settings' }).getAttribute('href')).toBe(
      '#/settings',
    );
    await eventually(() =>
      expect(toasts()).toEqual([
        [
          'success',
          'Your 1:1 is set up, every Thursday at 14:30. A reminder to ask for feedback comes 1 hour before.',
        ],
      ]),
    );
    // The pressed button is gone: the keyboard goes on from "Change".
    expect(document.activeElement).toBe(card.getByRole('button', { name: /^Change/ }));
  });

  it("changes the day and time, keeping the user's choice to have the reminder off", async () => {
    onDisk = settingsWith((s) => {
      s.reminders = setUpOneOnOne(s.reminders, { weekday: 1, time: '10:00' });
      s.reminders['feedback-before-1on1'].enabled = false;
      s.reminders['feedback-before-1on1'].leadMinutes = 30;
    });
    const card = await renderCard();
    expect(card.getByText('Every Tuesday at 10:00')).toBeTruthy();
    expect(card.getByText(/^The reminder to ask for feedback before it is off\./)).toBeTruthy();

    // Change, then think better of it: nothing is saved.
    fireEvent.click(card.getByRole('button', { name: 'Change the day or time of your 1:1' }));
    expect(document.activeElement).toBe(card.getByLabelText('Day'));
    expect(card.getByLabelText<HTMLSelectElement>('Day').value).toBe('1');
    fireEvent.change(card.getByLabelText('Day'), { target: { value: '4' } });
    fireEvent.click(card.getByRole('button', { name: 'Cancel' }));
    expect(card.getByText('Every Tuesday at 10:00')).toBeTruthy();
    expect(sent).toEqual([]);

    fireEvent.click(card.getByRole('button', { name: /^Change/ }));
    expect(card.getByLabelText<HTMLSelectElement>('Day').value).toBe('1');
    fireEvent.change(card.getByLabelText('Day'), { target: { value: '4' } });
    typeInto(card.getByLabelText('Starts at'), '9:15');
    fireEvent.click(card.getByRole('button', { name: 'Save my 1:1' }));
    await eventually(() =>
      expect(oneOnOne()).toEqual({ enabled: false, setUp: true, weekday: 4, time: '09:15', leadMinutes: 30 }),
    );
    expect(card.getByText('Every Friday at 09:15')).toBeTruthy();
    await eventually(() => expect(toasts()).toEqual([['success', 'Your 1:1 is now every Friday at 09:15.']]));
  });

  it('removes the 1:1 and its reminder', async () => {
    onDisk = settingsWith((s) => (s.reminders = setUpOneOnOne(s.reminders, { weekday: 0, time: '16:00' })));
    const card = await renderCard();
    expect(card.getByText('Every Monday at 16:00')).toBeTruthy();
    expect(card.getByText(/^A reminder to ask for feedback comes 1 hour before\./)).toBeTruthy();

    fireEvent.click(card.getByRole('button', { name: 'I no longer have one' }));
    await eventually(() => expect(oneOnOne()).toMatchObject({ enabled: false, setUp: false }));
    expect(card.getByText(/^No recurring 1:1 yet\./)).toBeTruthy();
    expect(document.activeElement).toBe(card.getByLabelText('Day'));
    await eventually(() => expect(toasts()).toHaveLength(1));
    expect(toasts()[0]?.[0]).toBe('success');

    // Set up again: the reminder comes back on.
    fireEvent.click(card.getByRole('button', { name: 'Set up my 1:1' }));
    await eventually(() =>
      expect(oneOnOne()).toEqual({ enabled: true, setUp: true, weekday: 0, time: '16:00', leadMinutes: 60 }),
    );
  });

  it('says when a save fails, and keeps what was typed', async () => {
    const card = await renderCard();
    fireEvent.change(card.getByLabelText('Day'), { target: { value: '2' } });
    typeInto(card.getByLabelText('Starts at'), '11:00');
    failNextSave = true;
    fireEvent.click(card.getByRole('button', { name: 'Set up my 1:1' }));
    await eventually(() =>
      expect(toasts()).toEqual([['error', 'Your change could not be saved: The disk is full.']]),
    );
    expect(sent).toEqual([]);
    expect(card.getByText(/^No recurring 1:1 yet\./)).toBeTruthy();
    expect(card.getByLabelText<HTMLSelectElement>('Day').value).toBe('2');
    expect(card.getByLabelText<HTMLInputElement>('Starts at').value).toBe('11:00');
  });

  it('keeps a day and time chosen but not saved when the card is left, and shows them when it opens again', async () => {
    let card = await renderCard();
    fireEvent.change(card.getByLabelText('Day'), { target: { value: '5' } });
    typeInto(card.getByLabelText('Starts at'), '08:45');
    cleanup();

    card = await renderCard();
    expect(card.getByLabelText<HTMLSelectElement>('Day').value).toBe('5');
    expect(card.getByLabelText<HTMLInputElement>('Starts at').value).toBe('08:45');
    fireEvent.click(card.getByRole('button', { name: 'Set up my 1:1' }));
    await eventually(() => expect(oneOnOne()).toMatchObject({ setUp: true, weekday: 5, time: '08:45' }));
    cleanup();

    // Saved: the draft is gone, and the card opens on the 1:1 as it is.
    card = await renderCard();
    expect(card.getByText('Every Saturday at 08:45')).toBeTruthy();
  });

  it('opens the form again on a change of an existing 1:1 left unsaved, and after a change that failed', async () => {
    onDisk = settingsWith((s) => (s.reminders = setUpOneOnOne(s.reminders, { weekday: 1, time: '10:00' })));
    let card = await renderCard();
    fireEvent.click(card.getByRole('button', { name: /^Change/ }));
    fireEvent.change(card.getByLabelText('Day'), { target: { value: '3' } });
    cleanup();

    render(<OneOnOneCard />);
    card = within(screen.getByRole('region', { name: 'Your 1:1 with your manager' }));
    await eventually(() => card.getByText('When is your 1:1 now?'));
    expect(card.getByLabelText<HTMLSelectElement>('Day').value).toBe('3');
    failNextSave = true;
    fireEvent.click(card.getByRole('button', { name: 'Save my 1:1' }));
    await eventually(() =>
      expect(toasts()).toEqual([['error', 'Your change could not be saved: The disk is full.']]),
    );
    await eventually(() => expect(card.getByLabelText<HTMLSelectElement>('Day').value).toBe('3'));
    expect(document.activeElement).toBe(card.getByLabelText('Day'));
    expect(sent).toEqual([]);

    // Cancel forgets the change: the stored 1:1 stays, and the card opens on it.
    fireEvent.click(card.getByRole('button', { name: 'Cancel' }));
    expect(card.getByText('Every Tuesday at 10:00')).toBeTruthy();
    cleanup();
    card = await renderCard();
    expect(card.getByText('Every Tuesday at 10:00')).toBeTruthy();
  });

  it('does not set up a 1:1 without a time, and says what to type', async () => {
    const card = await renderCard();
    typeInto(card.getByLabelText('Starts at'), '');
    fireEvent.click(card.getByRole('button', { name: 'Set up my 1:1' }));
    expect(card.getByText('Enter a time, such as 17:30.')).toBeTruthy();
    expect(card.getByLabelText('Starts at').getAttribute('aria-invalid')).toBe('true');
    await act(() => Promise.resolve());
    expect(sent).toEqual([]);
  });

  it('shows the time in the locale and on the clock the user chose', async () => {
    onDisk = settingsWith((s) => (s.reminders = setUpOneOnOne(s.reminders, { weekday: 2, time: '14:30' })));
    applyFormatSettings('en-US', '12h');
    const card = await renderCard();
    expect(card.getByText(/^Every Wednesday at 2:30\sPM$/u)).toBeTruthy();
  });
});
