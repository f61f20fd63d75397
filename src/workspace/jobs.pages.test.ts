/** Long tasks run by the job worker while the page shows progress, with and without JavaScript. */
import { expect, it } from 'vitest';
import { FormClient, pageText } from '../../test/e2e/form-client.ts';
import { createUser, PASSWORD } from '../../test/factories.ts';
import { describeDb } from '../../test/harness.ts';
import { boardFixture } from '../decisions/decision-flow.fixture.ts';
import { JobWorker } from '../jobs/job-worker.ts';
import { JOB_HANDLERS } from '../jobs/job-handlers.ts';
import { seedDemo } from '../demo/seed-demo.ts';
import { findTenant } from '../tenants/tenant.store.ts';
import { hasSeed, readSeed } from '../../test/seeds.ts';
import { WORKSPACE_JOB_HANDLERS } from './workspace-jobs.ts';

describeDb('Long tasks in the workspace', (ctx) => {
  const worker = () => {
    const w = new JobWorker(ctx.db, () => {});
    for (const [kind, handler] of Object.entries(WORKSPACE_JOB_HANDLERS)) w.register(kind, handler);
    return w;
  };

  it('makes a report’s PDF in the background, shows progress, and hands the file only to whoever asked', async () => {
    const f = await boardFixture(ctx.db);
    const controller = await new FormClient(ctx.app, f.tenant).signIn((await createUser(ctx.db, f.tenant, 'controller')).email, PASSWORD);
    await controller.get(`/arbete/rapporter/${f.report.id}`);
    const started = await controller.post(`/arbete/rapporter/${f.report.id}/dokument`, { format: 'pdf' });
    expect(started.status).toBe(303);
    const jobPath = started.location!.split('?')[0]!;

    const waiting = await controller.get(jobPath);
    expect(waiting.text).toMatch(/<meta http-equiv="refresh" content="2"/);
    expect(waiting.text).toContain(`data-job-status="${jobPath}/status"`);
    expect(JSON.parse((await controller.get(`${jobPath}/status`, { accept: 'application/json' })).text)).toMatchObject({ status: 'queued', progress: 0 });

    expect(await worker().runDueJobs()).toBe(1);
    const done = await controller.get(jobPath);
    expect(done.text).not.toContain('http-equiv="refresh"');
    expect(JSON.parse((await controller.get(`${jobPath}/status`)).text)).toMatchObject({ status: 'done', progress: 100 });
    const download = /href="(\/arbete\/filer\/[0-9a-f-]{36})"/.exec(done.text)![1]!;
    const file = await controller.get(download);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.text.startsWith('%PDF')).toBe(true);

    const other = await new FormClient(ctx.app, f.tenant).signIn((await createUser(ctx.db, f.tenant, 'controller')).email, PASSWORD);
    expect((await other.get(download)).status).toBe(404);
    expect((await other.get(jobPath)).status).toBe(404);
  });

  it('reads an uploaded document with the importer and shows what it found', async () => {
    const f = await boardFixture(ctx.db);
    const secretary = await new FormClient(ctx.app, f.tenant).signIn((await createUser(ctx.db, f.tenant, 'secretary', { organisationId: f.ks.id })).email, PASSWORD);
    await secretary.get('/arbete/inlasning');
    const text = [
      'Tjänsteutlåtande',
      'Utfärdat 2023-08-28',
      'Diarienummer 0064/23',
      'Delårsrapport augusti 2023 för kommunstyrelsen',
      'Förslag till beslut',
      'I kommunstyrelsen',
      '1. Delårsrapport augusti 2023 för kommunstyrelsen godkänns.',
      '',
    ].join('\n');
    const body = new FormData();
    body.set('_csrf', secretary.csrf!);
    body.set('file', new File([text], 'arende.txt', { type: 'text/plain' }));
    const started = await secretary.request('POST', '/arbete/inlasning', body);
    expect(started.status, started.text.slice(0, 800)).toBe(303);
    const jobPath = started.location!.split('?')[0]!;
    await worker().runDueJobs();
    const page = pageText((await secretary.get(jobPath)).text);
    expect(page).toContain('Läste arende.txt');
    expect(page).toContain('Vad inläsningen hittade');
    // The upload is gone once read.
    expect(await ctx.db.selectFrom('workspace_files').select('id').where('tenant_id', '=', f.tenant.id).execute()).toEqual([]);
    // A web page, not a terminal: no command to run, and a plain word when nothing was found.
    expect(page).not.toContain('uppsikt check');
    expect(page).toContain('Granskningens fynd (0) Granskningen hittade inga fel');
  });

  /** Uploads a file for reading, runs the job, and gives the job page's HTML. */
  async function uploadAndRead(content: string | Uint8Array<ArrayBuffer>, name: string): Promise<string> {
    const f = await boardFixture(ctx.db);
    const secretary = await new FormClient(ctx.app, f.tenant).signIn((await createUser(ctx.db, f.tenant, 'secretary', { organisationId: f.ks.id })).email, PASSWORD);
    await secretary.get('/arbete/inlasning');
    const body = new FormData();
    body.set('_csrf', secretary.csrf!);
    body.set('file', new File([content], name));
    const started = await secretary.request('POST', '/arbete/inlasning', body);
    expect(started.status, started.text.slice(0, 800)).toBe(303);
    expect(await worker().runDueJobs()).toBe(1);
    return (await secretary.get(started.location!.split('?')[0]!)).text;
  }

  it('lists the findings of an upload with severity in words, where and what', async () => {
    const text = [
      'Tjänsteutlåtande',
      'Diarienummer 0064/23',
      'Förslag till beslut',
      '1. Delårsrapport augusti 2023 för kommunstyrelsen godkänns.',
      '',
      '1 Sammanfattning',
      '',
      'Publicerad [Publiceringsdatum]. Se avsnitt 3.4.1 för mer.',
      '',
    ].join('\n');
    const html = await uploadAndRead(text, 'rapport.txt');
    const page = pageText(html);
    expect(page).toContain('Granskning: 2 fynd (2 fel, 0 varningar).');
    expect(page).not.toContain('uppsikt check');
    expect(page).toContain('Granskningens fynd (2) 2 fel och 0 varningar, i dokumentets ordning.');
    const findings = /<section class="findings" aria-labelledby="import-findings"><h2 id="import-findings">[^<]*<\/h2><p>[^<]*<\/p><ol>([\s\S]*?)<\/ol><\/section>/.exec(html);
    expect(findings, html).not.toBeNull();
    expect([...findings![1]!.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => pageText(m[1]!).trim())).toEqual([
      'Fel , avsnitt 1 · rad 8 : Mallfältet [Publiceringsdatum] är inte ifyllt.',
      'Fel , avsnitt 1 · rad 8 : Texten hänvisar till avsnitt 3.4.1, som inte finns.',
    ]);
    expect(html).toContain('<strong class="severity-error">Fel</strong>');
  });

  it('says plainly that nothing could be checked in a file it cannot read', async () => {
    const bytes = new Uint8Array(8_000).map((_, i) => (i * 7919 + 13) % 251);
    const page = pageText(await uploadAndRead(bytes, 'rapport.docx'));
    expect(page).toContain('Granskningens fynd (0) Ingenting kunde granskas: filen gick inte att läsa som text.');
    expect(page).not.toContain('Granskningen hittade inga fel');
  });

  it.skipIf(!hasSeed)('saves an uploaded board matter in the tenant when asked, and shows what was saved', async () => {
    // The demo municipality knows the seed's organisations and parties; its assignments are merged by dnr.
    await seedDemo(ctx.db);
    const tenant = (await findTenant(ctx.db, 'goteborg'))!;
    const admin = await new FormClient(ctx.app, tenant).signIn((await createUser(ctx.db, tenant, 'administrator')).email, PASSWORD);
    await admin.get('/arbete/inlasning');
    const body = new FormData();
    body.set('_csrf', admin.csrf!);
    body.set('save', '1');
    body.set('file', new File([readSeed()], 'delarsrapport-ks.txt', { type: 'text/plain' }));
    const started = await admin.request('POST', '/arbete/inlasning', body);
    expect(started.status, started.text.slice(0, 800)).toBe(303);
    const jobPath = started.location!.split('?')[0]!;
    const w = new JobWorker(ctx.db, () => {});
    for (const [kind, handler] of Object.entries(JOB_HANDLERS)) w.register(kind, handler);
    expect(await w.runDueJobs()).toBe(1);
    const page = (await admin.get(jobPath)).text;
    expect(pageText(page), page.slice(0, 2000)).toContain('Det här sparades');
    expect(pageText(page)).toMatch(/1443\/22/);
    // Merged, not duplicated.
    const saved = await ctx.db.selectFrom('assignments').select('dnr').where('tenant_id', '=', tenant.id).where('dnr', '=', '1446/22').execute();
    expect(saved).toHaveLength(1);
  });
});
