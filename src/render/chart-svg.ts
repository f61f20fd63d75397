/**
 * Draws a chart block as SVG: the same drawing serves the HTML page (inline, with an accessible
 * name) and the PDF (pdfmake draws SVG as vectors). Values are printed on the bars/points in
 * Swedish format so the figures survive printing in black and white.
 */
import { formatNumber } from '../numbers/swedish-format.ts';
import { chartDecimals, formatChartValue } from './chart-data-table.ts';
import type { ChartBlock } from './render-document.ts';
import type { RenderLabels } from './render-labels.ts';
import { escapeXml } from './markup-escape.ts';

/** Colours with at least 4.5:1 contrast on white, distinguishable without colour vision. */
export const CHART_COLOURS = ['#1c5a96', '#b34d00', '#2d7a3a', '#6c3a99', '#505a64'];

export interface ChartSvgOptions {
  width?: number;
  height?: number;
  fontFamily: string;
  labels: RenderLabels;
  /** When given, the SVG carries role="img" and a title/description referenced by these ids. */
  accessibleIdPrefix?: string;
}

export function chartSvg(chart: ChartBlock, options: ChartSvgOptions): string {
  const width = options.width ?? 640;
  const height = options.height ?? 300;
  const decimals = chartDecimals(chart);
  const seriesCount = Math.max(1, chart.series.length);
  const hasLegend = chart.series.length > 1;
  const plot = { left: 52, right: width - 12, top: 30, bottom: height - (hasLegend ? 52 : 30) };

  const values = chart.series.flatMap((s) => s.values).filter((v): v is number => v !== null && Number.isFinite(v));
  const scale = niceScale(Math.min(0, ...values), Math.max(0, ...values));
  const y = (value: number) =>
    plot.bottom - ((value - scale.min) / (scale.max - scale.min)) * (plot.bottom - plot.top);
  const categoryCount = Math.max(1, chart.categories.length);
  const band = (plot.right - plot.left) / categoryCount;
  const font = `font-family="${escapeXml(options.fontFamily)}"`;
  const parts: string[] = [];

  const prefix = options.accessibleIdPrefix;
  const title = `${options.labels.chartPrefix}: ${chart.caption}`;
  const description = chartDescription(chart, options.labels, decimals);
  const a11y = prefix ? ` role="img" aria-labelledby="${prefix}-title ${prefix}-desc"` : '';
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"${a11y}>`,
  );
  if (prefix) {
    parts.push(`<title id="${prefix}-title">${escapeXml(title)}</title>`);
    parts.push(`<desc id="${prefix}-desc">${escapeXml(description)}</desc>`);
  }

  // Grid and value axis.
  const tickDecimals = decimalsOf(scale.step);
  for (let tick = scale.min; tick <= scale.max + scale.step / 2; tick += scale.step) {
    const ty = round(y(tick));
    const isZero = Math.abs(tick) < scale.step / 1000;
    parts.push(
      `<line x1="${plot.left}" y1="${ty}" x2="${plot.right}" y2="${ty}" stroke="${isZero ? '#4a4a4a' : '#d5d5d5'}" stroke-width="${isZero ? 1 : 0.6}"/>`,
    );
    parts.push(
      `<text x="${plot.left - 6}" y="${round(ty + 3.5)}" text-anchor="end" font-size="10" fill="#4a4a4a" ${font}>${escapeXml(formatNumber(tick, { decimals: tickDecimals }))}</text>`,
    );
  }
  if (chart.unit) {
    parts.push(`<text x="${plot.left - 6}" y="${plot.top - 14}" text-anchor="end" font-size="10" fill="#4a4a4a" ${font}>${escapeXml(chart.unit)}</text>`);
  }

  // Category labels.
  chart.categories.forEach((category, c) => {
    const cx = round(plot.left + band * (c + 0.5));
    parts.push(
      `<text x="${cx}" y="${plot.bottom + 16}" text-anchor="middle" font-size="10.5" fill="#1a1a1a" ${font}>${escapeXml(category)}</text>`,
    );
  });

  const zeroY = y(0);
  chart.series.forEach((series, s) => {
    const colour = CHART_COLOURS[s % CHART_COLOURS.length]!;
    if (chart.kind === 'bar') {
      const groupWidth = band * 0.72;
      const barWidth = groupWidth / seriesCount;
      series.values.forEach((value, c) => {
        if (value === null || !Number.isFinite(value) || c >= categoryCount) return;
        const x = plot.left + band * c + (band - groupWidth) / 2 + barWidth * s;
        const top = Math.min(y(value), zeroY);
        const barHeight = Math.abs(y(value) - zeroY);
        parts.push(
          `<rect x="${round(x)}" y="${round(top)}" width="${round(barWidth * 0.92)}" height="${round(barHeight)}" fill="${colour}"/>`,
        );
        const labelY = value >= 0 ? top - 4 : top + barHeight + 11;
        parts.push(
          `<text x="${round(x + (barWidth * 0.92) / 2)}" y="${round(labelY)}" text-anchor="middle" font-size="${seriesCount > 2 ? 8 : 9.5}" fill="#1a1a1a" ${font}>${escapeXml(formatChartValue(value, decimals))}</text>`,
        );
      });
    } else {
      const points = series.values.map((value, c) =>
        value === null || !Number.isFinite(value) ? null : { x: plot.left + band * (c + 0.5), y: y(value), value },
      );
      // A null breaks the line rather than bridging the gap with an invented value.
      let path = '';
      let drawing = false;
      for (const point of points) {
        if (!point) {
          drawing = false;
          continue;
        }
        path += `${drawing ? 'L' : 'M'}${round(point.x)} ${round(point.y)} `;
        drawing = true;
      }
      if (path) parts.push(`<path d="${path.trim()}" fill="none" stroke="${colour}" stroke-width="2"/>`);
      for (const point of points) {
        if (!point) continue;
        parts.push(`<circle cx="${round(point.x)}" cy="${round(point.y)}" r="3" fill="${colour}"/>`);
        parts.push(
          `<text x="${round(point.x)}" y="${round(point.y - 7)}" text-anchor="middle" font-size="9" fill="#1a1a1a" ${font}>${escapeXml(formatChartValue(point.value, decimals))}</text>`,
        );
      }
    }
  });

  if (hasLegend) {
    let lx = plot.left;
    const ly = height - 16;
    chart.series.forEach((series, s) => {
      const colour = CHART_COLOURS[s % CHART_COLOURS.length]!;
      parts.push(`<rect x="${round(lx)}" y="${ly - 9}" width="10" height="10" fill="${colour}"/>`);
      parts.push(`<text x="${round(lx + 14)}" y="${ly}" font-size="10" fill="#1a1a1a" ${font}>${escapeXml(series.label)}</text>`);
      lx += 24 + series.label.length * 5.6;
    });
  }
  parts.push('</svg>');
  return parts.join('');
}

