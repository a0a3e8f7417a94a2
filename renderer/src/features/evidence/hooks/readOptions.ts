/**
 * Reads for the evidence link picker ("Link evidence" on a checklist item, "Add evidence…" on a
 * competency): every record that could be linked. Read only while a picker is open, never when its
 * screen opens.
 */
import type { BragEntry, Evidence, Feedback, Retro, SourceRef } from '@shared/types/entities';
import { retroTitle } from '@shared/domain/journal';
import { summariseSource } from '@shared/domain/evidence-links';
import type { LedgerDb } from '@renderer/db/db';
import { readFreeNotes } from '@renderer/db/evidence-reads';

export interface EvidenceOption {
  /** `kind:id` for a record, `note:<link id>` for a free evidence note. */
  key: string;
  what: { ref: SourceRef } | { noteId: string };
  label: string;
  date: string | null;
}

const recordOption = (ref: SourceRef, label: string, date: string | null): EvidenceOption => ({
  key: `${ref.kind}:${ref.id}`,
  what: { ref },
  label,
  date,
});
const bragOption = (b: BragEntry) => recordOption({ kind: 'brag', id: b.id }, `Brag: ${b.title}`, b.date);
const retroOption = (r: Retro) =>
  recordOption({ kind: 'retro', id: r.id }, `Retro: ${retroTitle(r)}`, r.endDate);
const feedbackOption = (f: Feedback) =>
  recordOption(
    { kind: 'feedback', id: f.id },
    `Feedback from ${f.from.trim() || 'someone'}`,
    f.receivedOn ?? f.askedOn,
  );
const noteOption = (n: Evidence): EvidenceOption => ({
  key: `note:${n.id}`,
  what: { noteId: n.id },
  label: `Note: ${n.note.trim().split(/\r?\n/)[0]?.slice(0, 120) ?? ''}`,
  date: n.date,
});

/**
 * Every brag entry, retrospective, piece of feedback, trial, calendar audit, finished self-assessment
 * take, finished action, delegation handover and staff-level project as a link option, plus the free
 * evidence notes when `notes` (a note belongs to one competency, so only a checklist item can link one);
 * newest first, undated last. With `kinds`, only records of those kinds are read (a person links four).
 */
export async function readEvidenceOptions(
  db: LedgerDb,
  { notes = true, kinds }: { notes?: boolean; kinds?: readonly SourceRef['kind'][] } = {},
): Promise<EvidenceOption[]> {
  const wanted = (kind: SourceRef['kind']) => !kinds || kinds.includes(kind);
  const read = <T>(kind: SourceRef['kind'], load: () => Promise<T[]>): Promise<T[]> =>
    wanted(kind) ? load() : Promise.resolve([]);
  const [brag, retros, feedback, trials, audits, takes, actions, handovers, projects, freeNotes] =
    await Promise.all([
      read('brag', () => db.bragEntries.toArray()),
      read('retro', () => db.retros.toArray()),
      read('feedback', () => db.feedback.toArray()),
      read('trial', () => db.trials.toArray()),
      read('audit', () => db.audits.toArray()),
      read('assessment', () => db.selfAssessments.filter((take) => take.completedAt !== null).toArray()),
      read('action', () => db.actions.where('status').equals('done').toArray()),
      read('handover', () => db.handovers.toArray()),
      read('project', () => db.projects.toArray()),
      notes ? readFreeNotes(db) : [],
    ]);
  const summarised = (ref: SourceRef, record: Parameters<typeof summariseSource>[1], prefix: string) => {
    const { title, date } = summariseSource(ref, record);
    return recordOption(ref, `${prefix}: ${title}`, date);
  };
  const options = [
    ...brag.map(bragOption),
    ...retros.map(retroOption),
    ...feedback.map(feedbackOption),
    ...trials.map((t) => summarised({ kind: 'trial', id: t.id }, t, 'Trial')),
    ...audits.map((a) => summarised({ kind: 'audit', id: a.id }, a, 'Audit')),
    ...takes.map((t) => summarised({ kind: 'assessment', id: t.id }, t, 'Take')),
    ...actions.map((a) => summarised({ kind: 'action', id: a.id }, a, 'Action')),
    ...handovers.map((h) => summarised({ kind: 'handover', id: h.id }, h, 'Handover')),
    ...projects.map((p) => summarised({ kind: 'project', id: p.id }, p, 'Project')),
    ...freeNotes.map(noteOption),
  ];
  return options.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
}
