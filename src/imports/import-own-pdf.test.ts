/**
 * Round trip: the demo report (Delårsrapport augusti 2023 för kommunstyrelsen) printed to PDF
 * by our own renderer and read back by the importer. Our footer ("Delårsrapport augusti 2023 –
 * Kommunstyrelsen   17 (23)") and page breaks must not cost a heading or an assignment.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../test/harness.ts';
import { seedFoundation } from '../demo/foundation.demo.ts';
import { seedDemo } from '../demo/seed-demo.ts';
import { renderPdf } from '../render/pdf.renderer.ts';
import { flattenSections, type ReportDocument } from '../reports/report-document.ts';
import { loadReportDocument } from '../reports/report-document.store.ts';
import { seedReports } from '../reports/report.demo.ts';
import { toRenderDocument } from '../reports/report-render.ts';
import { importDocument } from './import-document.ts';
import type { ImportResult } from './import-result.ts';

describe('the demo report printed to PDF and imported again', () => {
  let database: TestDatabase;
  let document: ReportDocument;
  let result: ImportResult;

  beforeAll(async () => {
    database = await openTestDatabase('pglite');
    const { tenantId, ids } = await seedDemo(database.db, { steps: [seedFoundation, seedReports] });
    document = (await loadReportDocument(database.db, tenantId, ids.reports.get('ks-aug-2023')!))!;
    const pdf = await renderPdf(toRenderDocument(document));
    result = await importDocument(new Uint8Array(pdf), { fileName: 'delarsrapport-augusti-2023-for-kommunstyrelsen.pdf' });
  }, 180_000);

  afterAll(async () => {
    await database?.close();
  });

  it('gives every assignment the report accounts for, in its subsection, with its title', () => {
    const printed = flattenSections(document.sections)
      .filter((s) => s.kind === 'account-group')
      .flatMap((s) => s.accounts.map((a) => ({ section: s.number, dnr: a.dnr, title: a.title.trim().replace(/[.\s]+$/, '') })));
    expect(printed).toHaveLength(14);
    expect(result.report.assignments.map((a) => ({ section: a.section, dnr: a.dnr, title: a.title }))).toEqual(printed);
    expect(result.warnings.filter((w) => /uppdrag/.test(w.message))).toEqual([]);
  });

  it('keeps the footer out of the text and every heading in it', () => {
    expect(result.source.pages).toBeGreaterThan(15);
    const footer = `${document.cycle.name} – ${document.organisation.name}`;
    expect(result.report.assignments.filter((a) => a.account.includes(footer) || a.account === '').map((a) => a.dnr)).toEqual([]);
    const numbers = new Set(result.report.sections.map((s) => s.number));
    const missing = flattenSections(document.sections).filter((s) => s.number && !numbers.has(s.number)).map((s) => s.number);
    expect(missing).toEqual([]);
  });
});
