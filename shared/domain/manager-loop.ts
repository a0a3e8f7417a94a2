/**
 * The manager loop (issue 18, schema v8): every answer the manager gave to "what does excellent look
 * like in six months?", kept with its date; whether it was concrete enough to work toward; when to ask
 * again; and the management chain's buy-in on the promotion checklist. Pure rules: dates are passed in
 * (yyyy-MM-dd); nothing here reads a clock. Zod-free, so Today and the reminders can use it.
 */
import { addMonths, format } from 'date-fns';
import { addDays } from './audit';

/** An answer goes stale after this many months: priorities move, so it is time to ask again. */
export const EXCELLENT_ANSWER_MAX_AGE_MONTHS = 6;

/**
 * A vague answer is worth a second try soon: at the next 1:1 or two, with sharper questions. Two weeks
 * covers a weekly or a fortnightly 1:1.
 */
export const VAGUE_ASK_AGAIN_DAYS = 14;

/** Whether the user judged the answer concrete enough to work toward; null until they say. */
export type Concreteness = 'concrete' | 'vague';

/** What the rules need of an answer (a `ManagerAnswer` record has more). */
export interface AnswerFacts {
  askedOn: string;
  concrete: Concreteness | null;
}

/** The day to ask again: soon after a vague answer, six months after any other. */
export function askAgainDay(askedOn: string, vague: boolean): string {
  if (vague) return addDays(askedOn, VAGUE_ASK_AGAIN_DAYS);
  const [y = 1970, m = 1, d = 1] = askedOn.split('-').map(Number);
  // Calendar arithmetic on a local date, whatever the machine's zone (31 Aug + 6 months is 28 Feb).
  return format(addMonths(new Date(y, m - 1, d), EXCELLENT_ANSWER_MAX_AGE_MONTHS), 'yyyy-MM-dd');
}

/** Newest first: by the day asked, then, on the same day, by when each was written down. */
export function newerAnswerFirst(
  a: AnswerFacts & { createdAt: string },
  b: AnswerFacts & { createdAt: string },
): number {
  return b.askedOn.localeCompare(a.askedOn) || b.createdAt.localeCompare(a.createdAt);
}

/** The answer in force: the one asked last (the later-written one on the same day). */
export function latestAnswer<T extends AnswerFacts & { createdAt: string }>(answers: readonly T[]): T | null {
  let latest: T | null = null;
  for (const answer of answers) if (!latest || newerAnswerFirst(answer, latest) < 0) latest = answer;
  return latest;
}

export type ExcellentAnswerRisk =
  | { kind: 'missing' }
  | { kind: 'vague'; askedOn: string; askAgainOn: string }
  | { kind: 'stale'; askedOn: string }
  | null;

/**
 * Without a clear, recent answer from the manager about what excellent looks like, the user may work
 * hard toward a target nobody will recognise at review time: that is the risk worth flagging. A vague
 * answer raises it (the sources say so in as many words); an old one may no longer hold.
 */
export function excellentAnswerRisk(latest: AnswerFacts | null, today: string): ExcellentAnswerRisk {
  if (!latest) return { kind: 'missing' };
  if (today >= askAgainDay(latest.askedOn, false)) return { kind: 'stale', askedOn: latest.askedOn };
  if (latest.concrete === 'vague')
    return { kind: 'vague', askedOn: latest.askedOn, askAgainOn: askAgainDay(latest.askedOn, true) };
  return null;
}

type RawRecord = Record<string, unknown>;
type RawTables = Record<string, unknown[]>;

/** The id the migration gives the answer it carries over from the profile. */
export const CARRIED_ANSWER_ID = 'excellent-answer-before-history';

/**
 * The migration to schema version 8, for the Dexie upgrade and for older backups alike. The profile held
 * one answer (text and an optional day); it becomes the first entry of the answers' history, dated with
 * its day or, without one, the day the profile was last changed, and the profile loses both fields. Its
 * concreteness is unknown (null): the user has not been asked. The checklist had no buy-in: none.
 */
export function migrateToManagerLoop(tables: RawTables): RawTables {
  const answers: RawRecord[] = [];
  const profile = ((tables.profile ?? []) as RawRecord[]).map((record) => {
    const { excellentAnswer, excellentAnsweredOn, ...rest } = record;
    const text = typeof excellentAnswer === 'string' ? excellentAnswer.trim() : '';
    if (text) {
      const updatedAt = typeof record.updatedAt === 'string' ? record.updatedAt : '';
      const askedOn = typeof excellentAnsweredOn === 'string' ? excellentAnsweredOn : updatedAt.slice(0, 10);
      answers.push({
        id: CARRIED_ANSWER_ID,
        askedOn,
        answer: text,
        concrete: null,
        nextStep: '',
        createdAt: updatedAt,
        updatedAt,
      });
    }
    return rest;
  });
  return { ...tables, profile, managerAnswers: answers, buyIns: [] };
}

// ── Buy-in on the promotion checklist ────────────────────────────────────────────────────────────────

export type BuyInRelation = 'manager' | 'skip-level' | 'director' | 'other';
export type BuyInStatus = 'not-asked' | 'asked' | 'agreed' | 'wants-changes';

export const BUY_IN_RELATIONS: Record<BuyInRelation, string> = {
  manager: 'Manager',
  'skip-level': 'Skip-level manager',
  director: 'Director or above',
  other: 'Someone else in the chain',
};

export const BUY_IN_STATUSES: Record<BuyInStatus, string> = {
  'not-asked': 'Not asked yet',
  asked: 'Asked, waiting',
  agreed: 'Agreed',
  'wants-changes': 'Asked for changes',
};

export interface BuyInFacts {
  who: string;
  status: BuyInStatus;
  on: string | null;
}

export interface BuyInSummary {
  agreed: number;
  total: number;
  /** Those who agreed before an expectation was added: their agreement does not cover it yet. */
  agreedBeforeChange: string[];
}

/**
 * Where the management chain stands. `checklistChangedOn` is the day the last expectation was added to
 * the checklist (a status or a note is not a change of what is expected), null without expectations.
 */
export function buyInSummary(buyIns: readonly BuyInFacts[], checklistChangedOn: string | null): BuyInSummary {
  const agreed = buyIns.filter((b) => b.status === 'agreed');
  return {
    agreed: agreed.length,
    total: buyIns.length,
    agreedBeforeChange: agreed
      .filter((b) => checklistChangedOn !== null && b.on !== null && b.on < checklistChangedOn)
      .map((b) => b.who),
  };
}
