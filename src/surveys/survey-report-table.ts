/**
 * A placed survey table in the report model's shape (src/reports/report-table.ts), so the
 * report assembler can put it in its section: each cell's figure as given in the report (typed
 * over the computed one) beside the figure computed from the answers, and what is shown.
 * The report's renderers print `shown`; its checker reads `shown` as printed.
 */
import { parseFigure } from '../numbers/swedish-parse.ts';
import type { ReportTable } from '../reports/report-table.ts';
import { tableIdOf, type PlacedTable } from './survey-placement.ts';

export function toReportTable(placed: PlacedTable, rowHeader = ''): ReportTable {
  return {
    id: tableIdOf(placed),
    caption: placed.title,
    unit: null,
    kind: 'survey',
    rowHeader,
    columns: placed.columns.map((c) => ({ key: c.organisationId, label: c.label, role: 'organisation' as const, align: 'right' as const })),
    rows: placed.rows.map((row) => ({
      key: row.key,
      label: row.label,
      cells: row.cells.map((cell) => {
        const computed = cell.computed?.text ?? null;
        const shown = cell.printed === '' ? null : cell.printed;
        return {
          given: cell.overridden ? cell.printed : null,
          computed,
          shown,
          value: shown === null ? null : parseFigure(shown).value,
          ...(cell.differs ? { differs: true } : {}),
        };
      }),
    })),
  };
}
