/**
 * The few words the renderers print themselves (everything else comes from the document), in
 * the document's language.
 */
import type { DocumentLanguage } from './render-document.ts';

export interface RenderLabels {
  contents: string;
  documentDate: string;
  dnr: string;
  /** "Belopp i mnkr" for amounts, "Enhet: %" otherwise. */
  unit: (unit: string) => string;
  chartKind: { bar: string; line: string };
  chartPrefix: string;
  /** Caption of the table that carries a chart's data. */
  chartDataCaption: (caption: string) => string;
  chartDataToggle: string;
  /** Column header over the series names in a chart's data table. */
  series: string;
  /** Column header over the categories when they run down the rows. */
  category: string;
  noValue: string;
}

const sv: RenderLabels = {
  contents: 'Innehåll',
  documentDate: 'Datum',
  dnr: 'Diarienummer',
  unit: (unit) => (/kr$/.test(unit) ? `Belopp i ${unit}` : `Enhet: ${unit}`),
  chartKind: { bar: 'Stapeldiagram', line: 'Linjediagram' },
  chartPrefix: 'Diagram',
  chartDataCaption: (caption) => `Diagram: ${caption}, data i tabellform`,
  chartDataToggle: 'Visa diagrammets data i tabellform',
  series: 'Serie',
  category: 'Kategori',
  noValue: 'uppgift saknas',
};

const en: RenderLabels = {
  contents: 'Contents',
  documentDate: 'Date',
  dnr: 'Reference number',
  unit: (unit) => (/kr$/.test(unit) ? `Amounts in ${unit}` : `Unit: ${unit}`),
  chartKind: { bar: 'Bar chart', line: 'Line chart' },
  chartPrefix: 'Chart',
  chartDataCaption: (caption) => `Chart: ${caption}, data as a table`,
  chartDataToggle: 'Show the chart data as a table',
  series: 'Series',
  category: 'Category',
  noValue: 'no value',
};

export function renderLabels(lang: DocumentLanguage): RenderLabels {
  return lang === 'en' ? en : sv;
}
