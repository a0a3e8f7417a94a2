/**
 * The calendar preview's "imported before" check (features/audit/hooks/useAuditData.ts): which of a
 * file's import keys are already stored, in any audit, from the importKey index.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { db } from '@renderer/db/db';
import { findImportedKeys } from '@renderer/features/audit/hooks/useAuditData';
import { auditEntry } from '../support/journal-fixtures';

afterEach(async () => {
  await db.auditEntries.clear();
});

describe('findImportedKeys', () => {
  it('finds the keys already stored in any audit, once each, and nothing else', async () => {
    await db.auditEntries.bulkAdd([
      auditEntry({ id: 'e1', auditId: 'a', importKey: 'uid-1@cal|2026-01-05' }),
      auditEntry({ id: 'e2', auditId: 'b', importKey: 'uid-2@cal|2026-01-06' }),
      auditEntry({ id: 'e3', auditId: 'a', importKey: null }),
      ...Array.from({ length: 300 }, (_, i) =>
        auditEntry({ id: `old-${i}`, auditId: 'old', importKey: `uid-old-${i}@cal|2024-01-01` }),
      ),
    ]);
    const asked = [
      'uid-1@cal|2026-01-05',
      'uid-9@cal|2026-01-05',
      'uid-2@cal|2026-01-06',
      'uid-1@cal|2026-01-05',
    ];
    expect([...(await findImportedKeys(asked))].sort()).toEqual([
      'uid-1@cal|2026-01-05',
      'uid-2@cal|2026-01-06',
    ]);
    expect(await findImportedKeys([])).toEqual(new Set());
  });
});
