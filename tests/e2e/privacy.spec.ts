/**
 * Nothing leaves the computer: a journey through every section and a backup, recording every request the
 * page, its workers and the browser context make (and any websocket or service worker), and every one of
 * them is for the app's own origin or a data:/blob: URL. The count is printed, so a journey that
 * recorded nothing cannot pass unnoticed.
 */
import { format } from 'date-fns';
import type { Request } from '@playwright/test';
import { expect, test } from './harness';
import { AppShell } from './pages/AppShell';
import { AssessmentScreen } from './pages/AssessmentScreen';
import { AuditScreen } from './pages/AuditScreen';
import { DataScreen } from './pages/DataScreen';
import { GrowthPlanScreen } from './pages/GrowthPlanScreen';
import { JournalScreen } from './pages/JournalScreen';
import { ProfileScreen } from './pages/ProfileScreen';

// Every section with a little data in it, and a backup through the worker: more than the default 30 s.
test.describe.configure({ timeout: 90_000 });

test('a journey through every section and a backup makes no request outside the app', async ({
  page,
  ledger,
}) => {
  const requests = new Set<Request>();
  const others: string[] = [];
  page.on('request', (request) => requests.add(request));
  page.context().on('request', (request) => requests.add(request));
  page.on('websocket', (socket) => others.push(`websocket ${socket.url()}`));
  page.on('worker', (worker) => others.push(`worker ${worker.url()}`));
  page.context().on('serviceworker', (worker) => others.push(`service worker ${worker.url()}`));

  const shell = new AppShell(page);
  const journal = new JournalScreen(page);

  await ledger.open('/profile');
  await new ProfileScreen(page).create();

  await shell.goTo('Growth plan');
  await new GrowthPlanScreen(page).chooseFramework('Senior → Staff');

  await shell.goTo('Staff or EM?');
  await new AssessmentScreen(page).goTo('History');
  await new AssessmentScreen(page).goTo('Decision');

  await shell.goTo('Calendar audit');
  await new AuditScreen(page).start(format(new Date(), 'yyyy-MM-dd'), 4);
  await new AuditScreen(page).tab('Results');

  await journal.goTo('Retrospectives');
  await journal.goTo('Brag document');
  await journal.addBrag({ title: 'Shipped the storage migration', date: '2026-11-20', kind: 'Delivery' });
  await journal.goTo('Feedback');
  await shell.goTo('People');

  await shell.goTo('Backup & restore');
  const data = new DataScreen(page);
  await data.backUpNow();
  await expect(shell.toast(/Backup saved as manual-.*\.json/)).toBeVisible();
  await expect(data.backupRows()).toHaveCount(1);

  await shell.goTo('Settings');
  await expect(page.getByRole('region', { name: 'Delete all my data' })).toBeVisible();

  const outside = (url: string) => {
    const { protocol, origin } = new URL(url);
    return !(protocol === 'data:' || protocol === 'blob:' || origin === ledger.origin);
  };
  const urls = [...requests].map((request) => request.url());
  const workerUrls = others.map((line) => line.slice(line.lastIndexOf(' ') + 1));
  console.log(
    `privacy: ${urls.length} requests and ${others.length} workers/sockets checked; all must be on ${ledger.origin}`,
  );
  expect(urls.length).toBeGreaterThan(10);
  expect(urls.filter(outside)).toEqual([]);
  expect(others.filter((_, index) => outside(workerUrls[index] ?? ''))).toEqual([]);
  expect(ledger.pageErrors).toEqual([]);
});
