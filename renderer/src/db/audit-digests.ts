/**
 * The per-audit digests (the derived `auditDigests` table, schema.ts version 11;
 * shared/domain/audit-digest.ts): kept in step with every write of activities, inside that write's own
 * transaction (features/audit/model/repo.ts calls `adjustDigests`), and computed from an audit's
 * activities when a screen finds its row missing or stale (`fillAuditDigest`: after the upgrade to
 * version 11 or a restore, which start without any).
 */
import Dexie from 'dexie';
import {
  adjustAuditDigest,
  computeAuditDigest,
  digestIsCurrent,
  type AuditDigest,
} from '@shared/domain/audit-digest';
import type { Audit, AuditEntry } from '@shared/types/entities';
import type { LedgerDb } from './db';

/**
 * Adjusts the digests of the audits whose activities a write changed: `removed` as they were before it,
 * `added` as they are after it. A current row is adjusted (logging one activity never makes a screen
 * read the audit again); a stale one is deleted, to be computed again; a missing one stays missing. In
 * the caller's transaction, which must include audits and auditDigests.
 */
export async function adjustDigests(
  db: LedgerDb,
  removed: readonly AuditEntry[],
  added: readonly AuditEntry[],
): Promise<void> {
  for (const auditId of new Set([...removed, ...added].map((entry) => entry.auditId))) {
    const [audit, digest] = await Promise.all([db.audits.get(auditId), db.auditDigests.get(auditId)]);
    if (!digest) continue;
    if (!audit || !digestIsCurrent(digest, audit)) {
      await db.auditDigests.delete(auditId);
      continue;
    }
    const of = (entries: readonly AuditEntry[]) => entries.filter((entry) => entry.auditId === auditId);
    await db.auditDigests.put(adjustAuditDigest(digest, audit, of(removed), of(added)));
  }
}

/** Every activity of the audit, from the [auditId+date] index (those outside its days too: they are counted). */
function allEntriesOf(db: LedgerDb, auditId: string): Promise<AuditEntry[]> {
  return db.auditEntries
    .where('[auditId+date]')
    .between([auditId, Dexie.minKey], [auditId, Dexie.maxKey], true, true)
    .toArray();
}

/**
 * Computes and stores the digest of one audit when it is missing or stale, reading that audit's
 * activities once. In one transaction with the activities, so a write that lands meanwhile either comes
 * first (and is counted) or after (and adjusts the row written here).
 */
export async function fillAuditDigest(db: LedgerDb, auditId: string): Promise<void> {
  await db.transaction('rw', [db.audits, db.auditEntries, db.auditDigests], async () => {
    const audit = await db.audits.get(auditId);
    if (!audit || digestIsCurrent(await db.auditDigests.get(auditId), audit)) return;
    await db.auditDigests.put(computeAuditDigest(audit, await allEntriesOf(db, auditId)));
  });
}

/** The stored digest of `audit` when it is current, else undefined (one `get`, no activity read). */
export async function currentDigest(db: LedgerDb, audit: Audit): Promise<AuditDigest | undefined> {
  const digest = await db.auditDigests.get(audit.id);
  return digestIsCurrent(digest, audit) ? digest : undefined;
}

/**
 * The digest of `audit`: the stored one when current, else computed from its activities and stored. In
 * the caller's read-write transaction, which must include auditEntries and auditDigests.
 */
export async function ensureDigest(db: LedgerDb, audit: Audit): Promise<AuditDigest> {
  const stored = await currentDigest(db, audit);
  if (stored) return stored;
  const digest = computeAuditDigest(audit, await allEntriesOf(db, audit.id));
  await db.auditDigests.put(digest);
  return digest;
}
