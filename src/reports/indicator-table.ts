/**
 * Indicator tables of a report, computed from the stored indicator values (src/indicators):
 * either the change layout of 2.1.1 ("6,3 mnkr (+3,5 %)": the period against the same period
 * last year, the forecast against last year) or the values side by side (3.1.1). A figure
 * given in the report is kept as given and shown instead of the computed one.
 */
import { change, type IndicatorReading, type IndicatorUnit } from '../indicators/indicator.ts';
import { formatNumber, formatPercent } from '../numbers/swedish-format.ts';
import { parseFigure } from '../numbers/swedish-parse.ts';
import type { ReportCell, ReportColumn, ReportRow, ReportTable } from './report-table.ts';
import type { IndicatorTableSection } from './template.ts';

const SUFFIX: Partial<Record<IndicatorUnit, string>> = { mnkr: ' mnkr', tkr: ' tkr', kr: ' kr', percent: ' %' };

function formatValue(value: number | undefined | null, reading: IndicatorReading): string | null {
  if (value === null || value === undefined) return null;
  return `${formatNumber(value, { decimals: reading.indicator.decimals })}${SUFFIX[reading.indicator.unit] ?? ''}`;
}

/** "6,3 mnkr (+3,5 %)" or "161,4 (−0,3 %)". */
function changeCell(reading: IndicatorReading, current: number | undefined, base: number | undefined, figure: 'change' | 'value'): string | null {
  if (current === undefined) return null;
  const delta = change(current, base, reading.indicator.decimals);
  const shown = figure === 'change' ? delta.absolute : current;
  const head = formatValue(shown, reading);
  if (head === null) return null;
  return delta.percent === null ? head : `${head} (${formatPercent(delta.percent, { signed: true })})`;
}

/** Whether two cells print different figures ("3,2 mnkr (5,4%)" and "3,2 mnkr (+5,4 %)" do not). */
function differentFigures(a: string, b: string): boolean {
  const x = parseFigure(a);
  const y = parseFigure(b);
  return x.value !== y.value || (x.amount?.value ?? null) !== (y.amount?.value ?? null);
}

function cell(given: string | undefined, computed: string | null): ReportCell {
  const g = given !== undefined && given.trim() !== '' ? given : null;
  const shown = g ?? computed;
  const differs = g !== null && computed !== null && differentFigures(g, computed);
  return { given: g, computed, shown, value: shown === null ? null : parseFigure(shown).value, ...(differs ? { differs: true } : {}) };
}

export interface IndicatorTableInput {
  spec: IndicatorTableSection;
  /** Readings of the report's organisations for its cycle, by indicator code. */
  readings: ReadonlyMap<string, IndicatorReading>;
  given: Record<string, Record<string, string>>;
  cycleYear: number;
}

export function indicatorTable(input: IndicatorTableInput): { table: ReportTable; warnings: string[] } {
  const { spec, readings, given, cycleYear } = input;
  const warnings: string[] = [];
  const columns: ReportColumn[] =
    spec.layout === 'change'
      ? [
          { key: 'period', label: 'Utfall perioden jämfört med samma period föregående år', role: 'actual', group: 'period', align: 'right' },
          { key: 'full-year', label: 'Prognos helår jämfört med helår föregående år', role: 'forecast', group: 'full-year', align: 'right' },
        ]
      : [
          { key: 'actual', label: 'Aktuell period (ack sedan årets början)', role: 'actual', group: 'period', align: 'right' },
          { key: 'same-period-last-year', label: 'Motsvarande period föregående år', role: 'actual-last-year', group: 'period', align: 'right' },
          { key: 'forecast', label: `Prognos ${cycleYear}`, role: 'forecast', group: 'full-year', align: 'right' },
          { key: 'actual-last-year', label: `Utfall ${cycleYear - 1}`, role: 'outcome-last-year', group: 'full-year', align: 'right' },
        ];
  const rows: ReportRow[] = spec.rows.map((rowSpec, index) => {
    const reading = readings.get(rowSpec.indicator);
    if (!reading) warnings.push(`Måttet "${rowSpec.indicator}" finns inte för organisationen i den här uppföljningen.`);
    const values = reading?.values ?? {};
    const computed = (key: string): string | null => {
      if (!reading) return null;
      if (spec.layout === 'change') {
        const figure = rowSpec.figure ?? 'change';
        return key === 'period'
          ? changeCell(reading, values.actual, values['same-period-last-year'], figure)
          : changeCell(reading, values.forecast, values['actual-last-year'], figure);
      }
      return formatValue(values[key as keyof typeof values], reading);
    };
    const rowGiven = given[rowSpec.indicator] ?? {};
    return {
      key: `${rowSpec.indicator}#${index}`,
      label: rowSpec.label ?? reading?.indicator.name ?? rowSpec.indicator,
      role: 'other',
      cells: columns.map((c) => cell(rowGiven[c.key], computed(c.key))),
      ...(reading
        ? {
            indicator: {
              code: reading.indicator.code,
              unit: reading.indicator.unit,
              decimals: reading.indicator.decimals,
              values: Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Record<string, number>,
            },
          }
        : {}),
    };
  });
  return {
    table: { id: '', caption: spec.caption, unit: null, kind: 'indicators', rowHeader: spec.rowHeader ?? 'Mått', columns, rows, ...(spec.note ? { note: spec.note } : {}) },
    warnings,
  };
}
