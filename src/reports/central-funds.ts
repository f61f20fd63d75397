/**
 * Central funds handled by decisions of other committees (3.2.4): per fund, the period's
 * actual, the full-year forecast and the budgeted amount, as given.
 */
import { parseFigure } from '../numbers/swedish-parse.ts';
import { textCell, type ReportCell, type ReportTable } from './report-table.ts';
import type { CentralFundsContent } from './section-content.ts';
import type { CentralFundsSection } from './template.ts';

const figure = (given: string | undefined): ReportCell => {
  const cell = textCell(given);
  return { ...cell, value: parseFigure(cell.shown).value };
};

export function centralFundsTable(spec: CentralFundsSection, rows: NonNullable<CentralFundsContent['rows']>): ReportTable {
  return {
    id: '',
    caption: spec.caption,
    unit: spec.unit,
    kind: 'central-funds',
    rowHeader: spec.caption,
    columns: [
      { key: 'actual', label: 'Utfall perioden', role: 'actual', group: 'period', align: 'right' },
      { key: 'forecast', label: 'Prognos helår', role: 'forecast', group: 'full-year', align: 'right' },
      { key: 'budget', label: 'Budgeterat belopp helår', role: 'budget', group: 'full-year', align: 'right' },
    ],
    rows: rows.map((row, index) => ({
      key: String(index),
      label: row.label,
      role: 'other',
      cells: [figure(row.actual), figure(row.forecast), figure(row.budget)],
    })),
  };
}
