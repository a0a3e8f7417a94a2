/**
 * The promotion packet (issue 17), for a seeded plan and journal: its screen shows every section, and
 * both exports hold them — the Markdown main writes, and the PDF main prints from the same view (here
 * Chromium's own print, through the same handler, templates and page size as Electron's printToPDF).
 * The PDF's text is read back with poppler's pdftotext, and its pages are rendered with pdftoppm into
 * test-results/screenshots/packet-page-*.png, to be looked at.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { PACKET_SECTIONS } from '@shared/domain/packet';
import {
  action,
  brag,
  buyIn,
  competency,
  evidence,
  feedback,
  framework,
  link,
  managerAnswer,
  profile,
  promotionItem,
  skillSnapshot,
} from '../unit/support/journal-fixtures';
import { expectNoSeriousA11yViolations } from './axe';
import { expect, setTheme, test } from './harness';
import { seedTables } from './seed';
import { shotOfScreen } from './screenshots';

const run = promisify(execFile);
const SHOTS = join(import.meta.dirname, '../../test-results/screenshots');

/** A day `days` before the browser's today, so the default range (the last year) holds it. */
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

async function seedPlan(page: Page) {
  const brags = [
    brag({ id: 'b1', date: daysAgo(40), title: 'Split the billing service', impact: 'Two teams ship alone' }),
    brag({ id: 'b2', date: daysAgo(90), title: 'Ran the incident review', kind: 'glue', numbers: '3 fixes' }),
    brag({ id: 'b-old', date: daysAgo(500), title: 'A win from long ago' }),
    // Enough highlights for several pages, to see that none is split across two.
    ...Array.from({ length: 24 }, (_, i) =>
      brag({
        id: `b-more-${i}`,
        date: daysAgo(100 + i * 9),
        title: `Delivered milestone ${i + 1} of the platform roadmap`,
        impact: `Milestone ${i + 1} let three teams drop a manual step from every release; incidents from that step fell from about four a quarter to none, and the time from merge to production went from two days to four hours.`,
        numbers: `${i + 3} teams, 4 hours`,
      }),
    ),
  ];
  await seedTables(page, {
    profile: [
      profile({
        name: 'Ada Example',
        role: 'Senior backend engineer',
        currentLevel: 'E5 · Senior engineer',
        targetTrack: 'staff',
        targetDate: daysAgo(-200),
      }),
    ],
    managerAnswers: [
      managerAnswer({
        askedOn: daysAgo(120),
        answer: 'Own the payments platform’s technical direction and grow two seniors.',
      }),
    ],
    buyIns: [buyIn({ who: 'Priya Shah', status: 'agreed', on: daysAgo(100) })],
    frameworks: [framework({ id: 'fw1', name: 'Senior → Staff' })],
    competencies: [
      competency({
        id: 'c1',
        name: 'Technical direction',
        levels: [
          'Follows',
          'Contributes',
          'Sets direction for a team',
          'Sets direction for a group',
          'Org-wide',
        ],
      }),
      competency({ id: 'c2', name: 'Mentorship', order: 1 }),
    ],
    skillSnapshots: [
      skillSnapshot({
        id: 's1',
        competencyId: 'c1',
        current: 3,
        target: 4,
        recordedAt: `${daysAgo(30)}T09:00:00.000Z`,
      }),
    ],
    bragEntries: brags,
    feedback: [
      feedback({
        id: 'f1',
        from: 'Sam',
        receivedOn: daysAgo(20),
        content: 'Your RFCs are clear.',
        sentiment: 'positive',
      }),
    ],
    promotionItems: [
      promotionItem({ id: 'p1', title: 'Leads cross-team work', status: 'met', note: 'Per my manager' }),
    ],
    evidence: [
      link({ kind: 'brag', id: 'b1' }, 'c1', {
        date: daysAgo(40),
        note: 'I set the direction two teams follow',
      }),
      link({ kind: 'brag', id: 'b1' }, 'c1', {
        id: 'ln-checklist',
        competencyId: null,
        promotionItemId: 'p1',
        date: daysAgo(40),
      }),
      evidence({
        id: 'ev-note',
        competencyId: 'c2',
        note: 'Paired weekly with two juniors',
        date: daysAgo(10),
      }),
    ],
    actions: [
      action({ id: 'a1', competencyId: 'c2', title: 'Pair with a junior on reviews', status: 'todo' }),
    ],
  });
}

