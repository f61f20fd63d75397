/**
 * Brings a table block into a shape every renderer can draw: at least one column, every row
 * with exactly one cell per column, and header groups whose spans add up to the column count.
 * Callers build tables from data; a missing cell or a span off by one should print as a gap,
 * not fail the whole document.
 */
import type { HeaderGroupCell, TableBlock } from './render-document.ts';

export function normaliseTable(table: TableBlock): TableBlock {
  const columns = table.columns.length > 0 ? table.columns : [{ label: '', align: 'left' as const }];
  const count = columns.length;
  return {
    ...table,
    columns,
    ...(table.headerRows ? { headerRows: table.headerRows.map((group) => fitSpans(group, count)) } : {}),
    rows: table.rows.map((row) => ({
      ...row,
      cells: Array.from({ length: row.kind === 'subheading' ? 1 : count }, (_, c) => row.cells[c] ?? ''),
    })),
  };
}

function fitSpans(group: HeaderGroupCell[], count: number): HeaderGroupCell[] {
  const fitted: HeaderGroupCell[] = [];
  let used = 0;
  for (const cell of group) {
    if (used >= count) break;
    const span = Math.min(Math.max(1, Math.trunc(cell.span) || 1), count - used);
    fitted.push({ label: cell.label, span });
    used += span;
  }
  if (used < count) fitted.push({ label: '', span: count - used });
  return fitted;
}
