/**
 * A report's tables and charts as data: one row per cell, with the section it stands in, the
 * table's caption and unit, the row and column labels, the figure as printed and as a number.
 * Read from the same RenderDocument the HTML, PDF and DOCX are printed from, so the data is
 * exactly what the reader sees. Pure.
 */
import { parseSwedishNumber } from '../numbers/swedish-parse.ts';
import type { RenderDocument } from '../render/render-document.ts';

export interface ReportCell {
  section: string;
  table: string;
  unit: string | null;
  row: string;
  column: string;
  /** As printed: "1 693", "−7,1", "oklart". */
  printed: string;
  /** The figure as a number when the printed text is one. */
  value: number | null;
}

export const REPORT_CELL_FIELDS = ['section', 'table', 'unit', 'row', 'column', 'printed', 'value'] as const;

export function reportCells(document: RenderDocument): ReportCell[] {
  const cells: ReportCell[] = [];
  let section = '';
  for (const block of document.blocks) {
    if (block.type === 'heading') {
      section = [block.number, block.text].filter(Boolean).join(' ');
    } else if (block.type === 'table') {
      let group = '';
      for (const row of block.rows) {
        if (row.kind === 'subheading') {
          group = row.cells[0] ?? '';
          continue;
        }
        const label = [group, row.cells[0] ?? ''].filter(Boolean).join(': ');
        block.columns.slice(1).forEach((column, i) => {
          const printed = row.cells[i + 1] ?? '';
          if (printed.trim() === '') return;
          cells.push({ section, table: block.caption, unit: block.unit ?? null, row: label, column: column.label, printed, value: parseSwedishNumber(printed) });
        });
      }
    } else if (block.type === 'chart') {
      for (const series of block.series) {
        block.categories.forEach((category, i) => {
          const value = series.values[i];
          if (value === null || value === undefined) return;
          cells.push({ section, table: block.caption, unit: block.unit, row: series.label, column: category, printed: String(value).replace('.', ','), value });
        });
      }
    }
  }
  return cells;
}
