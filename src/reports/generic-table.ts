/**
 * Tables whose columns the template types (text, number, amount, percent, date, year): the
 * competence-supply tables of 3.1.3 and action plans with start, end and expected effect.
 * Cells are kept as given; a cell that does not read as its column's type is kept too (an
 * action plan's end may well be "Löpande") and only noted.
 */
import { parseFigure } from '../numbers/swedish-parse.ts';
import { textCell, type ReportRow, type ReportTable } from './report-table.ts';
import type { ColumnType, GenericTableSection } from './template.ts';

/** Words that stand for an open end in a date or year column ("Åtgärden slutförs: Löpande"). */
const OPEN_ENDED = /^(löpande|pågående|tills vidare|tillsvidare|ej fastställt)$/i;

function readsAs(type: ColumnType, text: string): { value: number | null; fits: boolean } {
  switch (type) {
    case 'text':
      return { value: null, fits: true };
    case 'date':
      return { value: null, fits: /^\d{4}-\d{2}-\d{2}$/.test(text.trim()) || OPEN_ENDED.test(text.trim()) };
    case 'year': {
      const year = /^\d{4}$/.test(text.trim());
      return { value: year ? Number(text.trim()) : null, fits: year || OPEN_ENDED.test(text.trim()) };
    }
    default: {
      const parsed = parseFigure(text);
      return { value: parsed.value, fits: parsed.value !== null || parsed.unknown };
    }
  }
}

export function genericTable(spec: GenericTableSection, rows: Array<Record<string, string>>): { table: ReportTable; warnings: string[] } {
  const warnings: string[] = [];
  const [first, ...rest] = spec.columns;
  const tableRows: ReportRow[] = rows.map((row, index) => ({
    key: String(index),
    label: first ? (row[first.key] ?? '') : '',
    cells: rest.map((column) => {
      const cell = textCell(row[column.key]);
      if (cell.shown === null) return cell;
      const read = readsAs(column.type, cell.shown);
      if (!read.fits) warnings.push(`Rad ${index + 1}, "${column.label}": "${cell.shown}" är inte ${TYPE_NAMES[column.type]}.`);
      return { ...cell, value: read.value };
    }),
  }));
  return {
    table: {
      id: '',
      caption: spec.caption,
      unit: spec.unit ?? null,
      kind: 'generic',
      rowHeader: first?.label ?? '',
      columns: rest.map((c) => ({ key: c.key, label: c.label, type: c.type, align: c.type === 'text' ? 'left' : 'right' })),
      rows: tableRows,
    },
    warnings,
  };
}

const TYPE_NAMES: Record<ColumnType, string> = {
  text: 'text',
  number: 'ett tal',
  amount: 'ett belopp',
  percent: 'en procentsats',
  date: 'ett datum (ÅÅÅÅ-MM-DD)',
  year: 'ett årtal',
};
