/**
 * A report in the formats people ask for: HTML (with a print stylesheet), PDF and DOCX through
 * the renderers in src/render, and its data as JSON.
 */
import type { Locale } from '../i18n/messages.ts';
import { renderDocx } from '../render/docx.renderer.ts';
import { renderHtmlDocument } from '../render/html.renderer.ts';
import { renderPdf } from '../render/pdf.renderer.ts';
import type { ReportDocument } from './report-document.ts';
import { toRenderDocument } from './report-render.ts';

export const EXPORT_FORMATS = ['html', 'pdf', 'docx', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const CONTENT_TYPES: Record<ExportFormat, string> = {
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  json: 'application/json; charset=utf-8',
};

/** "Delårsrapport augusti 2023 för kommunstyrelsen" → "delarsrapport-augusti-2023-for-kommunstyrelsen". */
export function fileSlug(title: string): string {
  return (
    title
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'rapport'
  );
}

export interface ExportedReport {
  body: string | Uint8Array;
  contentType: string;
  filename: string;
}

export async function exportReport(document: ReportDocument, format: ExportFormat, locale: Locale = 'sv'): Promise<ExportedReport> {
  const filename = `${fileSlug(document.report.title)}.${format}`;
  const contentType = CONTENT_TYPES[format];
  if (format === 'json') return { body: JSON.stringify(document, null, 2), contentType, filename };
  const printable = toRenderDocument(document, locale);
  if (format === 'html') return { body: renderHtmlDocument(printable), contentType, filename };
  const buffer = format === 'pdf' ? await renderPdf(printable) : await renderDocx(printable);
  return { body: new Uint8Array(buffer), contentType, filename };
}
