/**
 * The matter, meeting, decision and notice-board pages of the demo in Debian's Chromium:
 * WCAG 2.1 A/AA with axe-core, and readable without JavaScript.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, runAxe } from '../../test/browser/axe.ts';
import { hasChromium, launchChromium, NO_CHROMIUM } from '../../test/browser/chromium.ts';
import { startDemoServer, type DemoServer } from '../../test/browser/demo-server.ts';

if (!hasChromium) console.warn(NO_CHROMIUM);

describe.skipIf(!hasChromium)('decision pages in Chromium', () => {
  let server: DemoServer;
  let browser: Browser;
  let paths: string[];

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchChromium();
    const t = server.tenantId;
    const matter = await server.db.selectFrom('matters').select('id').where('tenant_id', '=', t).where('dnr', '=', '0064/23').executeTakeFirstOrThrow();
    const meeting = await server.db.selectFrom('meetings').select('id').where('tenant_id', '=', t).executeTakeFirstOrThrow();
    const decision = await server.db.selectFrom('decisions').select('id').where('tenant_id', '=', t).executeTakeFirstOrThrow();
    paths = [`/arenden/${matter.id}`, `/sammantraden/${meeting.id}`, `/beslut/${decision.id}`, '/anslagstavla'];
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('has no WCAG 2.1 A/AA violations and reads without JavaScript', async () => {
    const found: Record<string, string[]> = {};
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      for (const path of paths) {
        const res = await page.goto(server.url + path);
        expect(res?.status(), path).toBe(200);
        expect(await page.locator('h1').count(), path).toBe(1);
      }
    } finally {
      await context.close();
    }
    const withJs = await browser.newContext();
    try {
      const page = await withJs.newPage();
      for (const path of paths) {
        await page.goto(server.url + path);
        const lines = describeViolations(await runAxe(page));
        if (lines.length) found[path] = lines;
      }
    } finally {
      await withJs.close();
    }
    expect(found).toEqual({});
  });
});
