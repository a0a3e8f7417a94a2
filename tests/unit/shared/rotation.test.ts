import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, format } from 'date-fns';
import { backupsToDelete, DEFAULT_ROTATION, type BackupFileInfo } from '@shared/domain/rotation';

function autoOn(day: string): BackupFileInfo {
  return { fileName: `auto-${day}.json`, kind: 'auto', day, stamp: `${day}T12-00-00-000` };
}

function daysFrom(start: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) =>
    format(addDays(new Date(`${start}T12:00:00`), i), 'yyyy-MM-dd'),
  );
}

describe('backup rotation', () => {
  it('keeps the newest 14 daily backups and one per month for the newest 6 months', () => {
    const days = daysFrom('2026-01-01', 365);
    const files = days.map(autoOn);
    const deleted = new Set(backupsToDelete(files));
    const kept = files.filter((f) => !deleted.has(f.fileName)).map((f) => f.day);
    const last14 = days.slice(-14);
    expect(kept.filter((d) => last14.includes(d))).toEqual(last14);
    // Older months keep their newest day; Dec is covered by the daily ones already.
    expect(kept.filter((d) => !last14.includes(d))).toEqual([
      '2026-07-31',
      '2026-08-31',
      '2026-09-30',
      '2026-10-31',
      '2026-11-30',
    ]);
    expect(kept).toHaveLength(19);
  });

  it('never deletes manual backups and keeps the newest 10 pre-restore ones', () => {
    const manual: BackupFileInfo[] = daysFrom('2025-01-01', 30).map((day) => ({
      fileName: `manual-${day}.json`,
      kind: 'manual',
      day,
      stamp: day,
    }));
    const pre: BackupFileInfo[] = daysFrom('2026-01-01', 12).map((day) => ({
      fileName: `pre-restore-${day}.json`,
      kind: 'pre-restore',
      day,
      stamp: day,
    }));
    expect(backupsToDelete([...manual, ...pre])).toEqual([
      'pre-restore-2026-01-01.json',
      'pre-restore-2026-01-02.json',
    ]);
  });

  // Issue 14, item 1: ten failed tries in one day rotated away the undo copy of that day's first restore.
  describe('safety copies taken before a restore', () => {
    const copy = (day: string, time: string): BackupFileInfo => ({
      fileName: `pre-restore-${day}T${time}.json`,
      kind: 'pre-restore',
      day,
      stamp: `${day}T${time}`,
    });
    const times = (n: number) => Array.from({ length: n }, (_, i) => `09-${String(i).padStart(2, '0')}`);

    it('never push out one of the same day, however many there are', () => {
      expect(backupsToDelete(times(25).map((t) => copy('2026-01-01', t)))).toEqual([]);
    });

    it('are pushed out by 10 newer copies from later days, oldest first', () => {
      const monday = times(3).map((t) => copy('2026-01-05', t));
      const later = daysFrom('2026-01-06', 10).map((day) => copy(day, '10-00'));
      expect(backupsToDelete([...monday, ...later])).toEqual(monday.map((f) => f.fileName).sort());
      expect(backupsToDelete([...monday, ...later.slice(1)])).toEqual([]);
    });

    it('property: a copy is deleted exactly when 10 or more copies from later days exist', () => {
      fc.assert(
        fc.property(
          fc.array(
            fc.record({ day: fc.integer({ min: 0, max: 20 }), minute: fc.integer({ min: 0, max: 59 }) }),
            {
              maxLength: 60,
            },
          ),
          (picks) => {
            const files = [
              ...new Map(
                picks.map(({ day, minute }) => {
                  const file = copy(
                    format(addDays(new Date('2026-01-01T12:00:00'), day), 'yyyy-MM-dd'),
                    `09-${String(minute).padStart(2, '0')}`,
                  );
                  return [file.fileName, file] as const;
                }),
              ).values(),
            ];
            const deleted = new Set(backupsToDelete(files));
            for (const file of files) {
              const later = files.filter((other) => other.day > file.day).length;
              expect(deleted.has(file.fileName)).toBe(later >= DEFAULT_ROTATION.preRestore);
            }
          },
        ),
      );
    });
  });

  // Issue 14: the copy taken before a schema upgrade is the only way back to the data as it was.
  describe('copies taken before a schema upgrade', () => {
    const beforeUpgrade = (day: string, to: number): BackupFileInfo => ({
      fileName: `pre-upgrade-v${to}-${day}T08-00-00-000.json`,
      kind: 'pre-upgrade',
      day,
      stamp: `${day}T08-00-00-000`,
    });

    it('are never deleted, however old and however many newer backups there are', () => {
      const upgrades = [beforeUpgrade('2024-01-01', 2), beforeUpgrade('2024-06-01', 3)];
      const autos = daysFrom('2025-01-01', 400).map(autoOn);
      const safety: BackupFileInfo[] = daysFrom('2025-01-01', 30).map((day) => ({
        fileName: `pre-restore-${day}.json`,
        kind: 'pre-restore',
        day,
        stamp: day,
      }));
      const deleted = backupsToDelete([...upgrades, ...autos, ...safety]);
      expect(deleted.length).toBeGreaterThan(0);
      for (const file of upgrades) expect(deleted).not.toContain(file.fileName);
    });

    it('property: no mix of backups ever deletes one', () => {
      const kinds = ['auto', 'manual', 'pre-restore', 'pre-upgrade'] as const;
      fc.assert(
        fc.property(
          fc.array(fc.record({ kind: fc.constantFrom(...kinds), day: fc.integer({ min: 0, max: 800 }) }), {
            maxLength: 80,
          }),
          (picks) => {
            const files = picks.map(({ kind, day }, i): BackupFileInfo => {
              const date = format(addDays(new Date('2024-01-01T12:00:00'), day), 'yyyy-MM-dd');
              const stamp = `${date}T09-00-00-${String(i).padStart(3, '0')}`;
              return {
                fileName: kind === 'auto' ? `auto-${date}.json` : `${kind}-${stamp}.json`,
                kind,
                day: date,
                stamp,
              };
            });
            const deleted = new Set(backupsToDelete(files));
            for (const file of files.filter((f) => f.kind === 'pre-upgrade'))
              expect(deleted.has(file.fileName)).toBe(false);
          },
        ),
      );
    });
  });

  it('deletes nothing while there are fewer backups than the policy keeps', () => {
    expect(backupsToDelete(daysFrom('2026-11-01', 10).map(autoOn))).toEqual([]);
  });

  it('always keeps the newest backup and never keeps more than the policy allows (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 2000 }), { minLength: 1, maxLength: 120 }),
        (offsets) => {
          const files = offsets.map((o) =>
            autoOn(format(addDays(new Date('2022-01-01T12:00:00'), o), 'yyyy-MM-dd')),
          );
          const deleted = new Set(backupsToDelete(files));
          const newest = files.reduce((a, b) => (a.stamp > b.stamp ? a : b));
          expect(deleted.has(newest.fileName)).toBe(false);
          const kept = files.length - deleted.size;
          expect(kept).toBeLessThanOrEqual(DEFAULT_ROTATION.daily + DEFAULT_ROTATION.monthly);
          expect(kept).toBeGreaterThanOrEqual(Math.min(files.length, DEFAULT_ROTATION.daily));
          // Deleting is idempotent: rotating what was kept deletes nothing more.
          expect(backupsToDelete(files.filter((f) => !deleted.has(f.fileName)))).toEqual([]);
        },
      ),
    );
  });
});
