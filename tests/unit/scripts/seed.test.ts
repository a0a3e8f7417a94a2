import { describe, expect, it } from 'vitest';
import { auditEndDate, daysBetween } from '@shared/domain/audit';
import { sameActivity } from '@shared/domain/audit-aggregate';
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
      handovers: tables.handovers.length,
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
      // Links (schema 5): the 3,000 evidence notes (free, or on a brag entry; one on a pair already linked
      // joins its text), the journal's tags, 9 on checklist items and 9 on handovers. The exact count pins
      // the generator's determinism (it changed with the built-in framework's version 2, schema 7).
      evidence: 9_080,
      // One or two per audit (schema 6).
      handovers: 69,
    });
    // Exactly one audit runs, and it is running on the last day.
    const running = tables.audits.filter((audit) => audit.status === 'active');
    expect(running).toHaveLength(1);
    expect(tables.auditEntries.some((e) => e.auditId === running[0]!.id && e.date === DEFAULT_END)).toBe(
      true,
    );
  });

  it('hands over work each audit marked delegable, followed up in or just after the audit', () => {
    const tables = generateDataset({ years: 5, seed: DEFAULT_SEED, end: DEFAULT_END });
    const audits = new Map(tables.audits.map((audit) => [audit.id, audit]));
    const perAudit = new Map<string, number>();
    for (const h of tables.handovers) {
      const audit = audits.get(h.auditId ?? '');
      if (!audit) throw new Error(`${h.id} has no audit`);
      perAudit.set(audit.id, (perAudit.get(audit.id) ?? 0) + 1);
      const marked = tables.auditEntries.filter(
        (e) => e.auditId === audit.id && e.delegable === true && sameActivity(e.title, h.activity),
      );
      expect(marked.length, h.id).toBeGreaterThan(0);
      const end = auditEndDate(audit);
      const made = h.createdAt.slice(0, 10);
      expect(made >= audit.startDate && made <= end, h.id).toBe(true);
      if (h.followUpOn) expect(daysBetween(end, h.followUpOn), h.id).toBeLessThanOrEqual(21);
      // Done ones are done after they were made, never after the last day, and say how it went.
      expect(h.status === 'done', h.id).toBe(h.doneOn !== null);
      if (h.doneOn) {
        expect(h.doneOn >= made && h.doneOn <= DEFAULT_END, h.id).toBe(true);
        expect(h.outcome, h.id).not.toBe('');
      }
      if (audit.status === 'active') expect(h.status, h.id).toBe('open');
      expect(h.estimate?.minutes, h.id).toBeGreaterThan(0);
    }
    expect([...perAudit.values()].every((n) => n === 1 || n === 2)).toBe(true);
    const done = tables.handovers.filter((h) => h.status === 'done').length;
    expect(done / tables.handovers.length).toBeGreaterThan(0.4);
    expect(done / tables.handovers.length).toBeLessThan(0.8);
    const linked = tables.evidence.filter((e) => e.ref?.kind === 'handover');
    const ids = new Set(tables.handovers.map((h) => h.id));
    expect(linked.length).toBeGreaterThan(0);
    expect(linked.every((e) => ids.has(e.ref?.id ?? ''))).toBe(true);
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
