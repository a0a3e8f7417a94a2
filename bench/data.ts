/** Deterministic, realistic-sized data for benchmarks: years of use by a busy user. */
import { emptyTableData, type TableData } from '@shared/types/entities';
import { withParents } from '@tests/fixtures/parent-records';

export function bigDatabase(entries: number): TableData {
  const tables = emptyTableData();
  const stamp = '2026-01-01T09:00:00.000Z';
  for (let i = 0; i < entries; i += 1) {
    const day = `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
    tables.auditEntries.push({
      id: `entry-${i}`,
      auditId: `audit-${i % 10}`,
      date: day,
      startTime: `${String(8 + (i % 10)).padStart(2, '0')}:30`,
      minutes: 15 + (i % 8) * 15,
      title: `Activity ${i}: design review with the platform team`,
      categoryId: `cat-${i % 14}`,
      energy: (i % 5) - 2,
      note: i % 3 === 0 ? 'Felt useful; could have been shorter.' : '',
      mostImportant: i % 2 === 0,
      delegable: i % 4 === 0,
      importKey: i % 2 === 0 ? `uid-${i}@calendar|${day}T08:30:00Z` : null,
      createdAt: stamp,
      updatedAt: stamp,
    });
    if (i % 4 === 0) {
      tables.bragEntries.push({
        id: `brag-${i}`,
        date: day,
        title: `Win ${i}`,
        impact: 'Cut the p99 latency of checkout by a third for every region.',
        numbers: '-33% p99',
        link: '',
        kind: i % 8 === 0 ? 'glue' : 'delivery',
        createdAt: stamp,
        updatedAt: stamp,
      });
    }
  }
  // What the records point to, as the app always has it (the backup check refuses dangling references).
  return withParents(tables);
}
