/**
 * The scheduler's memory across restarts (electron/services/reminders/reminder-state.ts), on real temp
 * files: a state file saved by a version before issue 17 has no handover follow-ups in its context, and
 * must load as it is (with none) rather than be set aside, which would lose the missed-while-away summary.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EMPTY_REMINDER_CONTEXT, type ReminderContext } from '@shared/domain/reminders';
import { REMINDER_STATE_FILE, createReminderStateStore } from '@main/services/reminders/reminder-state';
import { tempDirs } from './helpers';

const temps = tempDirs();
afterEach(() => temps.cleanup());

const now = () => new Date('2026-12-01T10:00:00Z');

async function open(dir: string) {
  const errors: string[] = [];
  const store = createReminderStateStore({ dir, now, logError: (message) => errors.push(message) });
  temps.closeFirst(() => store.close());
  await store.load();
  return { store, errors };
}

describe('reminder state on disk', () => {
  it('loads a context saved before handover follow-ups existed, with none', async () => {
    const dir = await temps.make();
    const { followUps: _none, ...olderContext } = {
      ...EMPTY_REMINDER_CONTEXT,
      activeAudit: { startDate: '2026-11-30', weeks: 4 as const },
      openRetros: [{ id: 'r1', project: 'Billing', endDate: '2026-11-28' }],
      lastAssessmentDate: '2026-09-01',
    };
    await writeFile(
      join(dir, REMINDER_STATE_FILE),
      JSON.stringify({
        version: 1,
        lastCheckedAt: '2026-11-30T18:00:00.000Z',
        fired: ['retro-due:r1'],
        context: olderContext,
      }),
    );
    const { store, errors } = await open(dir);
    expect(errors).toEqual([]);
    expect(store.get()).toEqual({
      lastCheckedAt: new Date('2026-11-30T18:00:00.000Z'),
      fired: ['retro-due:r1'],
      context: { ...olderContext, followUps: [] },
    });
    expect(await readdir(dir)).toEqual([REMINDER_STATE_FILE]); // not set aside as damaged
  });

  it('loads a context saved before the manager answer existed (issue 18), with none', async () => {
    const dir = await temps.make();
    const { managerAnswer: _none, ...olderContext } = {
      ...EMPTY_REMINDER_CONTEXT,
      followUps: [{ id: 'h1', activity: 'On-call rota', to: 'Priya', followUpOn: '2026-12-04' }],
    };
    await writeFile(
      join(dir, REMINDER_STATE_FILE),
      JSON.stringify({ version: 1, lastCheckedAt: null, fired: [], context: olderContext }),
    );
    const { store, errors } = await open(dir);
    expect(errors).toEqual([]);
    expect(store.get().context).toEqual({ ...olderContext, managerAnswer: null });
    expect(await readdir(dir)).toEqual([REMINDER_STATE_FILE]);
  });

  it('keeps the follow-ups and the manager answer it is given, across a restart', async () => {
    const dir = await temps.make();
    const context: ReminderContext = {
      ...EMPTY_REMINDER_CONTEXT,
      followUps: [{ id: 'h1', activity: 'On-call rota', to: 'Priya', followUpOn: '2026-12-04' }],
      managerAnswer: { askedOn: '2026-11-17', vague: true },
    };
    const first = await open(dir);
    first.store.update({ context });
    await first.store.whenIdle();
    expect(JSON.parse(await readFile(join(dir, REMINDER_STATE_FILE), 'utf8'))).toMatchObject({ context });

    const again = await open(dir);
    expect(again.store.get().context).toEqual(context);
    expect(again.errors).toEqual([]);
  });
});
