/**
 * The public pages in a real browser (Debian's Chromium): WCAG 2.1 A/AA with axe-core on every
 * page type of the demo, reading without JavaScript, a 320 px phone screen, keyboard use of the
 * filters and paging, and feeds that parse as XML.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, runAxe } from '../../test/browser/axe.ts';
import { hasChromium, launchChromium, NO_CHROMIUM } from '../../test/browser/chromium.ts';
import { demoIds, startDemoServer, type DemoServer } from '../../test/browser/demo-server.ts';
import { addGeneratedAssignments } from '../../test/browser/generated-assignments.ts';
import { tabThrough } from '../../test/browser/keyboard.ts';
import { publicPageTypes } from './public-page-types.ts';

if (!hasChromium) console.warn(NO_CHROMIUM);

describe.skipIf(!hasChromium)('public portal in Chromium', () => {
  let server: DemoServer;
  let browser: Browser;
  let pages: Array<{ name: string; path: string }>;

  beforeAll(async () => {
    // 40 more assignments than the demo's 14, so the list has a second page.
    server = await startDemoServer({ prepare: (db, tenantId) => addGeneratedAssignments(db, tenantId, 40) });
    browser = await launchChromium();
    pages = await publicPageTypes(server.db, server.tenantId, await demoIds(server.db, server.tenantId));
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function withContext<T>(options: Parameters<Browser['newContext']>[0], body: (context: BrowserContext) => Promise<T>): Promise<T> {
    const context = await browser.newContext(options);
    try {
      return await body(context);
    } finally {
      await context.close();
    }
  }

  it('has no WCAG 2.1 A/AA violations on any public page type', async () => {
    const found: Record<string, string[]> = {};
    await withContext({}, async (context) => {
      const page = await context.newPage();
      for (const p of pages) {
        const res = await page.goto(server.url + p.path);
        expect(res?.status(), p.path).toBeLessThan(p.name === 'not found' ? 500 : 300);
        const lines = describeViolations(await runAxe(page));
        if (lines.length) found[p.name] = lines;
      }
    });
    expect(found).toEqual({});
  });

  it('reads every public page with JavaScript turned off', async () => {
    const missing: string[] = [];
    await withContext({ javaScriptEnabled: false }, async (context) => {
      const page = await context.newPage();
      for (const p of pages) {
        await page.goto(server.url + p.path);
        const heading = (await page.locator('main h1').first().textContent())?.trim() ?? '';
        const words = (await page.locator('main').innerText()).split(/\s+/).length;
        if (!heading || words < 5) missing.push(`${p.name} (${p.path})`);
      }
    });
    expect(missing).toEqual([]);
  });

  it('fits a 320 px phone screen without sideways scrolling', async () => {
    const wide: string[] = [];
    await withContext({ viewport: { width: 320, height: 640 } }, async (context) => {
      const page = await context.newPage();
      for (const p of pages) {
        await page.goto(server.url + p.path);
        // Wide tables scroll inside their own region (WCAG 1.4.10 allows it for data tables); the page must not.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0) wide.push(`${p.name}: ${overflow}px too wide`);
      }
    });
    expect(wide).toEqual([]);
  });

  it('reaches every filter and the next page by keyboard, with visible focus', async () => {
    await withContext({}, async (context) => {
      const page = await context.newPage();
      await page.goto(`${server.url}/uppdrag`);
      const stops = await tabThrough(page);
      const names = stops.map((s) => s.name);
      const expected = ['input#f-text', 'select#f-status', 'select#f-org', 'select#f-origin', 'select#f-year', 'button "Visa"', 'a[rel=next]'];
      for (const name of expected) expect(names, `Tab order: ${names.join(', ')}`).toContain(name);
      // In reading order: the filters before the results, the results before the next page.
      const at = expected.map((n) => names.indexOf(n));
      expect([...at].sort((a, b) => a - b)).toEqual(at);
      expect(stops.filter((s) => !s.focusVisible).map((s) => s.name)).toEqual([]);
      // The skip link comes first and leads to the main content.
      expect(stops[0]!.text).toBe('Hoppa till huvudinnehållet');

      // Choosing a status, tabbing on to the button and pressing Enter filters the list.
      await page.focus('#f-status');
      await page.selectOption('#f-status', 'proposed-done');
      for (let i = 0; i < 10 && !(await page.evaluate(() => document.activeElement?.matches('form.filters button[type=submit]'))); i++) {
        await page.keyboard.press('Tab');
      }
      await page.keyboard.press('Enter');
      await page.waitForURL(/status=proposed-done/);
      expect(await page.locator('h2#result-heading').textContent()).toMatch(/^\d+ uppdrag$/);

      // Following the next-page link by keyboard.
      await page.goto(`${server.url}/uppdrag`);
      await page.focus('a[rel=next]');
      await page.keyboard.press('Enter');
      await page.waitForURL(/sida=2/);
      expect(await page.locator('.pager a[aria-current=page]').textContent()).toBe('2');
    });
  });

  it('serves feeds that are well-formed Atom with ids, updated times and links', async () => {
    const { harassmentAssignment, board } = await demoIds(server.db, server.tenantId);
    await withContext({}, async (context) => {
      const page = await context.newPage();
      await page.goto(server.url + '/');
      for (const path of [`/flode/uppdrag/${harassmentAssignment}`, `/flode/organisationer/${board}`, '/flode/sok?q=kollektivavtalet']) {
        const report = await page.evaluate(async (url) => {
          const text = await (await fetch(url)).text();
          const doc = new DOMParser().parseFromString(text, 'application/xml');
          const ns = 'http://www.w3.org/2005/Atom';
          const feed = doc.documentElement;
          const entries = Array.from(doc.getElementsByTagNameNS(ns, 'entry'));
          const has = (el: Element, name: string) => el.getElementsByTagNameNS(ns, name).length > 0;
          return {
            parseError: doc.getElementsByTagName('parsererror').length > 0,
            root: `${feed.namespaceURI} ${feed.localName}`,
            feedComplete: ['id', 'title', 'updated', 'link', 'author'].every((n) => has(feed, n)),
            entries: entries.length,
            entriesComplete: entries.every((e) => ['id', 'title', 'updated', 'link'].every((n) => has(e, n))),
            datesValid: Array.from(doc.getElementsByTagNameNS(ns, 'updated')).every((u) => !Number.isNaN(Date.parse(u.textContent ?? ''))),
          };
        }, path);
        expect(report, path).toEqual({ parseError: false, root: 'http://www.w3.org/2005/Atom feed', feedComplete: true, entries: report.entries, entriesComplete: true, datesValid: true });
        expect(report.entries, path).toBeGreaterThan(0);
      }
    });
  });
});
