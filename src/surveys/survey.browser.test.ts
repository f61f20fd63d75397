/**
 * The survey pages of the demo in Debian's Chromium: an organisation answers the next round
 * of the grant-control survey without JavaScript (an invalid answer comes back beside its
 * question), a controller places the table in a report without JavaScript, and every page
 * type of the route table under /arbete/enkater — the list, the answer form with and without
 * errors, the controller's page, writing and changing a survey, placing its table — has no
 * WCAG 2.1 A/AA violations by axe-core.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, runAxe } from '../../test/browser/axe.ts';
import { hasChromium, launchChromium, NO_CHROMIUM } from '../../test/browser/chromium.ts';
import { startDemoServer, type DemoServer } from '../../test/browser/demo-server.ts';
import { signInAs } from '../../test/browser/sign-in.ts';
import { findTenant } from '../tenants/tenant.store.ts';
import { openReportingCycle } from '../workspace/cycle-opening.commands.ts';
import { STAFF_ROUTES } from '../workspace/staff-routes.ts';
import { createNextRound, openSurvey } from './survey.commands.ts';
import { DEMO_SURVEY_REPORTER } from './survey.demo.ts';

if (!hasChromium) console.warn(NO_CHROMIUM);

describe.skipIf(!hasChromium)('survey pages in Chromium', () => {
  let server: DemoServer;
  let browser: Browser;
  let lastYear: string;
  let thisYear: string;
  let iof: string;
  let draft: string;
  let report: string;

  beforeAll(async () => {
    server = await startDemoServer({
      // The demo's next round is a draft; open it so there is something to answer, and write the
      // round after it (a draft to change). The demo's only report is adopted: open a new
      // reporting cycle for a report that can take the table.
      prepare: async (db, tenantId) => {
        const tenant = (await findTenant(db, tenantId))!;
        const system = { kind: 'system' as const, tenantId, label: 'Test' };
        const next = await db.selectFrom('surveys').select('id').where('tenant_id', '=', tenantId).where('previous_round_id', 'is not', null).executeTakeFirstOrThrow();
        await db.transaction().execute(async (trx) => {
          await openSurvey(trx, system, tenant, next.id);
          draft = (await createNextRound(trx, system, tenant, next.id, { title: 'Kontrollarbetet inom föreningsbidrag och kulturstöd augusti 2025', deadline: '2025-08-22' })).id;
        });
        const ks = (await db.selectFrom('organisations').select('id').where('tenant_id', '=', tenantId).where('name', '=', 'Kommunstyrelsen').executeTakeFirstOrThrow()).id;
        const opened = await db.transaction().execute((trx) =>
          openReportingCycle(trx, system, tenant, {
            kind: 'interim',
            name: 'Delårsrapport augusti 2024',
            year: 2024,
            periodStart: '2024-01-01',
            periodEnd: '2024-08-31',
            committeeDeadline: '2024-09-30',
            organisationIds: [ks],
          }),
        );
        report = opened.reportIds[0]!;
      },
    });
    browser = await launchChromium();
    const t = server.tenantId;
    const rounds = await server.db.selectFrom('surveys').select(['id', 'previous_round_id']).where('tenant_id', '=', t).execute();
    lastYear = rounds.find((r) => r.previous_round_id === null)!.id;
    thisYear = rounds.find((r) => r.previous_round_id === lastYear)!.id;
    iof = (await server.db.selectFrom('organisations').select('id').where('tenant_id', '=', t).where('name', '=', 'Idrotts- och föreningsförvaltningen').executeTakeFirstOrThrow()).id;
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lets an organisation answer without JavaScript, with errors beside their questions', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await signInAs(page, server.url, DEMO_SURVEY_REPORTER.email);
      await page.goto(`${server.url}/arbete/enkater`);
      await page.click(`a[href="/arbete/enkater/${thisYear}/svar/${iof}"]`);
      await page.fill('#q-ansokningar', 'cirka 1 800');
      await page.fill('#q-utbetalt', '131');
      await page.check('input[name="unknown.granskningar_stodperiod"]');
      await Promise.all([page.waitForNavigation(), page.click('button[value="save"]')]);
      expect(await page.locator('#error-summary').textContent()).toContain('Antal ansökningar: "cirka 1 800" är inte ett tal.');
      expect(await page.inputValue('#q-ansokningar')).toBe('cirka 1 800');
      expect(await page.isChecked('input[name="unknown.granskningar_stodperiod"]')).toBe(true);

      await page.fill('#q-ansokningar', '1 800');
      await Promise.all([page.waitForNavigation(), page.click('button[value="save"]')]);
      expect(await page.locator('p.notice').first().textContent()).toContain('Utkastet är sparat.');
      expect(await page.inputValue('#q-ansokningar')).toBe('1800');
    } finally {
      await context.close();
    }
  });

  it('lets a controller place the table in a report without JavaScript, with errors on the form', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await signInAs(page, server.url, 'controller@demo.uppsikt.se');
      await page.goto(`${server.url}/arbete/enkater/${lastYear}`);
      await Promise.all([page.waitForNavigation(), page.click(`a[href="/arbete/enkater/${lastYear}/placera"]`)]);
      await page.selectOption('#p-report', report);
      await Promise.all([page.waitForNavigation(), page.click('form[method="get"][action$="/placera"] button[type="submit"]')]);
      await Promise.all([page.waitForNavigation(), page.click('form[method="post"][action$="/placera"] button[type="submit"]')]);
      expect(await page.locator('#error-summary').textContent()).toContain('Välj avsnittet i rapporten eller ange bilagans nummer.');
      await page.selectOption('#p-section', '3.3.3');
      await Promise.all([page.waitForNavigation(), page.click('form[method="post"][action$="/placera"] button[type="submit"]')]);
      expect(await page.locator('p.notice').first().textContent()).toContain('Tabellen är placerad i rapporten.');
      expect(await page.locator('#placements ~ article dd').allTextContents()).toContain('avsnitt 3.3.3');
    } finally {
      await context.close();
    }
  });

  /** Each survey page type of the route table with a concrete address (signed in as the controller unless noted). */
  const pages = (): Record<string, string[]> => ({
    '/arbete/enkater': ['/arbete/enkater'],
    '/arbete/enkater/ny': ['/arbete/enkater/ny'],
    '/arbete/enkater/:id': [`/arbete/enkater/${lastYear}`, `/arbete/enkater/${thisYear}?jamfor=1&utkast=1`, `/arbete/enkater/${draft}`],
    '/arbete/enkater/:id/andra': [`/arbete/enkater/${draft}/andra`, `/arbete/enkater/${thisYear}/andra`],
    '/arbete/enkater/:id/placera': [`/arbete/enkater/${lastYear}/placera`, `/arbete/enkater/${lastYear}/placera?rapport=${report}`],
    // The reporter's pages are checked signed in as the reporter, below.
    '/arbete/enkater/:id/svar/:organisationId': [],
  });

  it('has an address for every survey page type of the route table', () => {
    const missing = STAFF_ROUTES.filter((r) => r.method === 'get' && r.path.startsWith('/arbete/enkater') && !(r.path in pages())).map((r) => r.path);
    expect(missing).toEqual([]);
  });

  it('has no WCAG 2.1 A/AA violations on the list, the answer form (also with errors) and the controller page', async () => {
    const found: Record<string, string[]> = {};
    const check = async (page: Page, name: string) => {
      const lines = describeViolations(await runAxe(page));
      if (lines.length) found[name] = lines;
    };
    const reporter = await browser.newContext();
    try {
      const page = await reporter.newPage();
      await signInAs(page, server.url, DEMO_SURVEY_REPORTER.email);
      await page.goto(`${server.url}/arbete/enkater`);
      await check(page, 'list (reporter)');
      await page.goto(`${server.url}/arbete/enkater/${thisYear}/svar/${iof}`);
      await check(page, 'answer form');
      await page.fill('#q-avslag', '-3');
      await Promise.all([page.waitForNavigation(), page.click('button[value="submit"]')]);
      expect(await page.locator('#error-summary').count()).toBe(1);
      await check(page, 'answer form with errors');
      await page.goto(`${server.url}/arbete/enkater/${lastYear}/svar/${iof}`);
      await check(page, 'submitted answer');
    } finally {
      await reporter.close();
    }
    const controller = await browser.newContext();
    try {
      const page = await controller.newPage();
      await signInAs(page, server.url, 'controller@demo.uppsikt.se');
      await page.goto(`${server.url}/arbete/enkater/${lastYear}`);
      expect(await page.locator('h1').textContent()).toBe('Kontrollarbetet inom föreningsbidrag och kulturstöd augusti 2023');
      expect(await page.locator('#progress-summary').textContent()).toBe('7 av 7 har svarat');
      let count = 0;
      for (const paths of Object.values(pages())) {
        for (const path of paths) {
          const res = await page.goto(`${server.url}${path}`);
          expect(res?.status(), path).toBe(200);
          await check(page, path);
          count++;
        }
      }
      expect(count).toBe(9);
      // Forms that came back with errors.
      await page.goto(`${server.url}/arbete/enkater/${lastYear}/placera?rapport=${report}`);
      await page.fill('#p-attachment', 'två');
      await Promise.all([page.waitForNavigation(), page.click('form[method="post"][action$="/placera"] button[type="submit"]')]);
      expect(await page.locator('#error-summary').count()).toBe(1);
      await check(page, 'placing the table, with errors');
      await page.goto(`${server.url}/arbete/enkater/${draft}/andra`);
      await page.fill('#d0-formula', 'utbetalt / ansokningarna');
      await Promise.all([page.waitForNavigation(), page.click('button[value="save"]')]);
      expect(await page.locator('#error-summary').count()).toBe(1);
      await check(page, 'changing a draft, with errors');
    } finally {
      await controller.close();
    }
    expect(found).toEqual({});
  });
});
