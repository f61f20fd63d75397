/**
 * The board's August 2023 report as the demo holds it: the checker finds the seed's printed
 * inconsistencies and nothing on figures that hold, and the printed outputs are real
 * documents (a PDF with "N (M)" footers, a DOCX with Word headings).
 */
import JSZip from 'jszip';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, expect, it } from 'vitest';
import { describeDb } from '../../test/harness.ts';
import { signedInClient, TestClient } from '../../test/factories.ts';
import type { Finding } from '../checks/check-document.ts';
import { seedFoundation } from '../demo/foundation.demo.ts';
import { DEMO_TENANT } from '../demo/goteborg-2023.data.ts';
import { seedDemo } from '../demo/seed-demo.ts';
import { listGoals } from '../goals/goal.store.ts';
import { listAccountsOfAssignment, listAdoptedReports, listAssessmentsOfGoal } from './adopted-report.store.ts';
import { listAssignmentAccounts } from './assignment-account.store.ts';
import { checkReportJson, isReportJson, runReportCheck } from './report-check.command.ts';
import { seedReports } from './report.demo.ts';
import { flattenSections, type ReportDocument } from './report-document.ts';

const HR = 'Personal- och kompetensförsörjning';
const brief = ({ rule, where, values }: Finding) => ({ rule, block: where.block, row: where.row, column: where.column, values });

