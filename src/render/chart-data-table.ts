/**
 * A chart's figures as an ordinary table block. The HTML renderer offers it beside the SVG (for
 * screen readers and anyone who wants the numbers), and the DOCX renderer prints it, so the
 * figures reach every reader whatever the output can draw.
 */
import { formatNumber } from '../numbers/swedish-format.ts';
import type { ChartBlock, TableBlock } from './render-document.ts';
import type { RenderLabels } from './render-labels.ts';

/** Beyond this many categories the table turns so categories run down the rows. */
const MAX_CATEGORY_COLUMNS = 8;

export function chartDecimals(chart: ChartBlock): number {
  if (chart.decimals !== undefined) return Math.max(0, Math.min(6, Math.trunc(chart.decimals)));
  let decimals = 0;
  for (const series of chart.series) {
    for (const value of series.values) {
      if (value === null || !Number.isFinite(value)) continue;
      const fraction = String(value).split('.')[1] ?? '';
      decimals = Math.max(decimals, Math.min(fraction.length, 2));
    }
  }
  return decimals;
}

export function formatChartValue(value: number | null | undefined, decimals: number): string {
  return formatNumber(value, { decimals });
}

export function chartDataTable(chart: ChartBlock, labels: RenderLabels, caption = labels.chartDataCaption(chart.caption)): TableBlock {
  const decimals = chartDecimals(chart);
  const value = (series: number, category: number) =>
    formatChartValue(chart.series[series]?.values[category] ?? null, decimals);

  if (chart.categories.length <= MAX_CATEGORY_COLUMNS) {
    // The layout Göteborg's reports use under their charts: one row per series, years across.
    return {
      type: 'table',
      caption,
      ...(chart.unit ? { unit: chart.unit } : {}),
      columns: [
        { label: labels.series, align: 'left' },
        ...chart.categories.map((label) => ({ label, align: 'right' as const })),
      ],
      rows: chart.series.map((series, s) => ({
        cells: [series.label, ...chart.categories.map((_, c) => value(s, c))],
      })),
    };
  }
  return {
    type: 'table',
    caption,
    ...(chart.unit ? { unit: chart.unit } : {}),
    columns: [
      { label: labels.category, align: 'left' },
      ...chart.series.map((series) => ({ label: series.label, align: 'right' as const })),
    ],
    rows: chart.categories.map((category, c) => ({
      cells: [category, ...chart.series.map((_, s) => value(s, c))],
    })),
  };
}
