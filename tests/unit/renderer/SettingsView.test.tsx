import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SettingsPage } from '@renderer/features/settings/components/SettingsPage';
import { SettingsView, type SettingsViewProps } from '@renderer/features/settings/components/SettingsView';
import { defaultSettings, type AppSettings } from '@shared/domain/app-settings';
import { EMPTY_REMINDER_CONTEXT, REMINDER_LABELS } from '@shared/domain/reminders';
import type { SettingsState } from '@shared/ipc/contract';
import { applyFormatSettings } from '@renderer/ui/format';
import { eventually } from '../support/eventually';
import { typeInto } from '../support/type-text';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

const STATE: SettingsState = {
  settings: defaultSettings(),
  notice: null,
  loginItem: { supported: true, reason: null },
  notifications: { supported: true },
};

function renderView(props: Partial<SettingsViewProps> = {}) {
  const onChange = vi.fn<(next: AppSettings) => void>();
  const onTest = vi.fn();
  const view = render(
    <SettingsView
      state={STATE}
      settings={defaultSettings()}
      status="idle"
      onChange={onChange}
      context={EMPTY_REMINDER_CONTEXT}
      now={new Date('2026-12-02T11:00:00.000Z')}
      timeZone="Europe/Berlin"
      desktop
      testResult={null}
      onTest={onTest}
      {...props}
    />,
  );
  return { onChange, onTest, view };
}

function quietField(label: 'From' | 'Until'): HTMLInputElement {
  return within(screen.getByRole('group', { name: 'Quiet hours' })).getByLabelText<HTMLInputElement>(label);
}

function reminder(kind: keyof typeof REMINDER_LABELS) {
  return within(screen.getByRole('group', { name: REMINDER_LABELS[kind] }));
}

