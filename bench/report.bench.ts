/**
 * Report figures (issue 3), on the demo report (Delårsrapport augusti 2023 för kommunstyrelsen):
 * - assembling it from the database (PGlite);
 * - rendering it to HTML, PDF and DOCX;
 * - the checker on it;
 * - city-wide consolidation of 60 organisations' reports: the pure sum, and the whole
 *   GET /api/v1/cycles/{id}/consolidation with 60 reports in PGlite.
 *
 * `npx tsx bench/report.bench.ts`
 */
import { randomUUID } from 'node:crypto';
import { readConfig } from '../src/config.ts';
import { checkDocument } from '../src/checks/checker.ts';
import { connect } from '../src/db/connection.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { seedFoundation } from '../src/demo/foundation.demo.ts';
import { DEMO_TENANT } from '../src/demo/goteborg-2023.data.ts';
import { seedDemo } from '../src/demo/seed-demo.ts';
import { createApp } from '../src/http/app.ts';
import { insertOrganisation } from '../src/organisations/organisation.store.ts';
import { renderDocx } from '../src/render/docx.renderer.ts';
import { renderHtmlDocument } from '../src/render/html.renderer.ts';
import { renderPdf } from '../src/render/pdf.renderer.ts';
import { consolidate } from '../src/reports/consolidation.ts';
import { BOARD_ECONOMY } from '../src/reports/ks-aug-2023.demo-data.ts';
import { toCheckDocument } from '../src/reports/report-check.ts';
import { loadReportDocument } from '../src/reports/report-document.store.ts';
import type { ReportDocument } from '../src/reports/report-document.ts';
import { toRenderDocument } from '../src/reports/report-render.ts';
import { createReport, saveReportSection, submitReport } from '../src/reports/report.commands.ts';
import { seedReports } from '../src/reports/report.demo.ts';
import { replaceParticipants } from '../src/reports/report.store.ts';
import { TenantResolver } from '../src/tenants/tenant-resolver.ts';
import { summary, timeEach } from './stats.ts';

const ORGANISATIONS = 60;

const handle = await connect({});
await migrateToLatest(handle.db);
const { db } = handle;
const actor = { kind: 'system' as const, tenantId: DEMO_TENANT.id, label: 'Bench' };

const { ids } = await seedDemo(db, { steps: [seedFoundation, seedReports] });
const reportId = ids.reports.get('ks-aug-2023')!;
const cycleId = ids.cycles.get('aug-2023')!;

console.log(summary('assemble the demo report from PGlite', await timeEach(20, () => loadReportDocument(db, DEMO_TENANT.id, reportId))));
const document = (await loadReportDocument(db, DEMO_TENANT.id, reportId))!;
const printable = toRenderDocument(document);
console.log(summary('render HTML', await timeEach(20, async () => renderHtmlDocument(printable))));
let pages = 0;
console.log(
  summary(
    'render PDF',
    await timeEach(3, async () => {
      const pdf = await renderPdf(printable);
      pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
    }),
  ),
  `— ${pages} pages`,
);
console.log(summary('render DOCX', await timeEach(3, () => renderDocx(printable))));
let findings = 0;
console.log(
  summary(
    'check (toCheckDocument + checkDocument)',
    await timeEach(50, async () => {
      findings = checkDocument(toCheckDocument(document)).length;
    }),
  ),
  `— ${findings} findings`,
);

// 60 organisations' reports in memory: the demo report under 60 names, one in five still a draft.
const many: ReportDocument[] = Array.from({ length: ORGANISATIONS }, (_, i) => ({
  ...document,
  report: { ...document.report, id: randomUUID(), status: i % 5 === 4 ? 'draft' : 'submitted' },
  organisation: { id: `org-${i}`, name: `Nämnd ${i + 1}`, shortName: null },
}));
const expected = [...many.map((d) => ({ id: d.organisation.id, name: d.organisation.name })), { id: 'org-none', name: 'Nämnd utan rapport' }];
console.log(summary(`consolidate ${ORGANISATIONS} reports (pure)`, await timeEach(50, async () => consolidate({ expected, reports: many }))));

// The same through the API, with 60 organisations' reports stored in PGlite.
const organisationIds: string[] = [];
await db.transaction().execute(async (trx) => {
  for (let i = 0; i < ORGANISATIONS; i++) {
    const org = await insertOrganisation(trx, DEMO_TENANT.id, { kind: 'committee', name: `Bänknämnd ${i + 1}` });
    organisationIds.push(org.id);
    const report = await createReport(trx, actor, DEMO_TENANT, { organisationId: org.id, cycleId });
    await saveReportSection(trx, actor, DEMO_TENANT, { reportId: report.id, key: 'board-economy', version: 0, content: { figures: { units: BOARD_ECONOMY.units } } });
    if (i % 5 !== 4) await submitReport(trx, actor, DEMO_TENANT, { reportId: report.id });
  }
  await replaceParticipants(trx, DEMO_TENANT.id, cycleId, organisationIds);
});
const app = createApp({ db, config: readConfig({ PORT: '3000' }), tenants: new TenantResolver(db, undefined, 0), log: () => {} });
const session = await app.request(`http://${DEMO_TENANT.hostnames[0]}/api/v1/session`, {
  method: 'POST',
  headers: { 'content-type': 'application/json', host: DEMO_TENANT.hostnames[0]! },
  body: JSON.stringify({ email: 'controller@demo.uppsikt.se', password: 'uppsikt-demo' }),
});
const cookie = session.headers.get('set-cookie')!.split(';')[0]!;
let missing = 0;
console.log(
  summary(
    `GET /cycles/{id}/consolidation, ${ORGANISATIONS + 1} reports in PGlite`,
    await timeEach(3, async () => {
      const res = await app.request(`http://${DEMO_TENANT.hostnames[0]}/api/v1/cycles/${cycleId}/consolidation`, { headers: { cookie, host: DEMO_TENANT.hostnames[0]! } });
      missing = ((await res.json()) as { missing: unknown[] }).missing.length;
    }),
  ),
  `— ${missing} missing`,
);

await handle.close();
