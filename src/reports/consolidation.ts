/**
 * City-wide consolidation: the reports of many organisations for one cycle summed into one
 * financial statement and one set of indicator figures, and the organisations still missing
 * (expected to take part, but without a report that has been submitted).
 */
import { change, type Change } from '../indicators/indicator.ts';
import { roundHalfAwayFromZero } from '../numbers/rounding.ts';
import { ROW_LABELS, STATEMENT_COLUMNS, STATEMENT_ROWS, type StatementColumn, type StatementRow } from './financial-statement.ts';
import { flattenSections, type ReportDocument } from './report-document.ts';
import type { ReportStatus } from './report.ts';

/** Reports that count: handed in, whatever the review says. */
export const COUNTED_STATUSES: readonly ReportStatus[] = ['submitted', 'accepted', 'adopted'];

/** Units whose figures add up across organisations (a percentage does not). */
const ADDITIVE_UNITS = new Set(['kr', 'tkr', 'mnkr', 'fte', 'count']);

export interface ConsolidationInput {
  /** Organisations expected to report (the cycle's participants). */
  expected: ReadonlyArray<{ id: string; name: string }>;
  reports: readonly ReportDocument[];
}

export interface ConsolidatedStatementRow {
  key: StatementRow;
  label: string;
  cells: Record<StatementColumn, number | null>;
}

export interface ConsolidatedIndicator {
  code: string;
  name: string;
  unit: string;
  decimals: number;
  /** Organisations whose reports give the indicator. */
  organisations: number;
  /** False for units that cannot be summed (percent): values are then null. */
  additive: boolean;
  values: Record<string, number | null>;
  periodChange: Change;
  yearChange: Change;
}

export interface Consolidation {
  included: Array<{ organisationId: string; name: string; reportId: string; status: ReportStatus }>;
  missing: Array<{ organisationId: string; name: string; reason: 'no-report' | 'not-submitted'; reportId?: string; status?: ReportStatus }>;
  statement: ConsolidatedStatementRow[];
  indicators: ConsolidatedIndicator[];
}

const clean = (value: number) => roundHalfAwayFromZero(value, 6);

/** The report's statement for the organisation as a whole: the first financial statement, its consolidated rows. */
export function statementOf(document: ReportDocument): Map<StatementRow, Map<StatementColumn, number>> {
  const figures = new Map<StatementRow, Map<StatementColumn, number>>();
  const section = flattenSections(document.sections).find((s) => s.kind === 'financial-statement');
  for (const table of section?.tables ?? []) {
    for (const row of table.rows) {
      const role = row.role as StatementRow | undefined;
      if (!role || !STATEMENT_ROWS.includes(role)) continue;
      if (row.block !== undefined && row.block !== table.consolidation?.total) continue;
      const cells = figures.get(role) ?? new Map<StatementColumn, number>();
      table.columns.forEach((column, i) => {
        const value = row.cells[i]?.value;
        if (value !== null && value !== undefined && (STATEMENT_COLUMNS as readonly string[]).includes(column.key)) cells.set(column.key as StatementColumn, value);
      });
      figures.set(role, cells);
    }
  }
  return figures;
}

function indicatorsOf(document: ReportDocument) {
  const found = new Map<string, { name: string; unit: string; decimals: number; values: Record<string, number> }>();
  for (const section of flattenSections(document.sections)) {
    for (const table of section.tables) {
      for (const row of table.rows) {
        if (row.indicator && !found.has(row.indicator.code)) found.set(row.indicator.code, { name: row.label, ...row.indicator });
      }
    }
  }
  return found;
}

export function consolidate(input: ConsolidationInput): Consolidation {
  const byOrganisation = new Map(input.reports.map((d) => [d.organisation.id, d]));
  const counted = input.reports.filter((d) => COUNTED_STATUSES.includes(d.report.status));
  const missing: Consolidation['missing'] = [];
  for (const o of input.expected) {
    const document = byOrganisation.get(o.id);
    if (!document) missing.push({ organisationId: o.id, name: o.name, reason: 'no-report' });
    else if (!COUNTED_STATUSES.includes(document.report.status)) {
      missing.push({ organisationId: o.id, name: o.name, reason: 'not-submitted', reportId: document.report.id, status: document.report.status });
    }
  }

  const sums = new Map<StatementRow, Map<StatementColumn, number>>();
  for (const document of counted) {
    for (const [row, cells] of statementOf(document)) {
      const target = sums.get(row) ?? new Map<StatementColumn, number>();
      for (const [column, value] of cells) target.set(column, clean((target.get(column) ?? 0) + value));
      sums.set(row, target);
    }
  }
  const statement = STATEMENT_ROWS.filter((row) => sums.has(row)).map((row) => ({
    key: row,
    label: ROW_LABELS[row],
    cells: Object.fromEntries(STATEMENT_COLUMNS.map((c) => [c, sums.get(row)!.get(c) ?? null])) as Record<StatementColumn, number | null>,
  }));

  const indicators = new Map<string, ConsolidatedIndicator>();
  for (const document of counted) {
    for (const [code, found] of indicatorsOf(document)) {
      const additive = ADDITIVE_UNITS.has(found.unit);
      const entry = indicators.get(code) ?? {
        code,
        name: found.name,
        unit: found.unit,
        decimals: found.decimals,
        organisations: 0,
        additive,
        values: {},
        periodChange: { absolute: null, percent: null },
        yearChange: { absolute: null, percent: null },
      };
      entry.organisations++;
      if (additive) for (const [kind, value] of Object.entries(found.values)) entry.values[kind] = clean((entry.values[kind] ?? 0) + value);
      indicators.set(code, entry);
    }
  }
  for (const entry of indicators.values()) {
    const v = entry.values;
    entry.periodChange = change(v.actual, v['same-period-last-year'], entry.decimals);
    entry.yearChange = change(v.forecast, v['actual-last-year'], entry.decimals);
  }

  return {
    included: counted.map((d) => ({ organisationId: d.organisation.id, name: d.organisation.name, reportId: d.report.id, status: d.report.status })),
    missing,
    statement,
    indicators: [...indicators.values()].sort((a, b) => a.code.localeCompare(b.code)),
  };
}
