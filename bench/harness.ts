/** A tiny benchmark harness: warm up, run for a time budget, print median and p95 per operation. */
export interface BenchResult {
  name: string;
  runs: number;
  medianMs: number;
  p95Ms: number;
}

export async function measure(name: string, fn: () => unknown, budgetMs = 1_500): Promise<BenchResult> {
  for (let i = 0; i < 3; i += 1) await fn();
  const samples: number[] = [];
  const until = performance.now() + budgetMs;
  while (performance.now() < until || samples.length < 5) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
  return { name, runs: samples.length, medianMs: at(0.5), p95Ms: at(0.95) };
}

export function printTable(title: string, results: BenchResult[]) {
  console.log(`\n${title}`);
  const width = Math.max(...results.map((r) => r.name.length));
  for (const r of results) {
    console.log(
      `  ${r.name.padEnd(width)}  median ${r.medianMs.toFixed(2).padStart(9)} ms   p95 ${r.p95Ms.toFixed(2).padStart(9)} ms   (${r.runs} runs)`,
    );
  }
}
