import { useCallback, useId, useMemo, useState, type ReactNode } from 'react';
import type { AppSettings } from '@shared/domain/app-settings';
import {
  REMINDER_KINDS,
  REMINDER_LABELS,
  setUpOneOnOne,
  type OneOnOne,
  type ReminderContext,
  type ReminderKind,
  type ReminderSettings,
} from '@shared/domain/reminders';
import type { SettingsState } from '@shared/ipc/contract';
import type { SaveStatus } from '../hooks/useSettings';
import {
  EVERY_MONTHS,
  LEAD_MINUTES,
  nextReminders,
  parseWholeNumber,
  reminderRule,
  type NextReminder,
} from '../model/settings-form';
import { CheckedInput, CheckedTime, Switch, WeekdaySelect } from './controls';
import { LocaleSettings } from './LocaleSettings';

export type TestResult = null | 'sending' | 'shown' | 'not-shown';

export interface SettingsViewProps {
  state: SettingsState;
  /** The settings as the user has set them (saved, or on their way). */
  settings: AppSettings;
  status: SaveStatus;
  onChange: (next: AppSettings) => void;
  /** What reminders know about the data; undefined while it loads. */
  context: ReminderContext | undefined;
  now: Date;
  timeZone: string;
  /** Whether reminders can fire at all here (not in the browser preview). */
  desktop: boolean;
  testResult: TestResult;
  onTest: () => void;
}

type InvalidFields = ReadonlySet<string>;

const STATUS_TEXT: Record<SaveStatus, string> = {
  idle: '',
  saving: 'Saving…',
  saved: 'Saved',
  failed: 'Not saved',
};

function statusText(status: SaveStatus, invalid: InvalidFields): string {
  if (invalid.size > 0) return 'Not saved: correct the marked field';
  return STATUS_TEXT[status];
}

