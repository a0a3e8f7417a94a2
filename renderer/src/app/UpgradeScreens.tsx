/**
 * What the window shows in place of the app while the start saves a copy of the data before a schema
 * upgrade, and when that copy could not be saved (db/upgrade-guard.ts). Neither reads the database: the
 * app's own screens would open it, and opening it is what upgrades it.
 */
import { appWindow } from '@renderer/platform/reload';
import './upgrade.css';

export function BackingUpBeforeUpgrade({ to }: { to: number }) {
  return (
    <main className="card upgrade-screen" aria-busy="true">
      <h1>Updating your data</h1>
      <p role="status">
        This version of Growth Ledger keeps your data in a new way (data version {to}). It is saving a copy of
        everything as it is now first; this takes a moment.
      </p>
    </main>
  );
}

export function UpgradeBackupFailed({ message }: { message: string }) {
  return (
    <main className="card upgrade-screen" role="alert">
      <h1>Your data was not updated</h1>
      <p>{message}</p>
      <button type="button" className="button" onClick={() => appWindow.reload()}>
        Try again
      </button>
    </main>
  );
}
