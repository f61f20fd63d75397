/**
 * axe-core (WCAG 2.1 A/AA) on every page type of the staff workspace, in Debian's Chromium,
 * with the demo municipality plus a fresh reporting cycle, a single-sign-on provider and a
 * finished long task. The list of page types comes from the workspace's route table, so a
 * new page without an entry here fails.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, runAxe } from '../browser/axe.ts';
import { hasChromium, launchChromium, NO_CHROMIUM } from '../browser/chromium.ts';
import { startDemoServer, type DemoServer } from '../browser/demo-server.ts';
import { signInAs } from '../browser/sign-in.ts';
import { createOidcProvider } from '../../src/auth/oidc-provider.commands.ts';
import { enqueueJob } from '../../src/jobs/job.store.ts';
import { JobWorker } from '../../src/jobs/job-worker.ts';
import { findTenant } from '../../src/tenants/tenant.store.ts';
import { openReportingCycle } from '../../src/workspace/cycle-opening.commands.ts';
import { STAFF_ROUTES } from '../../src/workspace/staff-routes.ts';
import { REPORT_DOCUMENT_JOB, WORKSPACE_JOB_HANDLERS } from '../../src/workspace/workspace-jobs.ts';

if (!hasChromium) console.warn(NO_CHROMIUM);

/** GET routes that are no pages (JSON, files, redirects) or are covered by another feature's browser test. */
const NOT_PAGES: Record<string, string> = {
  '/arbete/arbeten/:id/status': 'JSON for workspace.js',
  '/arbete/filer/:id': 'a file download',
  '/arbete/sso/:providerId': 'a redirect to the identity provider',
  '/arbete/sso/tillbaka': 'a redirect back from the identity provider',
};
const OTHER_FEATURES = /^\/arbete\/enkater/; // src/surveys/survey.browser.test.ts

