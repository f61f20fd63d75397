/**
 * The three working days in the demo, in Debian's Chromium with JavaScript on, as the demo
 * accounts: the controller opens a new cycle; the reporter writes (autosaved), proposes an
 * assignment done and submits; the controller returns the report, the reporter submits again,
 * the controller accepts; the secretary makes the matter, registers V's motion, plans and
 * calls the meeting, records the vote on the contested point and approves the minutes — and
 * the assignment the report proposed done is declared done for the board's own part.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, runAxe } from '../browser/axe.ts';
import { hasChromium, launchChromium, NO_CHROMIUM } from '../browser/chromium.ts';
import { startDemoServer, type DemoServer } from '../browser/demo-server.ts';
import { signInAs } from '../browser/sign-in.ts';
import { BOARD_MEMBERS } from '../../src/decisions/decisions.demo-data.ts';

if (!hasChromium) console.warn(NO_CHROMIUM);

const CONTROLLER = 'controller@demo.uppsikt.se';
const REPORTER = 'rapportor@demo.uppsikt.se';
const SECRETARY = 'sekreterare@demo.uppsikt.se';
const CYCLE = 'Delårsrapport april 2024';

describe.skipIf(!hasChromium)('the workspace days in Chromium', () => {
  let server: DemoServer;
  let browser: Browser;
  /** Every page visited, checked with axe at the end. */
  const visited = new Map<string, string>();

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function as(email: string, work: (page: Page) => Promise<void>) {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await signInAs(page, server.url, email);
      await work(page);
    } finally {
      await context.close();
    }
  }

  async function submit(page: Page, name: string | RegExp) {
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name }).first().click()]);
    remember(page);
  }

  function remember(page: Page) {
    const url = new URL(page.url());
    visited.set(url.pathname.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, ':id'), url.pathname + url.search);
  }

  async function statusOf(assignmentId: string): Promise<string> {
    const row = await server.db.selectFrom('assignees').select('status').where('tenant_id', '=', server.tenantId).where('assignment_id', '=', assignmentId).executeTakeFirstOrThrow();
    return row.status;
  }

  it('walks the reporter’s, the controller’s and the secretary’s day', async () => {
    let reportUrl = '';
    await as(CONTROLLER, async (page) => {
      await page.getByRole('link', { name: 'Uppföljning' }).first().click();
      remember(page);
      await page.getByLabel('Namn', { exact: true }).fill(CYCLE);
      await page.getByLabel('År', { exact: true }).fill('2024');
      await page.getByLabel('Perioden börjar', { exact: true }).fill('2024-01-01');
      await page.getByLabel('Perioden slutar', { exact: true }).fill('2024-04-30');
      await page.getByLabel('Sista dag för beslut i nämnd', { exact: true }).fill('2030-05-31');
      await page.getByLabel('Kommunstyrelsen', { exact: true }).check();
      await submit(page, 'Öppna uppföljningen');
      expect((await page.locator('h1').innerText()).trim()).toBe(`Inlämningar: ${CYCLE}`);
      expect(await page.locator('table').innerText()).toContain('Utkast');
    });

    let assignmentId = '';
    await as(REPORTER, async (page) => {
      await page.getByRole('link', { name: 'Mina rapporter' }).first().click();
      remember(page);
      await page.getByRole('link', { name: new RegExp(`${CYCLE} för kommunstyrelsen`) }).click();
      remember(page);
      reportUrl = page.url();
      await page.getByRole('link', { name: /^1 Sammanfattning/ }).click();
      remember(page);
      // Written text is saved in the background, and is there after a reload.
      await page.getByLabel('Text', { exact: true }).fill('Kommunstyrelsen håller budgeten.\n\nArbetet med kompetensförsörjning fortsätter.');
      await page.locator('[data-save-status]', { hasText: 'Sparat automatiskt.' }).waitFor({ timeout: 15_000 });
      await page.reload();
      expect(await page.getByLabel('Text', { exact: true }).inputValue()).toContain('<p>Kommunstyrelsen håller budgeten.</p>');
      await page.goto(reportUrl);

      const account = page.locator('a[href*="/avsnitt/assignments-"][href*=":"]').first();
      const href = (await account.getAttribute('href'))!;
      assignmentId = href.split(':').at(-1)!;
      const before = await statusOf(assignmentId);
      expect(['in-progress', 'partially-reported', 'assigned']).toContain(before);
      await account.click();
      remember(page);
      await page.getByLabel('Föreslås förklarat genomfört för egen del', { exact: true }).check();
      await page.getByLabel('Redovisning', { exact: true }).fill('Uppdraget är genomfört under perioden.');
      await submit(page, 'Spara avsnittet');
      await page.goto(reportUrl);
      await submit(page, 'Lämna in rapporten');
      expect((await page.locator('p.notice').innerText()).trim()).toBe('Rapporten är inlämnad.');
      expect(await statusOf(assignmentId)).toBe('proposed-done');
    });

    await as(CONTROLLER, async (page) => {
      await page.getByRole('link', { name: 'Uppföljning' }).first().click();
      await page.getByRole('link', { name: CYCLE }).click();
      remember(page);
      await page.getByRole('link', { name: 'Granska: Kommunstyrelsen' }).click();
      await page.getByLabel('Kommentar till rapportören', { exact: true }).fill('Beskriv prognosen för helåret i avsnitt 1.');
      await submit(page, 'Skicka tillbaka för komplettering');
      expect((await page.locator('p.notice').innerText()).trim()).toBe('Rapporten är återsänd till rapportören.');
    });

    await as(REPORTER, async (page) => {
      await page.goto(reportUrl);
      expect(await page.locator('.warning').innerText()).toContain('Beskriv prognosen för helåret i avsnitt 1.');
      await submit(page, 'Lämna in rapporten');
    });

    await as(CONTROLLER, async (page) => {
      await page.goto(reportUrl);
      await submit(page, 'Godkänn rapporten');
      expect((await page.locator('p.notice').innerText()).trim()).toBe('Rapporten är godkänd.');
      await page.getByRole('link', { name: 'Uppföljning' }).first().click();
      await page.getByRole('link', { name: CYCLE }).click();
      await page.getByRole('link', { name: 'Sammanställ för hela staden' }).click();
      remember(page);
      expect(await page.locator('main').innerText()).toContain('Med i sammanställningen (1)');
    });

    await as(SECRETARY, async (page) => {
      await page.getByRole('link', { name: 'Ärenden' }).first().click();
      remember(page);
      await submit(page, new RegExp(`Skapa ärende av ${CYCLE}`));
      remember(page);
      const matterUrl = page.url();
      expect(await page.locator('main').innerText()).toContain('Förslag till beslut');
      // V moves to reject point 2, the assignment the report proposes done.
      await page.getByLabel('Vänsterpartiet (V)', { exact: true }).check();
      await page.getByLabel('Motivering', { exact: true }).fill('Redovisningen är för tunn.');
      await page.locator('#mk-0').selectOption('reject');
      await page.locator('#mt-0').fill('2');
      await page.locator('#mk-1').selectOption('approve-rest');
      await submit(page, 'Registrera yrkandet');
      expect((await page.locator('p.notice').innerText()).trim()).toBe('Posten är skapad.');

      await page.getByRole('link', { name: 'Ärenden' }).first().click();
      await page.getByRole('link', { name: 'Sammanträden' }).click();
      remember(page);
      await page.getByLabel('Organ', { exact: true }).selectOption({ label: 'Kommunstyrelsen' });
      await page.getByLabel('Dag', { exact: true }).fill('2024-05-15');
      await page.getByLabel('Klockan', { exact: true }).fill('13:00');
      await page.getByLabel('Plats', { exact: true }).fill('Stadshuset');
      await submit(page, 'Planera sammanträdet');
      const meetingUrl = page.url().split('?')[0]!;
      await page.getByLabel('Nummer', { exact: true }).fill('1.1');
      await page.getByLabel('Ärende', { exact: true }).selectOption({ index: await matterOptionIndex(page, matterUrl) });
      await submit(page, 'Lägg till på listan');
      await submit(page, 'Kalla till sammanträdet och publicera föredragningslistan');
      expect((await page.locator('p.notice').innerText()).trim()).toBe('Utskicket är gjort.');
      for (const m of BOARD_MEMBERS) await page.getByLabel(`${m.givenName} ${m.familyName}`, { exact: true }).check();
      await submit(page, 'Spara närvaron');

      await page.getByRole('link', { name: 'Protokollför beslut' }).click();
      remember(page);
      await page.getByLabel('Efter votering', { exact: true }).check();
      for (const m of BOARD_MEMBERS) {
        await page.getByLabel(`${m.givenName} ${m.familyName}: ${m.party === 'V' ? 'Nej' : 'Ja'}`, { exact: true }).check();
      }
      await page.getByLabel('Vänsterpartiet (V)', { exact: true }).check();
      await page.getByLabel('Reservationens text', { exact: true }).fill('Vi reserverar oss mot beslutet i punkt 2.');
      await submit(page, 'Protokollför beslutet');
      expect(page.url()).toContain(meetingUrl);
      expect(await page.locator('main').innerText()).toContain('§ 1:');

      await page.getByLabel('Justeringsdag', { exact: true }).fill('2024-05-20');
      await page.getByLabel('Justerare (en per rad)', { exact: true }).fill('Agnes Lindqvist (fiktiv)\nHenrik Berglund (fiktiv)');
      await page.getByLabel('Anslås på anslagstavlan', { exact: true }).fill('2024-05-21');
      await submit(page, 'Justera protokollet');
      expect((await page.locator('p.notice').first().innerText()).trim()).toBe('Protokollet är justerat.');
      expect(await page.locator('main').innerText()).toContain('överklagandetiden går ut 2024-06-11');
    });

    // The decision approved the report's account: declared done for the board's own part.
    expect(await statusOf(assignmentId)).toBe('declared-done');
    const history = await server.db
      .selectFrom('assignment_status_changes')
      .select(['to_status', 'decision_id', 'report_id'])
      .where('tenant_id', '=', server.tenantId)
      .where('assignment_id', '=', assignmentId)
      .execute();
    // The report's submit and the decision each left their mark in the assignment's history.
    expect(history.some((h) => h.to_status === 'proposed-done' && h.report_id !== null)).toBe(true);
    expect(history.some((h) => h.to_status === 'declared-done' && h.decision_id !== null)).toBe(true);
  }, 300_000);

  it('has no WCAG 2.1 A/AA violations on the pages of the days', async () => {
    expect(visited.size).toBeGreaterThan(10);
    const found: Record<string, string[]> = {};
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInAs(page, server.url, 'admin@demo.uppsikt.se');
    for (const [kind, path] of visited) {
      await page.goto(`${server.url}${path}`);
      const lines = describeViolations(await runAxe(page));
      if (lines.length) found[kind] = lines;
    }
    await context.close();
    expect(found).toEqual({});
  }, 180_000);
});

/** The option of the matter just created in the agenda's matter list. */
async function matterOptionIndex(page: Page, matterUrl: string): Promise<number> {
  const id = new URL(matterUrl).pathname.split('/').at(-1);
  const values = await page.locator('#ai-matter option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  return values.indexOf(id!);
}