describe('SettingsView', () => {
  it('labels every control and says when each reminder comes', () => {
    renderView();
    for (const label of Object.values(REMINDER_LABELS)) {
      expect(screen.getByRole('switch', { name: label })).toBeTruthy();
    }
    expect(reminder('log-activities').getByLabelText('Time')).toBeTruthy();
    expect(reminder('weekly-reflection').getByLabelText('Day')).toBeTruthy();
    expect(reminder('feedback-before-1on1').getByLabelText('1:1 day')).toBeTruthy();
    expect(reminder('feedback-before-1on1').getByLabelText('1:1 starts at')).toBeTruthy();
    expect(reminder('feedback-before-1on1').getByLabelText('Minutes before')).toBeTruthy();
    expect(reminder('reassess').getByLabelText('Every (months)')).toBeTruthy();
    expect(reminder('handover-follow-up').getByLabelText('Time')).toBeTruthy();
    expect(reminder('ask-excellent-again').getByLabelText('Time')).toBeTruthy();
    expect(reminder('log-activities').getByText('Not scheduled: no calendar audit is running.')).toBeTruthy();
    expect(
      reminder('handover-follow-up').getByText('Not scheduled: no open handover has a follow-up day.'),
    ).toBeTruthy();
    expect(reminder('feedback-before-1on1').getByText(/^Off/)).toBeTruthy();
    // No 1:1 set up by default: the switch's hint says so.
    expect(reminder('feedback-before-1on1').getByText(/^No recurring 1:1 yet\./)).toBeTruthy();
    expect(
      reminder('ask-excellent-again').getByText(
        'Not scheduled: you have not noted an answer from your manager yet.',
      ),
    ).toBeTruthy();
    expect(reminder('ask-excellent-again').getByText(/if you marked it vague/)).toBeTruthy();

    const quiet = within(screen.getByRole('group', { name: 'Quiet hours' }));
    expect(quiet.getByRole('switch', { name: 'Hold reminders during quiet hours' })).toBeTruthy();
    expect(quiet.getByLabelText('From')).toBeTruthy();
    expect(quiet.getByLabelText('Until')).toBeTruthy();
    expect(screen.getByRole('switch', { name: /keeps Growth Ledger running in the tray/ })).toBeTruthy();
    expect(screen.getByRole('switch', { name: 'Start Growth Ledger when I log in' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Send a test notification' })).toBeTruthy();
  });

  it('sends the whole settings object with one thing changed', () => {
    const { onChange } = renderView();
    fireEvent.click(screen.getByRole('switch', { name: REMINDER_LABELS['feedback-before-1on1'] }));
    const expected = defaultSettings();
    // Turning on the reminder of a 1:1 not yet set up says there is one, at the day and time shown.
    expected.reminders['feedback-before-1on1'].enabled = true;
    expected.reminders['feedback-before-1on1'].setUp = true;
    expect(onChange).toHaveBeenLastCalledWith(expected);

    fireEvent.change(reminder('weekly-reflection').getByLabelText('Day'), { target: { value: '0' } });
    expect(onChange.mock.lastCall?.[0].reminders['weekly-reflection'].weekday).toBe(0);

    typeInto(reminder('log-activities').getByLabelText('Time'), '6:15 pm');
    expect(onChange.mock.lastCall?.[0].reminders['log-activities'].time).toBe('18:15');

    typeInto(reminder('handover-follow-up').getByLabelText('Time'), '09:15');
    expect(onChange.mock.lastCall?.[0].reminders['handover-follow-up']).toEqual({
      enabled: true,
      time: '09:15',
    });
    fireEvent.click(screen.getByRole('switch', { name: 'Follow up on a handover' }));
    expect(onChange.mock.lastCall?.[0].reminders['handover-follow-up'].enabled).toBe(false);

    typeInto(reminder('ask-excellent-again').getByLabelText('Time'), '11:45');
    expect(onChange.mock.lastCall?.[0].reminders['ask-excellent-again']).toEqual({
      enabled: true,
      time: '11:45',
    });
    fireEvent.click(screen.getByRole('switch', { name: REMINDER_LABELS['ask-excellent-again'] }));
    expect(onChange.mock.lastCall?.[0].reminders['ask-excellent-again'].enabled).toBe(false);
  });

  it('sets the 1:1 up when its day or time is given, turning its reminder on only the first time', () => {
    const oneOnOne = (onChange: { mock: { lastCall?: [AppSettings] } }) =>
      onChange.mock.lastCall?.[0].reminders['feedback-before-1on1'];
    const first = renderView();
    fireEvent.change(reminder('feedback-before-1on1').getByLabelText('1:1 day'), { target: { value: '3' } });
    expect(oneOnOne(first.onChange)).toEqual({
      enabled: true,
      setUp: true,
      weekday: 3,
      time: '10:00',
      leadMinutes: 60,
    });
    first.view.unmount();

    // Set up, and its reminder turned off: a new time keeps it off; the switch still turns it on and off.
    const setUpOff = defaultSettings();
    setUpOff.reminders['feedback-before-1on1'] = {
      ...setUpOff.reminders['feedback-before-1on1'],
      setUp: true,
    };
    const later = renderView({ settings: setUpOff });
    expect(reminder('feedback-before-1on1').getByText(/^1 hour before your 1:1 every Tuesday/)).toBeTruthy();
    typeInto(reminder('feedback-before-1on1').getByLabelText('1:1 starts at'), '14:30');
    expect(oneOnOne(later.onChange)).toEqual({
      enabled: false,
      setUp: true,
      weekday: 1,
      time: '14:30',
      leadMinutes: 60,
    });
    fireEvent.click(screen.getByRole('switch', { name: REMINDER_LABELS['feedback-before-1on1'] }));
    expect(oneOnOne(later.onChange)).toMatchObject({ enabled: true, setUp: true, time: '10:00' });
    later.view.unmount();

    const on = structuredClone(setUpOff);
    on.reminders['feedback-before-1on1'].enabled = true;
    const turnOff = renderView({ settings: on });
    fireEvent.click(screen.getByRole('switch', { name: REMINDER_LABELS['feedback-before-1on1'] }));
    expect(oneOnOne(turnOff.onChange)).toMatchObject({ enabled: false, setUp: true });
  });

  it('marks an invalid field, says what to type and does not send it', () => {
    const { onChange } = renderView({ status: 'saved' });
    expect(screen.getByRole('status').textContent).toMatch(/Saved/);
    const time = reminder('retro-due').getByLabelText('Time');
    typeInto(time, '');
    expect(onChange).not.toHaveBeenCalled();
    expect(time.getAttribute('aria-invalid')).toBe('true');
    expect(time.getAttribute('aria-describedby')).toBeTruthy();
    expect(reminder('retro-due').getByText('Enter a time, such as 17:30.')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Not saved: correct the marked field');

    const months = reminder('reassess').getByLabelText('Every (months)');
    fireEvent.change(months, { target: { value: '30' } });
    expect(reminder('reassess').getByText('Enter a number of months from 1 to 24.')).toBeTruthy();
    expect(onChange).not.toHaveBeenCalled();

    typeInto(time, '09:45');
    // Like a native time field, each whole time on the way is passed on ("0", "09"), then 09:45.
    expect(onChange.mock.lastCall?.[0].reminders['retro-due'].time).toBe('09:45');
    fireEvent.change(months, { target: { value: '6' } });
    expect(onChange.mock.lastCall?.[0].reminders.reassess.everyMonths).toBe(6);
    expect(time.getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByRole('status').textContent).toMatch(/Saved/);
  });

  it('marks text that is not a time, says what to type, and keeps the saved time', () => {
    const { onChange } = renderView({ status: 'saved' });
    const time = quietField('From');
    typeInto(time, 'nine pm');
    expect(onChange).not.toHaveBeenCalled();
    expect(time.getAttribute('aria-invalid')).toBe('true');
    const quiet = within(screen.getByRole('group', { name: 'Quiet hours' }));
    // One message, the field's own: the form's "Enter a time" is for an emptied field.
    expect(quiet.getByText(/is not a time/).textContent).toBe(
      '“nine pm” is not a time. Type a time such as 17:30, or press Escape to go back to 21:00.',
    );
    expect(quiet.queryByText(/Enter a time/)).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Not saved: correct the marked field');

    fireEvent.keyDown(time, { key: 'Escape' });
    expect(time.value).toBe('21:00');
    expect(time.getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByRole('status').textContent).toMatch(/Saved/);
    expect(onChange).not.toHaveBeenCalled();
  });

  it("shows the times in the app's locale and clock, not the system's", () => {
    act(() => applyFormatSettings('en-US', 'system'));
    renderView();
    expect(reminder('log-activities').getByLabelText<HTMLInputElement>('Time').value).toMatch(/^5:30\sPM$/u);
    expect(quietField('From').value).toMatch(/^9:00\sPM$/u);
    act(() => applyFormatSettings('de-DE', 'system'));
    expect(reminder('log-activities').getByLabelText<HTMLInputElement>('Time').value).toBe('17:30');
    expect(quietField('Until').value).toBe('08:00');
  });

  it('explains what this computer cannot do', () => {
    const { onTest } = renderView({
      state: {
        ...STATE,
        loginItem: { supported: false, reason: 'Only in the desktop app.' },
        notifications: { supported: false },
      },
    });
    const login = screen.getByRole<HTMLInputElement>('switch', { name: 'Start Growth Ledger when I log in' });
    expect(login.disabled).toBe(true);
    expect(screen.getByText('Not available: Only in the desktop app.')).toBeTruthy();
    const test = screen.getByRole<HTMLButtonElement>('button', { name: 'Send a test notification' });
    expect(test.disabled).toBe(true);
    expect(test.getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText(/Notifications are not available on this system/)).toBeTruthy();
    fireEvent.click(test);
    expect(onTest).not.toHaveBeenCalled();
  });
});

describe('SettingsPage in the browser preview', () => {
  it('loads the defaults, saves each change to localStorage and says so', async () => {
    render(<SettingsPage />);
    const tray = await eventually(() =>
      screen.getByRole('switch', { name: /keeps Growth Ledger running in the tray/ }),
    );
    expect((tray as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText(/saved but never sent/)).toBeTruthy();
    fireEvent.click(tray);
    await eventually(() => expect(screen.getByRole('status').textContent).toMatch(/Saved/));
    const stored = JSON.parse(localStorage.getItem('growth-ledger.settings') ?? 'null') as AppSettings;
    expect(stored).toEqual({ ...defaultSettings(), closeToTray: false });
    expect((tray as HTMLInputElement).checked).toBe(false);
  });

  it('falls back to the defaults when what is stored is not valid settings', async () => {
    localStorage.setItem('growth-ledger.settings', JSON.stringify({ version: 1, closeToTray: 'yes' }));
    render(<SettingsPage />);
    const tray = await eventually(() =>
      screen.getByRole<HTMLInputElement>('switch', { name: /keeps Growth Ledger running in the tray/ }),
    );
    expect(tray.checked).toBe(true);
  });
});
