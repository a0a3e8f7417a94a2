/** The benchmark's table: one row per measurement, its budget, and whether the budget holds. */

export interface Row {
  what: string;
  value: string;
  budget: string;
  ok: boolean;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(value >= 10 ? 1 : 2));

/**
 * A ratio row: per run i, measured[i] / floor[i] (the two were taken side by side), then the median and
 * the range of those ratios, and the absolute medians. Budgets: the ratio, an absolute ceiling on the
 * measured median, and a ceiling on the longest main-thread task.
 */
export function ratioRow(
  what: string,
  measured: readonly number[],
  floor: readonly number[],
  budget: { ratio?: number; absolute?: number; longest?: number },
  longestTasks: readonly number[] = [],
): Row {
  const ratios = measured.map((value, i) => value / Math.max(floor[i] ?? floor[0]!, 0.001));
  const ratio = median(ratios);
  // Per run, the longest task; the budget is checked on their median (one run on a loaded 2-core machine
  // can stretch any task), and the worst run is shown too.
  const longest = longestTasks.length > 0 ? median(longestTasks) : 0;
  const worst = longestTasks.length > 0 ? Math.max(...longestTasks) : 0;
  const parts = [
    `${ratio.toFixed(2)}× (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})`,
    `${ms(median(measured))} vs ${ms(median(floor))} ms`,
  ];
  if (longestTasks.length > 0) parts.push(`longest task ${ms(longest)} ms (worst run ${ms(worst)})`);
  const budgets = [
    budget.ratio !== undefined ? `≤ ${budget.ratio}×` : null,
    budget.absolute !== undefined ? `≤ ${budget.absolute} ms` : null,
    budget.longest !== undefined ? `tasks ≤ ${budget.longest} ms` : null,
  ].filter(Boolean);
  const ok =
    (budget.ratio === undefined || ratio <= budget.ratio) &&
    (budget.absolute === undefined || median(measured) <= budget.absolute) &&
    (budget.longest === undefined || longest <= budget.longest);
  return { what, value: parts.join('; '), budget: budgets.join(', ') || '—', ok: budgets.length === 0 || ok };
}

/**
 * An A/B row: `measured` and `other` taken in pairs, one start of each close in time (`--compare`). The
 * median of the per-pair differences and how many pairs `measured` won say more than two medians on a
 * machine whose load drifts during the run. No budget: it informs a change, it does not judge the app.
 */
export function pairedRow(what: string, measured: readonly number[], other: readonly number[]): Row {
  const pairs = Math.min(measured.length, other.length);
  const differences = measured.slice(0, pairs).map((value, i) => value - other[i]!);
  const faster = differences.filter((difference) => difference < 0).length;
  const difference = median(differences);
  const value =
    pairs === 0
      ? 'no pairs'
      : `${difference < 0 ? '-' : '+'}${ms(Math.abs(difference))} ms median per pair (${ms(median(measured.slice(0, pairs)))} vs ${ms(median(other.slice(0, pairs)))} ms); faster in ${faster} of ${pairs}`;
  return { what, value, budget: '—', ok: true };
}

export function printRows(title: string, rows: readonly Row[]) {
  const widths = [
    Math.max(...rows.map((r) => r.what.length)),
    Math.max(...rows.map((r) => r.value.length)),
    Math.max(...rows.map((r) => r.budget.length)),
  ];
  console.log(`\n${title}\n`);
  console.log(
    `| ${'what'.padEnd(widths[0]!)} | ${'measured'.padEnd(widths[1]!)} | ${'budget'.padEnd(widths[2]!)} | ok |`,
  );
  console.log(
    `|${'-'.repeat(widths[0]! + 2)}|${'-'.repeat(widths[1]! + 2)}|${'-'.repeat(widths[2]! + 2)}|----|`,
  );
  for (const row of rows) {
    const mark = row.budget === '—' ? '  ' : row.ok ? '✓ ' : '✗ ';
    console.log(
      `| ${row.what.padEnd(widths[0]!)} | ${row.value.padEnd(widths[1]!)} | ${row.budget.padEnd(widths[2]!)} | ${mark} |`,
    );
  }
  const failing = rows.filter((row) => !row.ok);
  console.log(failing.length === 0 ? '\nEvery budget holds.' : `\n${failing.length} budget(s) not met.`);
}