export function SettingsView({
  state,
  settings,
  status,
  onChange,
  context,
  now,
  timeZone,
  desktop,
  testResult,
  onTest,
}: SettingsViewProps) {
  const [invalid, setInvalid] = useState<InvalidFields>(new Set());
  const validity = useCallback(
    (name: string) => (isInvalid: boolean) =>
      setInvalid((current) => {
        if (current.has(name) === isInvalid) return current;
        const next = new Set(current);
        if (isInvalid) next.add(name);
        else next.delete(name);
        return next;
      }),
    [],
  );
  const next = useMemo(
    () => (context ? nextReminders(settings, context, now, timeZone) : null),
    [settings, context, now, timeZone],
  );

  const setRule = <K extends ReminderKind>(kind: K, patch: Partial<ReminderSettings[K]>) =>
    onChange({
      ...settings,
      reminders: { ...settings.reminders, [kind]: { ...settings.reminders[kind], ...patch } },
    });
  // Giving the 1:1 a day or a time, or turning its reminder on, tells the app there is one (issue 18):
  // the first time, that turns the reminder on, as on the Profile's 1:1 card.
  const setOneOnOne = (patch: Partial<OneOnOne>) => {
    const rule = settings.reminders['feedback-before-1on1'];
    onChange({
      ...settings,
      reminders: setUpOneOnOne(settings.reminders, { weekday: rule.weekday, time: rule.time, ...patch }),
    });
  };
  const setEnabled = (kind: ReminderKind, enabled: boolean) =>
    kind === 'feedback-before-1on1' && enabled && !settings.reminders[kind].setUp
      ? setOneOnOne({})
      : setRule(kind, { enabled });
  const setQuiet = (patch: Partial<AppSettings['quietHours']>) =>
    onChange({ ...settings, quietHours: { ...settings.quietHours, ...patch } });

  const statusLine = statusText(status, invalid);
  const quiet = settings.quietHours;

  return (
    <div className="stack settings">
      <div className="settings-bar">
        <p className="muted small">Every change is saved as soon as you make it.</p>
        <p
          className={`settings-status${status === 'failed' || invalid.size > 0 ? ' settings-status--problem' : ''}`}
          role="status"
          aria-live="polite"
        >
          {status === 'saved' && invalid.size === 0 ? (
            <span className="settings-status__tick" aria-hidden="true">
              ✓
            </span>
          ) : null}
          {statusLine}
        </p>
      </div>

      <fieldset className="card settings-group">
        <legend>Reminders</legend>
        <p className="settings-intro">
          Gentle nudges at the moments that keep your records useful. Times are in your current time zone (
          {timeZone}
          ).
          {desktop
            ? ''
            : ' In this browser preview they are saved but never sent: reminders come from the desktop app.'}
        </p>
        <div className="settings-reminders">
          {REMINDER_KINDS.map((kind) => (
            <ReminderCard
              key={kind}
              kind={kind}
              settings={settings}
              next={next?.[kind] ?? null}
              onEnabled={(enabled) => setEnabled(kind, enabled)}
            >
              <ReminderFields
                kind={kind}
                settings={settings}
                setRule={setRule}
                setOneOnOne={setOneOnOne}
                validity={validity}
              />
            </ReminderCard>
          ))}
        </div>
      </fieldset>

      <fieldset className="card settings-group">
        <legend>Quiet hours</legend>
        <Switch
          label="Hold reminders during quiet hours"
          checked={quiet.enabled}
          onChange={(enabled) => setQuiet({ enabled })}
          hint="A reminder due in quiet hours waits until they end, so evenings and nights stay free."
        />
        <div className="settings-fields">
          <CheckedTime
            label="From"
            value={quiet.start}
            onCommit={(start) => setQuiet({ start })}
            onValidity={validity('quiet.start')}
          />
          <CheckedTime
            label="Until"
            value={quiet.end}
            onCommit={(end) => setQuiet({ end })}
            onValidity={validity('quiet.end')}
          />
        </div>
        {quiet.enabled && quiet.start === quiet.end ? (
          <p className="note note--warning small">
            The start and the end are the same time, so no reminder is held back.
          </p>
        ) : null}
      </fieldset>

      <section className="card settings-group" aria-labelledby="settings-test-title">
        <h2 id="settings-test-title">Check notifications</h2>
        <TestNotification supported={state.notifications.supported} result={testResult} onTest={onTest} />
      </section>

      <LocaleSettings settings={settings} onChange={onChange} />

      <fieldset className="card settings-group">
        <legend>Desktop</legend>
        <Switch
          label="Closing the window keeps Growth Ledger running in the tray"
          checked={settings.closeToTray}
          onChange={(closeToTray) => onChange({ ...settings, closeToTray })}
          hint="Reminders keep coming while the window is closed. When this is off, closing the window quits the app."
        />
        <Switch
          label="Start Growth Ledger when I log in"
          checked={state.loginItem.supported && settings.startAtLogin}
          disabled={!state.loginItem.supported}
          onChange={(startAtLogin) => onChange({ ...settings, startAtLogin })}
          hint={
            state.loginItem.supported
              ? 'It starts quietly in the tray, so reminders arrive without opening the window.'
              : `Not available: ${state.loginItem.reason ?? 'this system does not allow it.'}`
          }
        />
      </fieldset>
    </div>
  );
}

interface ReminderCardProps {
  kind: ReminderKind;
  settings: AppSettings;
  next: NextReminder | null;
  onEnabled: (enabled: boolean) => void;
  children: ReactNode;
}

function ReminderCard({ kind, settings, next, onEnabled, children }: ReminderCardProps) {
  const id = useId();
  const enabled = settings.reminders[kind].enabled;
  return (
    <fieldset
      className={`settings-reminder${enabled ? '' : ' settings-reminder--off'}`}
      aria-describedby={`${id}-next`}
    >
      <legend className="visually-hidden">{REMINDER_LABELS[kind]}</legend>
      <Switch
        label={REMINDER_LABELS[kind]}
        checked={enabled}
        onChange={onEnabled}
        hint={reminderRule(kind, settings)}
      />
      <div className="settings-fields">{children}</div>
      <p className={`settings-next settings-next--${next?.state ?? 'loading'}`} id={`${id}-next`}>
        {next === null
          ? 'Working out when it comes next…'
          : next.state === 'off'
            ? 'Off: turn it on to get this reminder.'
            : next.text}
      </p>
    </fieldset>
  );
}