describe.skipIf(!hasChromium)('workspace pages in Chromium', () => {
  let server: DemoServer;
  let browser: Browser;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    server = await startDemoServer({
      prepare: async (db, tenantId) => {
        const tenant = (await findTenant(db, tenantId))!;
        const system = { kind: 'system' as const, tenantId, label: 'Test' };
        const ks = (await db.selectFrom('organisations').select('id').where('tenant_id', '=', tenantId).where('name', '=', 'Kommunstyrelsen').executeTakeFirstOrThrow()).id;
        const admin = (await db.selectFrom('users').select('id').where('tenant_id', '=', tenantId).where('email', '=', 'admin@demo.uppsikt.se').executeTakeFirstOrThrow()).id;
        const opened = await db.transaction().execute((trx) =>
          openReportingCycle(trx, system, tenant, {
            kind: 'interim',
            name: 'Delårsrapport april 2024',
            year: 2024,
            periodStart: '2024-01-01',
            periodEnd: '2024-04-30',
            committeeDeadline: '2024-05-31',
            organisationIds: [ks],
          }),
        );
        const provider = await db.transaction().execute((trx) =>
          createOidcProvider(trx, system, tenantId, { name: 'Kommunens konto', issuer: 'https://login.example.se', clientId: 'uppsikt', clientSecret: 'hemligt' }),
        );
        const job = await db.transaction().execute((trx) => enqueueJob(trx, tenantId, { kind: REPORT_DOCUMENT_JOB, payload: { userId: admin, reportId: opened.reportIds[0], format: 'docx' } }));
        const worker = new JobWorker(db, () => {});
        for (const [kind, handler] of Object.entries(WORKSPACE_JOB_HANDLERS)) worker.register(kind, handler);
        await worker.runDueJobs();
        const matter = (await db.selectFrom('matters').select('id').where('tenant_id', '=', tenantId).where('dnr', '=', '0064/23').executeTakeFirstOrThrow()).id;
        const item = await db.selectFrom('agenda_items').select(['id', 'meeting_id']).where('tenant_id', '=', tenantId).where('matter_id', '=', matter).executeTakeFirstOrThrow();
        const account = await db.selectFrom('assignees').innerJoin('assignments', (j) => j.onRef('assignments.tenant_id', '=', 'assignees.tenant_id').onRef('assignments.id', '=', 'assignees.assignment_id'))
          .select(['assignments.id', 'assignments.origin']).where('assignees.tenant_id', '=', tenantId).where('assignees.organisation_id', '=', ks).where('assignees.status', 'in', ['in-progress', 'partially-reported']).executeTakeFirstOrThrow();
        const section = { 'council-budget': 'assignments-council-budget', council: 'assignments-council', board: 'assignments-board' }[account.origin as 'council'];
        Object.assign(ids, { ks, admin, cycle: opened.cycle.id, report: opened.reportIds[0], provider: provider.id, job, matter, item: item.id, meeting: item.meeting_id, account: `${section}:${account.id}` });
      },
    });
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Each page type with a concrete address in the demo; several for the section editor's kinds. */
  const pages = (): Record<string, string[]> => {
    const report = `/arbete/rapporter/${ids.report}`;
    return {
      '/arbete': ['/arbete'],
      '/arbete/admin': ['/arbete/admin'],
      '/arbete/admin/personer': ['/arbete/admin/personer'],
      '/arbete/admin/personer/:id': [`/arbete/admin/personer/${ids.admin}`],
      '/arbete/admin/organisationer': ['/arbete/admin/organisationer'],
      '/arbete/admin/organisationer/:id': [`/arbete/admin/organisationer/${ids.ks}`],
      '/arbete/admin/inloggning': ['/arbete/admin/inloggning'],
      '/arbete/admin/inloggning/:id': [`/arbete/admin/inloggning/${ids.provider}`],
      '/arbete/andringslogg': ['/arbete/andringslogg', '/arbete/andringslogg?entityType=report'],
      '/arbete/rapporter': ['/arbete/rapporter'],
      '/arbete/rapporter/:id': [report],
      '/arbete/rapporter/:id/avsnitt/:key': ['summary', 'operations-indicators', 'competence-now', 'economy-summary', 'central-funds', 'administration-limits', ids.account!].map((k) => `${report}/avsnitt/${k}`),
      '/arbete/uppfoljning': ['/arbete/uppfoljning'],
      '/arbete/uppfoljning/:id': [`/arbete/uppfoljning/${ids.cycle}`],
      '/arbete/uppfoljning/:id/sammanstallning': [`/arbete/uppfoljning/${ids.cycle}/sammanstallning`],
      '/arbete/arenden': ['/arbete/arenden'],
      '/arbete/arenden/:id': [`/arbete/arenden/${ids.matter}`],
      '/arbete/sammantraden': ['/arbete/sammantraden'],
      '/arbete/sammantraden/:id': [`/arbete/sammantraden/${ids.meeting}`],
      '/arbete/sammantraden/:id/punkter/:itemId': [`/arbete/sammantraden/${ids.meeting}/punkter/${ids.item}`],
      '/arbete/arbeten': ['/arbete/arbeten'],
      '/arbete/arbeten/:id': [`/arbete/arbeten/${ids.job}`],
      '/arbete/inlasning': ['/arbete/inlasning'],
      '/arbete/ledamoter': ['/arbete/ledamoter', `/arbete/ledamoter?organ=${ids.ks}`],
      // Signed out.
      '/arbete/logga-in': [],
      '/arbete/losenord': [],
      '/arbete/losenord/nytt': [],
    };
  };

  it('has an address for every page type of the route table', () => {
    const table = pages();
    const missing = STAFF_ROUTES.filter((r) => r.method === 'get' && !OTHER_FEATURES.test(r.path) && !(r.path in NOT_PAGES) && !(r.path in table)).map((r) => r.path);
    expect(missing).toEqual([]);
  });

  async function check(page: Page, label: string, found: Record<string, string[]>) {
    const lines = describeViolations(await runAxe(page));
    if (lines.length) found[label] = lines;
  }

  it('finds no WCAG 2.1 A/AA violations signed out: sign-in (also with an error), password reset', async () => {
    const found: Record<string, string[]> = {};
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/arbete/logga-in`);
    await check(page, 'sign-in', found);
    await page.getByLabel('E-postadress', { exact: true }).fill('admin@demo.uppsikt.se');
    await page.getByLabel('Lösenord', { exact: true }).fill('fel lösenord');
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Logga in' }).click()]);
    expect(await page.locator('#error-summary').innerText()).toContain('Fel e-postadress eller lösenord.');
    await check(page, 'sign-in with an error', found);
    await page.goto(`${server.url}/arbete/losenord`);
    await check(page, 'password reset', found);
    await page.getByLabel('E-postadress', { exact: true }).fill('lasare@demo.uppsikt.se');
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Skicka länk' }).click()]);
    await check(page, 'password reset sent', found);
    const link = server.log.map((l) => /https?:\/\/\S+\/arbete\/losenord\/nytt\?token=\S+/.exec(l)?.[0]).find(Boolean)!;
    await page.goto(`${server.url}${new URL(link).pathname}${new URL(link).search}`);
    expect(await page.getByLabel('Nytt lösenord', { exact: true }).count()).toBe(1);
    await check(page, 'new password', found);
    await context.close();
    expect(found).toEqual({});
  }, 120_000);

  it('finds no WCAG 2.1 A/AA violations on the signed-in pages', async () => {
    const found: Record<string, string[]> = {};
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInAs(page, server.url, 'admin@demo.uppsikt.se');
    let count = 0;
    for (const paths of Object.values(pages())) {
      for (const path of paths) {
        const res = await page.goto(`${server.url}${path}`);
        expect(res?.status(), path).toBe(200);
        await check(page, path, found);
        count++;
      }
    }
    expect(count).toBeGreaterThan(25);
    await context.close();
    expect(found).toEqual({});
  }, 180_000);
});
