import { describe, expect, it } from 'vitest';
import { parseBackup } from '@shared/domain/backup';
import { generateDataset, DEFAULT_END, DEFAULT_SEED } from '@scripts/dataset';
import { parseSeedArgs, seedBackupText } from '@scripts/seed';

describe('the seeded dataset (npm run seed)', () => {
  it('has the five-year sizes the performance budgets are set for', () => {
    const tables = generateDataset({ years: 5, seed: DEFAULT_SEED, end: DEFAULT_END });
    expect({
      audits: tables.audits.length,
      activities: tables.auditEntries.length,
      brag: tables.bragEntries.length,
      feedback: tables.feedback.length,
      retros: tables.retros.length,
      reflections: tables.weeklyReflections.length,
      assessments: tables.selfAssessments.length,
      competencies: tables.competencies.length,
      snapshots: tables.skillSnapshots.length,
      actions: tables.actions.length,
      evidence: tables.evidence.length,
    }).toEqual({
      audits: 50,
      activities: 60_000,
      brag: 5_000,
      feedback: 1_000,
      retros: 300,
      reflections: 249,
      assessments: 20,
      competencies: 20,
      snapshots: 2_000,
      actions: 1_000,
      // Links (schema 5): the 3,000 evidence notes (1,777 free, the others on a brag entry; 7 of them on a
      // pair already linked, whose text they join), the journal's tags, and 9 on checklist items.
      evidence: 9_112,
    });
    // Exactly one audit runs, and it is running on the last day.
    const running = tables.audits.filter((audit) => audit.status === 'active');
    expect(running).toHaveLength(1);
    expect(tables.auditEntries.some((e) => e.auditId === running[0]!.id && e.date === DEFAULT_END)).toBe(
      true,
    );
  });

  it('is a backup that passes every check of a restore', async () => {
    const { text, records } = await seedBackupText({ years: 1, seed: 7, end: '2026-06-30' });
    const parsed = await parseBackup(text);
    expect(parsed.ok ? 'valid' : parsed.error.message).toBe('valid');
    expect(records).toBeGreaterThan(14_000);
  });

  it('gives the same file for the same options, and another for another seed', async () => {
    const options = { years: 0.2, seed: 42, end: '2026-11-30' };
    const first = await seedBackupText(options);
    expect((await seedBackupText(options)).text).toBe(first.text);
    expect((await seedBackupText({ ...options, seed: 43 })).text).not.toBe(first.text);
  });

  it('refuses options it cannot honour, saying what to pass', () => {
    expect(() => parseSeedArgs(['--years', '5'])).toThrow(/--out FILE/);
    expect(() => parseSeedArgs(['--years', 'lots', '--out', 'x'])).toThrow(/--years must be/);
    expect(() => parseSeedArgs(['--seed', '1.5', '--out', 'x'])).toThrow(/--seed must be/);
    expect(() => parseSeedArgs(['--end', 'tomorrow', '--out', 'x'])).toThrow(/--end must be/);
    expect(parseSeedArgs(['--out', 'x'])).toEqual({
      years: 5,
      seed: DEFAULT_SEED,
      end: DEFAULT_END,
      out: 'x',
    });
  });
});