interface ReminderFieldsProps {
  kind: ReminderKind;
  settings: AppSettings;
  setRule: <K extends ReminderKind>(kind: K, patch: Partial<ReminderSettings[K]>) => void;
  setOneOnOne: (patch: Partial<OneOnOne>) => void;
  validity: (name: string) => (invalid: boolean) => void;
}

function ReminderFields({ kind, settings, setRule, setOneOnOne, validity }: ReminderFieldsProps) {
  const time = (label = 'Time') => (
    <CheckedTime
      label={label}
      value={settings.reminders[kind].time}
      onCommit={(value) => setRule(kind, { time: value })}
      onValidity={validity(`${kind}.time`)}
    />
  );
  switch (kind) {
    case 'log-activities':
    case 'ask-excellent-again':
    case 'retro-due':
    case 'handover-follow-up':
      return time();
    case 'weekly-reflection':
      return (
        <>
          <WeekdaySelect
            label="Day"
            value={settings.reminders[kind].weekday}
            onChange={(weekday) => setRule(kind, { weekday })}
          />
          {time()}
        </>
      );
    case 'feedback-before-1on1':
      return (
        <>
          <WeekdaySelect
            label="1:1 day"
            value={settings.reminders[kind].weekday}
            onChange={(weekday) => setOneOnOne({ weekday })}
          />
          <CheckedTime
            label="1:1 starts at"
            value={settings.reminders[kind].time}
            onCommit={(value) => setOneOnOne({ time: value })}
            onValidity={validity(`${kind}.time`)}
          />
          <CheckedInput
            label="Minutes before"
            type="number"
            min={LEAD_MINUTES.min}
            max={LEAD_MINUTES.max}
            step={5}
            value={settings.reminders[kind].leadMinutes}
            parse={(raw) => parseWholeNumber(raw, LEAD_MINUTES.min, LEAD_MINUTES.max, 'minutes')}
            onCommit={(leadMinutes) => setRule(kind, { leadMinutes })}
            onValidity={validity(`${kind}.leadMinutes`)}
          />
        </>
      );
    case 'reassess':
      return (
        <>
          <CheckedInput
            label="Every (months)"
            type="number"
            min={EVERY_MONTHS.min}
            max={EVERY_MONTHS.max}
            value={settings.reminders[kind].everyMonths}
            parse={(raw) => parseWholeNumber(raw, EVERY_MONTHS.min, EVERY_MONTHS.max, 'months')}
            onCommit={(everyMonths) => setRule(kind, { everyMonths })}
            onValidity={validity(`${kind}.everyMonths`)}
          />
          {time()}
        </>
      );
  }
}

function TestNotification({
  supported,
  result,
  onTest,
}: {
  supported: boolean;
  result: TestResult;
  onTest: () => void;
}) {
  const id = useId();
  return (
    <div className="settings-test">
      <p id={`${id}-hint`} className="muted small">
        {supported
          ? 'Sends one notification now, to check that reminders can reach you. Your system may ask for permission first, or keep it silent while Do Not Disturb or a focus mode is on.'
          : 'Notifications are not available on this system, so reminders cannot be shown here.'}
      </p>
      <div className="row">
        <button
          type="button"
          className="button"
          disabled={!supported || result === 'sending'}
          aria-describedby={`${id}-hint`}
          onClick={onTest}
        >
          Send a test notification
        </button>
        <span className="small" aria-live="polite">
          {result === 'sending'
            ? 'Sending…'
            : result === 'shown'
              ? 'Sent. If nothing appeared, allow notifications for Growth Ledger in your system settings.'
              : result === 'not-shown'
                ? 'It could not be shown. Allow notifications for Growth Ledger in your system settings, then try again.'
                : ''}
        </span>
      </div>
    </div>
  );
}
