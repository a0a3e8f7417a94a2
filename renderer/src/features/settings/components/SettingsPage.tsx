import { useEffect, useState } from 'react';
import { call, isDesktop } from '@renderer/platform/api';
import { useStore } from '@renderer/store/store';
import { useCurrentTimeZone, useReminderContext } from '../hooks/useReminderContext';
import { useSettings } from '../hooks/useSettings';
import { deleteAllData } from '../model/delete-all';
import { DeleteAllSection } from './DeleteAllSection';
import { SettingsView, type TestResult } from './SettingsView';
import '../settings.css';
import { errorMessage } from '@shared/errors';

/** The clock the "Next:" lines are computed from, moved on every minute. */
function useMinuteClock(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** Where main keeps the backups, for the delete section to name; empty until known. */
function useBackupsDir(): string {
  const [dir, setDir] = useState('');
  useEffect(() => {
    let live = true;
    call('app:info', {})
      .then((info) => {
        if (live) setDir(info.backupsDir);
      })
      .catch((error: unknown) => console.warn('The backups folder could not be found out', error));
    return () => {
      live = false;
    };
  }, []);
  return dir;
}

export function SettingsPage() {
  const { load, status, change, reload } = useSettings();
  const timeZone = useCurrentTimeZone();
  const context = useReminderContext(timeZone);
  const now = useMinuteClock();
  const pushToast = useStore((state) => state.pushToast);
  const backupRunning = useStore((state) => state.backupBusy !== null);
  const backupsDir = useBackupsDir();
  const [noticeDismissed, setNoticeDismissed] = useState(false);
  const [testResult, setTestResult] = useState<TestResult>(null);

  if (load.step === 'loading') return <p className="muted">Loading your settings…</p>;
  if (load.step === 'error') {
    return (
      <section className="card" aria-labelledby="settings-error-title">
        <h2 id="settings-error-title">Your settings could not be loaded</h2>
        <p className="error-text">{load.message}</p>
        <div className="row">
          <button type="button" className="button button--primary" onClick={() => void reload()}>
            Try again
          </button>
        </div>
      </section>
    );
  }

  const sendTest = async () => {
    setTestResult('sending');
    try {
      const { shown } = await call('reminders:test', {});
      setTestResult(shown ? 'shown' : 'not-shown');
    } catch (error) {
      setTestResult(null);
      pushToast('error', `The test notification could not be sent: ${errorMessage(error)}`);
    }
  };

  const notice = noticeDismissed ? null : load.state.notice;
  return (
    <>
      {notice ? (
        <div className="note note--warning settings-notice" role="alert">
          <p>{notice}</p>
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() => setNoticeDismissed(true)}
          >
            Dismiss
          </button>
        </div>
      ) : null}
      <div className="stack">
        <SettingsView
          state={load.state}
          settings={load.draft}
          status={status}
          onChange={change}
          context={context}
          now={now}
          timeZone={timeZone}
          desktop={isDesktop}
          testResult={testResult}
          onTest={() => void sendTest()}
        />
        <DeleteAllSection
          backupsDir={backupsDir}
          backupRunning={backupRunning}
          onBackup={() => void useStore.getState().backupNow()}
          onDelete={deleteAllData}
        />
      </div>
    </>
  );
}
