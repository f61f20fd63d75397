/**
 * A time series with its chart (3.3.1: consultancy costs, this year's period beside the five
 * full years before it). Figures are typed in as given; the chart draws what is shown.
 */
import type { ReportingCycle } from '../cycles/cycle.ts';
import { parseFigure } from '../numbers/swedish-parse.ts';
import { textCell, type ReportChart, type ReportColumn, type ReportTable } from './report-table.ts';
import type { TimeSeriesSection } from './template.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

/** "jan–aug" for a cycle from January to August. */
export function periodLabel(cycle: Pick<ReportingCycle, 'periodStart' | 'periodEnd'>): string {
  const month = (iso: string) => MONTHS[Number(iso.slice(5, 7)) - 1] ?? '';
  const from = month(cycle.periodStart);
  const to = month(cycle.periodEnd);
  return from === to ? from : `${from}–${to}`;
}

export function timeSeries(
  spec: TimeSeriesSection,
  values: Record<string, Record<string, string>>,
  cycle: Pick<ReportingCycle, 'year' | 'periodStart' | 'periodEnd'>,
): { table: ReportTable; chart: ReportChart } {
  const period = periodLabel(cycle);
  const years = Array.from({ length: spec.years }, (_, i) => cycle.year - 1 - i);
  const columns: ReportColumn[] = [
    { key: 'period', label: `Utfall ${period} ${cycle.year}`, role: 'actual', group: 'period', align: 'right' },
    ...years.map((year): ReportColumn => ({ key: String(year), label: `Utfall helår ${year}`, role: 'year', align: 'right' })),
  ];
  const rows = spec.series.map((s) => ({
    key: s.key,
    label: s.label,
    role: 'other' as const,
    cells: columns.map((c) => {
      const cell = textCell(values[s.key]?.[c.key]);
      return { ...cell, value: parseFigure(cell.shown).value };
    }),
  }));
  const ascending = [...years].reverse();
  const chart: ReportChart = {
    kind: spec.chart,
    caption: `${spec.caption} ${ascending[0] ?? cycle.year}–${cycle.year} (${cycle.year}: utfall ${period})`,
    unit: spec.unit,
    categories: [...ascending.map(String), `${period} ${cycle.year}`],
    series: rows.map((row) => ({
      label: row.label,
      values: [...ascending.map((y) => row.cells[columns.findIndex((c) => c.key === String(y))]!.value), row.cells[0]!.value],
    })),
    ...(spec.decimals !== undefined ? { decimals: spec.decimals } : {}),
  };
  return {
    table: { id: '', caption: spec.caption, unit: spec.unit, kind: 'time-series', rowHeader: `Belopp i ${spec.unit}`, columns, rows },
    chart,
  };
}