describeDb('the demo report: Delårsrapport augusti 2023 för kommunstyrelsen', (ctx) => {
  let reportId = '';
  let assignment1446 = '';
  let controller: TestClient;
  let findings: Finding[];

  beforeAll(async () => {
    const { ids } = await seedDemo(ctx.db, { steps: [seedFoundation, seedReports] });
    reportId = ids.reports.get('ks-aug-2023')!;
    assignment1446 = ids.assignments.get('1446/22')!;
    controller = await signedInClient(ctx.app, ctx.db, DEMO_TENANT, 'controller');
    findings = (await controller.get(`/api/v1/reports/${reportId}/findings`)).body.data;
  }, 120_000);

  it('is accepted, with sections 1–4 numbered as printed and all its tables', async () => {
    const document = (await controller.get(`/api/v1/reports/${reportId}`)).body as ReportDocument;
    expect(document.report.status).toBe('accepted');
    const sections = flattenSections(document.sections);
    const numbered = new Map(sections.map((s) => [s.number, s]));
    expect(numbered.get('2.2.11')!.lines).toEqual(['Kommunstyrelsen och Göteborgs Stadshus AB är gemensamt huvudansvariga för målet.']);
    expect(numbered.get('2.2.4')!.lines).toEqual([]);
    expect(numbered.get('3.3.3.2')!.title).toBe('3.4.4.2 Arbete i Sveriges Kommuner och Regioner kring kommungemensam agenda');
    expect(sections.flatMap((s) => s.tables.map((t) => t.id))).toEqual([
      '2.1.1#1',
      '3.1.1#1',
      '3.1.3.1#1',
      '3.1.3.2#1',
      '3.1.3.3#1',
      '3.2.1#1',
      '3.2.1#2',
      '3.2.4#1',
      '3.3.1#1',
      '4.3#1',
    ]);
    // A figure given as printed is shown as printed, beside what it should have been.
    const whole = numbered.get('4.3')!.tables[0]!.rows.find((r) => r.block === 'Hela kommunledningen' && r.key.endsWith('/income'))!;
    expect(whole.cells[4]).toMatchObject({ given: '120,1', computed: '121,1', shown: '120,1', differs: true });
    const carriedOver = numbered.get('4.2.1')!.auditReports.flatMap((r) => r.recommendations.filter((x) => x.carriedOverFrom).map((x) => `${x.text} (${x.carriedOverFrom})`));
    expect(carriedOver.sort()).toEqual([
      'God ekonomisk hushållning (2019)',
      'Uppföljning av det systematiska arbetsmiljöarbetet (2021)',
      'Uppföljning av organisation och ansvarsfördelning för va-verksamheten (2021)',
    ]);
  });

  it('accounts for the fourteen assignments in the subsections the seed prints them in', async () => {
    const accounts = await listAssignmentAccounts(ctx.db, DEMO_TENANT.id, reportId);
    const bySection = new Map<string, string[]>();
    for (const a of accounts) bySection.set(a.section, [...(bySection.get(a.section) ?? []), a.dnr]);
    expect(Object.fromEntries(bySection)).toEqual({
      '4.1.2.1': ['1446/22', '1447/22', '1443/22', '0198/23', '0200/23', '0197/23'],
      '4.1.2.2': ['0199/23', '1441/22'],
      '4.1.3.1': ['1407/22', '0630/23'],
      '4.1.3.2': ['0921/22', '1236/22', '0424/23'],
      '4.1.4.1': ['1432/22'],
    });
  });

  it('tells the portal what the report said about an assignment and a goal, once it is adopted', async () => {
    expect(await listAccountsOfAssignment(ctx.db, DEMO_TENANT.id, assignment1446)).toEqual([]);
    const [account] = await listAccountsOfAssignment(ctx.db, DEMO_TENANT.id, assignment1446, { statuses: ['accepted'] });
    expect(account).toMatchObject({ id: reportId, section: '4.1.2.1', proposed: 'done', organisationName: 'Kommunstyrelsen', cycleName: 'Delårsrapport augusti 2023' });
    expect(account!.html).toContain('mentorprogram');
    const goal = (await listGoals(ctx.db, DEMO_TENANT.id, { year: 2023 })).find((g) => g.number === 11)!;
    const [assessment] = await listAssessmentsOfGoal(ctx.db, DEMO_TENANT.id, goal.id, { statuses: ['accepted'] });
    expect(assessment!.html).toContain('avsnitt 3.4.1');
    expect(await listAdoptedReports(ctx.db, DEMO_TENANT.id)).toEqual([]);
  });

  it('reports the printed inconsistencies of 4.3 and 4.3.1', () => {
    const in43 = findings.filter((f) => f.where.section === '4.3');
    expect(in43.map(brief)).toEqual([
      { rule: 'drafting-note', values: ['Ansvarig hela avsnitt 3: Anders R/Anneli H'] },
      { rule: 'consolidated-equals-sum-of-units', block: 'Hela kommunledningen', row: 'Intäkter', column: 'Prognos', values: ['44,4', '2,1', '74,6', '120,1'] },
      { rule: 'same-quantity-same-figure', block: 'Hela kommunledningen', row: 'Intäkter', column: 'Utfall fg år', values: ['66,1', '66'] },
      { rule: 'same-quantity-same-figure', block: 'Hela kommunledningen', row: 'Intäkter', column: 'Fg prognos', values: ['119,4', '119,5'] },
      { rule: 'consolidated-equals-sum-of-units', block: 'Hela kommunledningen', row: 'Kostnader', column: 'Prognos', values: ['-355,7', '-103,8', '-74,5', '-43,9', '-577,1'] },
      { rule: 'consolidated-equals-sum-of-units', block: 'Hela kommunledningen', row: 'Kommunbidrag', column: 'Fg prognos', values: ['280,2', '105,7', '386,5'] },
      { rule: 'rows-sum-to-result', block: 'SLK', row: 'Resultat', column: 'Fg prognos', values: ['44,1', '-364,3', '280,2', '39,5', '0'] },
      { rule: 'costs-are-negative', block: 'Politisk verksamhet', row: 'Kostnader', column: 'Fg prognos', values: ['106,5'] },
      { rule: 'variance-equals-actual-minus-budget', block: 'Övrig verksamhet', row: 'Intäkter', column: 'Avvikelse', values: ['47,8', '49,8', '1,8'] },
      { rule: 'variance-equals-actual-minus-budget', block: 'Övrig verksamhet', row: 'Kostnader', column: 'Avvikelse', values: ['-47,8', '-49,8', '-1,8'] },
      { rule: 'sum-row-equals-rows-above', block: HR, row: 'Summa', column: 'Prognos', values: ['1,10', '3,62', '5,20', '8,60', '8,53', '0,94', '8,45', '7,09', '43,73'] },
      { rule: 'sum-row-equals-rows-above', block: HR, row: 'Summa', column: 'Fg prognos', values: ['1,10', '2,90', '4,70', '8,60', '9,22', '2,63', '8,45', '7,55', '45,00'] },
      { rule: 'breakdown-sign-consistent', block: HR, row: 'Summa', column: undefined, values: ['-16,63', '43,73'] },
      { rule: 'breakdown-sum-equals-costs', block: HR, row: 'Summa', column: 'Utfall fg år', values: ['-13,3', '-8,92'] },
      { rule: 'breakdown-sum-equals-costs', block: HR, row: 'Summa', column: 'Prognos', values: ['-43,9', '43,73'] },
    ]);
    expect(findings.filter((f) => f.where.section === '4.3.1').map(brief)).toEqual([
      { rule: 'prose-figure-matches-table', block: 'SLK', row: 'Resultat', column: 'Utfall', values: ['20,6 mnkr', '19,9'] },
      { rule: 'prose-figure-matches-table', block: 'SLK', row: 'Resultat', column: 'Budget', values: ['5,8 mnkr', '5,9'] },
      { rule: 'prose-figure-matches-table', block: 'SLK', row: 'Resultat', column: 'Avvikelse', values: ['8,4 mnkr', '14,1'] },
      { rule: 'prose-figure-matches-table', block: HR, row: 'Kostnader', column: 'Avvikelse', values: ['1,8 mnkr', '1,9'] },
    ]);
  });

  it('raises no arithmetic finding on 3.2.1, and nothing on the prose of 3.2.2 and 3.2.3', () => {
    expect(findings.filter((f) => f.where.table?.startsWith('3.2.1') || f.where.section === '3.2.1')).toEqual([]);
    expect(findings.filter((f) => ['3.2.2', '3.2.3', '3.2.4', '3.3.1'].includes(f.where.section ?? ''))).toEqual([]);
  });

  it('finds the broken reference of 2.2.11 and the stray number of 3.3.3.2', () => {
    expect(findings.find((f) => f.where.section === '2.2.11')).toMatchObject({ rule: 'reference-to-missing-section', values: expect.arrayContaining(['avsnitt 3.4.1']) });
    expect(findings.find((f) => f.where.section === '3.3.3.2')).toMatchObject({ rule: 'heading-with-two-numbers' });
  });

  it('checks the same way from a JSON file saved from the API (`uppsikt check report.json`)', async () => {
    const saved = (await controller.get(`/api/v1/reports/${reportId}`)).text;
    expect(isReportJson(saved)).toBe(true);
    const file = await controller.get(`/api/v1/reports/${reportId}.json`);
    expect(file.headers.get('content-disposition')).toBe('attachment; filename="delarsrapport-augusti-2023-for-kommunstyrelsen.json"');
    expect(JSON.parse(file.text)).toEqual(JSON.parse(saved));
    expect(isReportJson('%PDF-1.7')).toBe(false);
    expect(checkReportJson(new TextEncoder().encode(saved)).findings).toEqual(findings);
    const out: string[] = [];
    const err: string[] = [];
    const io = { stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s) };
    expect(runReportCheck(saved, { json: false }, io)).toBe(1);
    expect(out.join('')).toContain('FEL  avsnitt 4.3.1, SLK, Resultat, Utfall: Texten anger resultatet för stadsledningskontoret till 20,6 mnkr');
    expect(runReportCheck('{"format":"något annat"}', { json: true, fileName: 'x.json' }, io)).toBe(2);
    expect(err.join('')).toContain('x.json: Filen är inte en rapport från Uppsikt');
  });

  it('prints as a PDF with numbered headings and "N (M)" page footers', async () => {
    const res = await controller.get(`/api/v1/reports/${reportId}/export?format=pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toContain('delarsrapport-augusti-2023-for-kommunstyrelsen.pdf');
    // The accepted (not yet adopted) report is not public.
    expect((await new TestClient(ctx.app, DEMO_TENANT).get(`/api/v1/reports/${reportId}/export?format=pdf`)).status).toBe(404);
    const raw = await fetchBinary(controller, `/api/v1/reports/${reportId}/export?format=pdf`);
    const pdf = await getDocument({ data: raw, useSystemFonts: false, isEvalSupported: false }).promise;
    expect(pdf.numPages).toBeGreaterThan(15);
    const pages: string[] = [];
    for (let p = 1; p <= pdf.numPages; p++) {
      const content = await (await pdf.getPage(p)).getTextContent();
      pages.push(content.items.map((i) => ('str' in i ? i.str : '')).join(' ').replace(/\s+/g, ' '));
    }
    // The title page carries no footer; every other page says where it is.
    for (let p = 2; p <= pdf.numPages; p++) expect(pages[p - 1], `page ${p}`).toContain(`${p} (${pdf.numPages})`);
    const all = pages.join(' ');
    expect(all).toContain('Delårsrapport augusti 2023');
    expect(all).toMatch(/4\.1\.2\.1\s+Uppdrag stadsledningskontoret föreslår/);
    expect(all).toContain('−343,2');
    expect(all).toContain('106,5');
  }, 60_000);

  it('prints as a DOCX whose headings are Word headings', async () => {
    const zip = await JSZip.loadAsync(await fetchBinary(controller, `/api/v1/reports/${reportId}/export?format=docx`));
    const xml = await zip.file('word/document.xml')!.async('string');
    const headings = [...xml.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)]
      .map((m) => ({ style: /<w:pStyle w:val="(Heading\d)"\/>/.exec(m[1]!)?.[1], text: [...m[1]!.matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('') }))
      .filter((p) => p.style);
    expect(headings).toEqual(
      expect.arrayContaining([
        { style: 'Heading1', text: expect.stringMatching(/^4\s*Styrinformation till nämnden$/) },
        { style: 'Heading2', text: expect.stringMatching(/^4\.3\s*Ekonomisk uppföljning$/) },
        { style: 'Heading4', text: expect.stringMatching(/^4\.1\.2\.1\s*Uppdrag stadsledningskontoret/) },
      ]),
    );
  }, 60_000);

  it('shows the report on /rapporter/{id} to those working on it, not yet to the public', async () => {
    const page = await controller.request('GET', `/rapporter/${reportId}`, undefined, { accept: 'text/html' });
    expect(page.status).toBe(200);
    expect(page.text).toContain('<h1>Delårsrapport augusti 2023 för kommunstyrelsen</h1>');
    expect(page.text).toContain('class="uppsikt-document"');
    expect(page.text).toContain('/assets/dokument.css');
    const anonymous = new TestClient(ctx.app, DEMO_TENANT);
    expect((await anonymous.request('GET', `/rapporter/${reportId}`, undefined, { accept: 'text/html' })).status).toBe(404);
    const css = await anonymous.request('GET', '/assets/dokument.css', undefined, { accept: 'text/css' });
    expect(css.text).toContain('.uppsikt-document');
  });
});

async function fetchBinary(client: TestClient, path: string): Promise<Uint8Array> {
  // TestClient reads bodies as text; binary files are fetched with its cookie and read as bytes.
  const cookie = (client as unknown as { cookie?: string }).cookie;
  const res = await (client as unknown as { app: { request: (url: string, init: RequestInit) => Promise<Response> } }).app.request(
    `http://${client.tenant.hostnames[0]}${path}`,
    { headers: { host: client.tenant.hostnames[0]!, ...(cookie ? { cookie } : {}) } },
  );
  return new Uint8Array(await res.arrayBuffer());
}
