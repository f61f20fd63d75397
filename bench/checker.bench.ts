/**
 * Checker time on the seed report (the fixture with its figures as printed): many runs after a
 * warm-up, median and 95th percentile. Run with `npx tsx bench/checker.bench.ts [iterations]`.
 */
import { performance } from 'node:perf_hooks';
import { checkDocument } from '../src/checks/checker.ts';
import { seedReport } from '../src/checks/fixtures/seed-report.fixture.ts';

const iterations = Number(process.argv[2] ?? 2000);
const warmUp = Math.min(200, iterations);

for (let i = 0; i < warmUp; i++) checkDocument(seedReport);

const times: number[] = [];
let findings = 0;
for (let i = 0; i < iterations; i++) {
  const start = performance.now();
  findings = checkDocument(seedReport).length;
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
const lines = seedReport.sections.reduce((sum, section) => sum + section.lines.length, 0);
const cells = seedReport.tables.reduce((sum, table) => sum + table.rows.reduce((n, row) => n + row.cells.length, 0), 0);

console.log(
  `checker on the seed report (${seedReport.sections.length} sections, ${lines} prose lines, ` +
    `${seedReport.tables.length} tables, ${cells} cells): median ${at(0.5).toFixed(2)} ms, ` +
    `p95 ${at(0.95).toFixed(2)} ms, min ${times[0]!.toFixed(2)} ms over ${iterations} runs; ${findings} findings`,
);