/** "Stapeldiagram, mnkr. Konsultkostnader: 2018 28,3; 2019 21,3; …" — the figures in words. */
export function chartDescription(chart: ChartBlock, labels: RenderLabels, decimals = chartDecimals(chart)): string {
  const series = chart.series.map((s) => {
    const points = chart.categories.map((category, c) => {
      const value = s.values[c];
      return `${category} ${value === null || value === undefined ? labels.noValue : formatChartValue(value, decimals)}`;
    });
    return `${s.label}: ${points.join('; ')}`;
  });
  return `${labels.chartKind[chart.kind]}${chart.unit ? `, ${chart.unit}` : ''}. ${series.join('. ')}.`;
}

/** Axis from a round number to a round number in 4–6 round steps (1, 2, 2,5 or 5 × 10ⁿ). */
function niceScale(min: number, max: number): { min: number; max: number; step: number } {
  if (min === max) return { min: 0, max: max === 0 ? 1 : Math.abs(max) * 1.2, step: max === 0 ? 0.25 : Math.abs(max) * 0.3 };
  const rough = (max - min) / 5;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * magnitude).find((s) => s >= rough) ?? 10 * magnitude;
  return { min: Math.floor(min / step) * step, max: Math.ceil(max / step) * step, step };
}

function decimalsOf(step: number): number {
  const text = String(Number(step.toPrecision(6)));
  return text.includes('.') ? text.split('.')[1]!.length : 0;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
