/**
 * Render times of the sample interim report (src/render/fixtures/sample-report.ts) to HTML,
 * PDF and DOCX: median and extremes after a warm-up, plus output sizes and page count.
 * Run with `npx tsx bench/render.bench.ts [iterations]` (default 10).
 */
import { performance } from 'node:perf_hooks';
import { renderDocx } from '../src/render/docx.renderer.ts';
import { sampleReport } from '../src/render/fixtures/sample-report.ts';
import { renderHtmlDocument } from '../src/render/html.renderer.ts';
import { renderPdf } from '../src/render/pdf.renderer.ts';

const iterations = Math.max(1, Number(process.argv[2] ?? 10));
const document = sampleReport();

async function measure(label: string, render: () => Promise<string | Buffer> | string | Buffer, runs = iterations) {
  const first = performance.now();
  const output = await render(); // warm-up: loads fonts and modules
  const cold = performance.now() - first;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await render();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  const size = typeof output === 'string' ? Buffer.byteLength(output) : output.length;
  console.log(
    `${label.padEnd(34)} median ${median.toFixed(1).padStart(7)} ms  min ${times[0]!.toFixed(1).padStart(7)} ms  ` +
      `max ${times.at(-1)!.toFixed(1).padStart(7)} ms  first run ${cold.toFixed(0).padStart(5)} ms  ${(size / 1024).toFixed(0)} KiB`,
  );
  return output;
}

const blocks = document.blocks.length;
const tables = document.blocks.filter((block) => block.type === 'table').length;
console.log(`sample interim report: ${blocks} blocks, ${tables} tables, 1 chart; ${iterations} runs each after a warm-up`);
await measure('HTML (standalone document)', () => renderHtmlDocument(document), iterations * 10);
const pdf = await measure('PDF (pdfmake)', () => renderPdf(document));
const pages = (pdf as Buffer).toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0;
console.log(`${''.padEnd(34)} ${pages} PDF pages`);
await measure('DOCX (TOC page numbers estimated)', () => renderDocx(document));
await measure('DOCX (TOC left for Word to fill)', () => renderDocx(document, { contentsPageNumbers: false }));
