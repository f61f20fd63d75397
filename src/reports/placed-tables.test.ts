import { beforeAll, expect, it } from 'vitest';
import { describeDb } from '../../test/harness.ts';
import { signedInClient } from '../../test/factories.ts';
import type { Finding } from '../checks/check-document.ts';
import { seedFoundation } from '../demo/foundation.demo.ts';
import { DEMO_TENANT } from '../demo/goteborg-2023.data.ts';
import { seedDemo } from '../demo/seed-demo.ts';
import { seedSurveys } from '../surveys/survey.demo.ts';
import { seedReports } from './report.demo.ts';
import type { ReportDocument } from './report-document.ts';

describeDb('survey tables placed in the demo report', (ctx) => {
  let reportId = '';
  beforeAll(async () => {
    const { ids } = await seedDemo(ctx.db, { steps: [seedFoundation, seedReports, seedSurveys] });
    reportId = ids.reports.get('ks-aug-2023')!;
  }, 120_000);

  it("carries attachment 2's Tabell 1 with the report, and checks it with the report", async () => {
    const controller = await signedInClient(ctx.app, ctx.db, DEMO_TENANT, 'controller');
    const document = (await controller.get(`/api/v1/reports/${reportId}`)).body as ReportDocument;
    expect(document.attachments?.map((a) => [a.part, a.tables.map((t) => t.caption)])).toEqual([
      ['attachment-2', [expect.stringContaining('Tabell 1')]],
    ]);
    const findings = (await controller.get(`/api/v1/reports/${reportId}/findings`)).body.data as Finding[];
    const ratios = findings.filter((f) => f.where.part === 'attachment-2' && f.rule === 'ratio-matches-figures').map((f) => f.values[0]);
    expect(ratios).toEqual(['0,8 %', '0,4 %']);
    // The report's own findings are all still there, and none is listed twice.
    expect(findings.filter((f) => f.where.section === '4.3.1')).toHaveLength(4);
    const keys = findings.map((f) => JSON.stringify([f.rule, f.where, f.values]));
    expect(new Set(keys).size).toBe(keys.length);
  });
});
