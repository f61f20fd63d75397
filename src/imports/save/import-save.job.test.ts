/**
 * The workspace's upload saved as a job: run by the worker in the uploader's name, with their
 * permissions; the upload is gone afterwards and the summary is the job's result.
 */
import { expect, it } from 'vitest';
import { createOrganisation, createTenant, createUser } from '../../../test/factories.ts';
import { describeDb } from '../../../test/harness.ts';
import { hasSeed, readSeed } from '../../../test/seeds.ts';
import { listChanges } from '../../audit-log/audit-log.store.ts';
import { findJob } from '../../jobs/job.store.ts';
import { JOB_HANDLERS } from '../../jobs/job-handlers.ts';
import { JobWorker } from '../../jobs/job-worker.ts';
import { insertParty } from '../../organisations/organisation.store.ts';
import { insertFile, readFile } from '../../workspace/workspace-file.store.ts';
import { enqueueImportSave, IMPORT_SAVE_JOB, type ImportSaveResult } from './import-save.job.ts';

describeDb('imports.save job', (ctx) => {
  const worker = () => new JobWorker(ctx.db, () => {}).register(IMPORT_SAVE_JOB, JOB_HANDLERS[IMPORT_SAVE_JOB]!);

  it.skipIf(!hasSeed)('saves an uploaded matter as the person who uploaded it', async () => {
    const tenant = await createTenant(ctx.db);
    const board = await createOrganisation(ctx.db, tenant, { kind: 'board', name: 'Kommunstyrelsen' });
    await createOrganisation(ctx.db, tenant, { kind: 'administration', name: 'Stadsledningskontoret', parentId: board.id, servesId: board.id });
    for (const abbreviation of ['V', 'S', 'MP', 'SD']) await insertParty(ctx.db, tenant.id, { abbreviation, name: abbreviation });
    const admin = await createUser(ctx.db, tenant, 'administrator');
    const upload = await insertFile(ctx.db, tenant.id, { name: 'ks-delar-aug-2023.txt', contentType: 'text/plain', content: new TextEncoder().encode(readSeed()), createdBy: admin.id });
    const jobId = (await ctx.db.transaction().execute((trx) => enqueueImportSave(trx, tenant.id, { userId: admin.id, fileId: upload.id, fileName: 'ks-delar-aug-2023.txt' })))!;

    expect(await worker().runDueJobs()).toBe(1);
    const job = (await findJob(ctx.db, tenant.id, jobId))!;
    expect(job).toMatchObject({ status: 'done', progress: 100 });
    const result = job.result as ImportSaveResult;
    expect(result.summary.items.find((i) => i.kind === 'matter')).toMatchObject({ ref: '0064/23', outcome: 'created' });
    expect(result.text).toContain('Sparat i');
    expect(result.warnings.map((w) => w.message)).toContain('Yttrandet har ingen partirad; partiet (SD) är utläst ur texten.');
    expect(await readFile(ctx.db, tenant.id, upload.id)).toBeUndefined();
    // Every change carries the uploader's name.
    const changes = await listChanges(ctx.db, tenant.id, { entityType: 'matter' });
    expect(changes.map((c) => c.actorUserId)).toEqual([admin.id]);
  });

  it('fails once, saving nothing, when the file holds nothing to save', async () => {
    const tenant = await createTenant(ctx.db);
    const reader = await createUser(ctx.db, tenant, 'reader');
    const upload = await insertFile(ctx.db, tenant.id, { name: 'x.txt', contentType: 'text/plain', content: new TextEncoder().encode('inget att spara'), createdBy: reader.id });
    const jobId = (await ctx.db.transaction().execute((trx) => enqueueImportSave(trx, tenant.id, { userId: reader.id, fileId: upload.id, fileName: 'x.txt' })))!;
    expect(await worker().runDueJobs()).toBe(1);
    const job = (await findJob(ctx.db, tenant.id, jobId))!;
    expect(job.status).toBe('failed');
    expect(job.lastError).toContain('Dokumentet innehåller varken en rapport');
  });
});
