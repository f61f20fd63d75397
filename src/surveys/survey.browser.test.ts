/**
 * The survey pages of the demo in Debian's Chromium: an organisation answers the next round
 * of the grant-control survey without JavaScript (an invalid answer comes back beside its
 * question), and every page — the list, the answer form with and without errors, the
 * controller's page — has no WCAG 2.1 A/AA violations by axe-core.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, runAxe } from '../../test/browser/axe.ts';
import { hasChromium, launchChromium, NO_CHROMIUM } from '../../test/browser/chromium.ts';
import { startDemoServer, type DemoServer } from '../../test/browser/demo-server.ts';
import { DEMO_PASSWORD } from '../demo/goteborg-2023.data.ts';
import { findTenant } from '../tenants/tenant.store.ts';
import { openSurvey } from './survey.commands.ts';
import { DEMO_SURVEY_REPORTER } from './survey.demo.ts';

if (!hasChromium) console.warn(NO_CHROMIUM);

async function signIn(page: Page, url: string, email: string) {
  await page.goto(`${url}/arbete/logga-in`);
  await page.fill('input[name="email"]', email);
  await page.fill('input[name="password"]', DEMO_PASSWORD);
  await Promise.all([page.waitForNavigation(), page.click('form[action="/arbete/logga-in"] button[type="submit"]')]);
}

describe.skipIf(!hasChromium)('survey pages in Chromium', () => {
  let server: DemoServer;
  let browser: Browser;
  let lastYear: string;
  let thisYear: string;
  let iof: string;

  beforeAll(async () => {
    server = await startDemoServer({
      // The demo's next round is a draft; open it so there is something to answer.
      prepare: async (db, tenantId) => {
        const tenant = (await findTenant(db, tenantId))!;
        const next = await db.selectFrom('surveys').select('id').where('tenant_id', '=', tenantId).where('previous_round_id', 'is not', null).executeTakeFirstOrThrow();
        await db.transaction().execute((trx) => openSurvey(trx, { kind: 'system', tenantId, label: 'Test' }, tenant, next.id));
      },
    });
    browser = await launchChromium();
    const t = server.tenantId;
    const rounds = await server.db.selectFrom('surveys').select(['id', 'previous_round_id']).where('tenant_id', '=', t).execute();
    thisYear = rounds.find((r) => r.previous_round_id !== null)!.id;
    lastYear = rounds.find((r) => r.previous_round_id === null)!.id;
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
      await signIn(page, server.url, DEMO_SURVEY_REPORTER.email);
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

  it('has no WCAG 2.1 A/AA violations on the list, the answer form (also with errors) and the controller page', async () => {
    const found: Record<string, string[]> = {};
    const check = async (page: Page, name: string) => {
      const lines = describeViolations(await runAxe(page));
      if (lines.length) found[name] = lines;
    };
    const reporter = await browser.newContext();
    try {
      const page = await reporter.newPage();
      await signIn(page, server.url, DEMO_SURVEY_REPORTER.email);
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
      await signIn(page, server.url, 'controller@demo.uppsikt.se');
      await page.goto(`${server.url}/arbete/enkater/${lastYear}`);
      expect(await page.locator('h1').textContent()).toBe('Kontrollarbetet inom föreningsbidrag och kulturstöd augusti 2023');
      expect(await page.locator('#progress-summary').textContent()).toBe('7 av 7 har svarat');
      await check(page, 'survey (controller)');
      await page.goto(`${server.url}/arbete/enkater/${thisYear}?jamfor=1&utkast=1`);
      await check(page, 'next round with comparison');
      await page.goto(`${server.url}/arbete/enkater/ny`);
      await check(page, 'new survey form');
    } finally {
      await controller.close();
    }
    expect(found).toEqual({});
  });
});