test('the promotion packet shows every section and saves it as Markdown and as a PDF', async ({
  page,
  ledger,
}) => {
  test.slow();
  await ledger.open('/plan');
  await seedPlan(page);
  await page.reload();
  // The seeded framework is the user's own: open it as the plan.
  await page.getByRole('button', { name: 'Open Senior → Staff' }).click();
  await page
    .getByRole('navigation', { name: 'Growth plan' })
    .getByRole('link', { name: 'Promotion packet' })
    .click();
  const packet = page.getByRole('article', { name: 'Promotion packet — Ada Example' });
  await expect(packet).toBeVisible();
  for (const heading of Object.values(PACKET_SECTIONS))
    await expect(packet.getByRole('heading', { name: heading, level: 3 })).toBeVisible();
  await expect(packet).toContainText('Current 3 → target 4 — Sets direction for a team');
  await expect(packet).toContainText('Shows: I set the direction two teams follow');
  await expect(packet).not.toContainText('A win from long ago');
  await expectNoSeriousA11yViolations(page, 'promotion packet');
  await shotOfScreen(page, 'packet-light');

  // Markdown, through main's real handler.
  await mkdir(ledger.scratch, { recursive: true });
  const mdPath = join(ledger.scratch, 'packet.md');
  ledger.dialogs.nextSavePath = mdPath;
  await page.getByRole('button', { name: 'Save as Markdown…' }).click();
  await expect(page.locator('.toasts').getByText(`Saved to ${mdPath}`)).toBeVisible();
  const md = await readFile(mdPath, 'utf8');
  for (const heading of Object.values(PACKET_SECTIONS)) expect(md).toContain(`## ${heading}`);
  expect(md).toContain('Split the billing service');
  expect(md).toContain('**Agreed with my management chain**');
  expect(md).toContain('- Priya Shah (manager): agreed, ');

  // PDF, printed from this view.
  const pdfPath = join(ledger.scratch, 'packet.pdf');
  ledger.dialogs.nextSavePath = pdfPath;
  await page.getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(page.locator('.toasts').getByText(`Saved to ${pdfPath}`)).toBeVisible();
  const { stdout: text } = await run('pdftotext', ['-layout', pdfPath, '-']);
  for (const expected of [
    ...Object.values(PACKET_SECTIONS),
    'Promotion packet — Ada Example',
    'Senior backend engineer',
    'Staff engineer',
    'Own the payments platform’s technical direction and grow two seniors.',
    'Technical direction',
    'Current 3 → target 4',
    'Split the billing service',
    'Ran the incident review',
    'Your RFCs are clear.',
    'Leads cross-team work',
    'Pair with a junior on reviews',
    'Paired weekly with two juniors',
    'Delivered milestone 24 of the platform roadmap',
    'Agreed with my management chain',
    'Priya Shah',
  ])
    expect(text, expected).toContain(expected);
  // Several pages, each numbered.
  const pages = Number(/Page 1 of (\d+)/.exec(text)?.[1] ?? 0);
  expect(pages).toBeGreaterThan(1);
  for (let n = 2; n <= pages; n += 1) expect(text).toContain(`Page ${n} of ${pages}`);
  // On paper there is the packet only: no sidebar, tabs or buttons.
  for (const absent of ['Save as PDF', 'Backup & restore', 'Rate competencies', 'A win from long ago'])
    expect(text, absent).not.toContain(absent);

  // The pages as pictures, to look at.
  await mkdir(SHOTS, { recursive: true });
  await run('pdftoppm', ['-png', '-r', '60', pdfPath, join(ledger.scratch, 'page')]);
  for (const file of (await readdir(ledger.scratch)).filter(
    (f) => f.startsWith('page') && f.endsWith('.png'),
  ))
    await copyFile(join(ledger.scratch, file), join(SHOTS, `packet-${file}`));

  await setTheme(page, 'Dark');
  await expect(packet).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'promotion packet, dark');
  await shotOfScreen(page, 'packet-dark');
  // Printed from the dark theme, the paper is still black on white.
  const darkPdf = join(ledger.scratch, 'packet-dark.pdf');
  ledger.dialogs.nextSavePath = darkPdf;
  await page.getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(page.locator('.toasts').getByText(`Saved to ${darkPdf}`)).toBeVisible();
  await run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', darkPdf, join(ledger.scratch, 'dark')]);
  const darkPage = (await readdir(ledger.scratch)).find((f) => f.startsWith('dark') && f.endsWith('.png'))!;
  await copyFile(join(ledger.scratch, darkPage), join(SHOTS, 'packet-dark-printed.png'));
  expect(ledger.pageErrors).toEqual([]);
});
