import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { describeDb } from '../../test/harness.ts';
import { createCycle, createOrganisation, createTenant, signedInClient, TestClient } from '../../test/factories.ts';
import { createAssignment, transitionAssignment } from '../assignments/assignment.commands.ts';
import { listStatusChanges } from '../assignments/assignment.store.ts';
import type { Actor } from '../auth/roles.ts';
import type { Db } from '../db/connection.ts';
import type { Tenant } from '../tenants/tenant.ts';
import { listAssignmentAccounts } from './assignment-account.store.ts';
import { adoptReport, saveReportSection, submitReport } from './report.commands.ts';
import type { DocumentSection, ReportDocument } from './report-document.ts';
import { flattenSections } from './report-document.ts';
import { findReport } from './report.store.ts';

const system = (tenant: Tenant): Actor => ({ kind: 'system', tenantId: tenant.id, label: 'Test' });

async function setup(db: Db) {
  const tenant = await createTenant(db);
  const board = await createOrganisation(db, tenant, { kind: 'board', name: 'Kommunstyrelsen' });
  const office = await createOrganisation(db, tenant, { kind: 'administration', name: 'Stadsledningskontoret', parentId: board.id, servesId: board.id });
  const other = await createOrganisation(db, tenant, { kind: 'committee', name: 'Kulturnämnden' });
  const cycle = await createCycle(db, tenant);
  return { tenant, board, office, other, cycle };
}

async function clients(app: Parameters<typeof signedInClient>[0], db: Db, tenant: Tenant, officeId: string, otherId: string) {
  return {
    reporter: await signedInClient(app, db, tenant, 'reporter', { organisationId: officeId }),
    controller: await signedInClient(app, db, tenant, 'controller'),
    stranger: await signedInClient(app, db, tenant, 'reporter', { organisationId: otherId }),
    anonymous: new TestClient(app, tenant),
  };
}

const section = (document: ReportDocument, key: string): DocumentSection => flattenSections(document.sections).find((s) => s.key === key)!;

describeDb('reports over HTTP', (ctx) => {
  it('creates a report from the current template, numbered and titled, once per organisation and cycle', async () => {
    const { tenant, board, office, other, cycle } = await setup(ctx.db);
    const { reporter } = await clients(ctx.app, ctx.db, tenant, office.id, other.id);
    const created = await reporter.post('/api/v1/reports', { organisationId: board.id, cycleId: cycle.id });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ title: 'Delårsrapport augusti 2023 för kommunstyrelsen', status: 'draft', version: 1 });
    const document = (await reporter.get(`/api/v1/reports/${created.body.id}`)).body as ReportDocument;
    expect(document.template.key).toBe('interim-report');
    expect(section(document, 'board-economy').number).toBe('4.3');
    expect(section(document, 'operations-indicators').number).toBe('2.1.1');
    expect(document.issuer).toBe('Stadsledningskontoret');
    const again = await reporter.post('/api/v1/reports', { organisationId: board.id, cycleId: cycle.id });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: 'duplicate', details: { reportId: created.body.id } });
  });

  it('walks draft → submitted → returned (with a comment) → submitted → accepted, refusing every illegal move', async () => {
    const { tenant, board, office, other, cycle } = await setup(ctx.db);
    const { reporter, controller } = await clients(ctx.app, ctx.db, tenant, office.id, other.id);
    const { id } = (await reporter.post('/api/v1/reports', { organisationId: board.id, cycleId: cycle.id })).body;

    const acceptDraft = await controller.post(`/api/v1/reports/${id}/accept`, {});
    expect(acceptDraft.status).toBe(409);
    expect(acceptDraft.body.error).toMatchObject({ code: 'invalid_transition', details: { status: 'draft', allowed: ['submit'] } });
    expect((await controller.post(`/api/v1/reports/${id}/return`, { comment: 'Nej' })).body.error.code).toBe('invalid_transition');

    expect((await reporter.post(`/api/v1/reports/${id}/submit`, {})).body.status).toBe('submitted');
    // A reporter cannot review, and a submitted report cannot be edited or submitted again.
    expect((await reporter.post(`/api/v1/reports/${id}/accept`, {})).status).toBe(403);
    const editSubmitted = await reporter.put(`/api/v1/reports/${id}/sections/summary`, { version: 0, content: { text: '<p>Sent</p>' } });
    expect(editSubmitted.status).toBe(409);
    expect(editSubmitted.body.error.code).toBe('not_applicable');
    expect((await reporter.post(`/api/v1/reports/${id}/submit`, {})).body.error.code).toBe('invalid_transition');

    expect((await controller.post(`/api/v1/reports/${id}/return`, { comment: '' })).status).toBe(400);
    const returned = await controller.post(`/api/v1/reports/${id}/return`, { comment: 'Komplettera avsnitt 4.3 med prognosen.' });
    expect(returned.body.status).toBe('returned');
    expect((await controller.post(`/api/v1/reports/${id}/accept`, {})).body.error.code).toBe('invalid_transition');

    // The returned report is editable again, and shows the comment.
    expect((await reporter.put(`/api/v1/reports/${id}/sections/summary`, { version: 0, content: { text: '<p>Kompletterad.</p>' } })).status).toBe(200);
    const document = (await reporter.get(`/api/v1/reports/${id}`)).body as ReportDocument;
    expect(document.comments).toEqual([expect.objectContaining({ action: 'return', text: 'Komplettera avsnitt 4.3 med prognosen.' })]);
    const page = await reporter.request('GET', `/rapporter/${id}`, undefined, { accept: 'text/html' });
    expect(page.status).toBe(200);
    expect(page.text).toContain('Komplettera avsnitt 4.3 med prognosen.');

    expect((await reporter.post(`/api/v1/reports/${id}/submit`, { comment: 'Nu med prognos.' })).body.status).toBe('submitted');
    const accepted = await controller.post(`/api/v1/reports/${id}/accept`, {});
    expect(accepted.body).toMatchObject({ status: 'accepted' });
    expect(accepted.body.acceptedAt).not.toBeNull();

    const versions = (await reporter.get(`/api/v1/reports/${id}/versions`)).body.data.map((v: { action: string }) => v.action);
    expect(versions).toEqual(['created', 'submit', 'return', 'section-saved', 'submit', 'accept']);
  });

  it('adopts only an accepted report, by a decision, and then refuses every edit as locked', async () => {
    const { tenant, board, office, other, cycle } = await setup(ctx.db);
    const { reporter, controller } = await clients(ctx.app, ctx.db, tenant, office.id, other.id);
    const { id } = (await reporter.post('/api/v1/reports', { organisationId: board.id, cycleId: cycle.id })).body;
    const decisionId = randomUUID();

    await expect(ctx.db.transaction().execute((trx) => adoptReport(trx, system(tenant), tenant, { reportId: id, decisionId }))).rejects.toMatchObject({
      code: 'not_applicable',
    });
    await reporter.post(`/api/v1/reports/${id}/submit`, {});
    await controller.post(`/api/v1/reports/${id}/accept`, {});

    class Rollback extends Error {}
    // Rolled back at the end: the decision id names no decision, which the database checks at commit.
    await expect(
      ctx.db.transaction().execute(async (trx) => {
        const adopted = await adoptReport(trx, system(tenant), tenant, { reportId: id, decisionId });
        expect(adopted).toMatchObject({ status: 'adopted', locked: true, adoptedByDecisionId: decisionId });
        expect(adopted.adoptedAt).toBeInstanceOf(Date);
        const edit = saveReportSection(trx, system(tenant), tenant, { reportId: id, key: 'summary', version: 0, content: { text: '<p>Efteråt</p>' } });
        await expect(edit).rejects.toMatchObject({ code: 'locked', message: expect.stringContaining('låst') });
        await expect(submitReport(trx, system(tenant), tenant, { reportId: id })).rejects.toMatchObject({ code: 'locked' });
        await expect(adoptReport(trx, system(tenant), tenant, { reportId: id, decisionId })).rejects.toMatchObject({ code: 'not_applicable' });
        throw new Rollback();
      }),
    ).rejects.toBeInstanceOf(Rollback);
    expect((await findReport(ctx.db, tenant.id, id))!.status).toBe('accepted');
  });

  it('gives the second of two saves from the same version a conflict and loses nothing', async () => {
    const { tenant, board, office, other, cycle } = await setup(ctx.db);
    const { reporter, controller } = await clients(ctx.app, ctx.db, tenant, office.id, other.id);
    const { id } = (await reporter.post('/api/v1/reports', { organisationId: board.id, cycleId: cycle.id })).body;
    const start = section((await reporter.get(`/api/v1/reports/${id}`)).body, 'summary').version;
    expect(start).toBe(0);

    const first = await reporter.put(`/api/v1/reports/${id}/sections/summary`, { version: start, content: { text: '<p>Rasmus skrev först.</p>' } });
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(1);
    const second = await controller.put(`/api/v1/reports/${id}/sections/summary`, { version: start, content: { text: '<p>Cecilia skrev samtidigt.</p>' } });
    expect(second.status).toBe(409);
    expect(second.body.error).toMatchObject({ code: 'conflict', details: { currentVersion: 1, currentContent: { text: '<p>Rasmus skrev först.</p>' } } });
    expect(section((await reporter.get(`/api/v1/reports/${id}`)).body, 'summary').text).toBe('<p>Rasmus skrev först.</p>');

    // Saving from the version now current works, and an update from a stale one is refused too.
    expect((await controller.put(`/api/v1/reports/${id}/sections/summary`, { version: 1, content: { text: '<p>Cecilia, efter Rasmus.</p>' } })).body.version).toBe(2);
    expect((await reporter.put(`/api/v1/reports/${id}/sections/summary`, { version: 1, content: { text: '<p>Gammal</p>' } })).status).toBe(409);
  });

  it('keeps every saved version and shows a readable diff between any two', async () => {
    const { tenant, board, office, other, cycle } = await setup(ctx.db);
    const { reporter } = await clients(ctx.app, ctx.db, tenant, office.id, other.id);
    const { id } = (await reporter.post('/api/v1/reports', { organisationId: board.id, cycleId: cycle.id })).body;
    const save = (key: string, version: number, content: unknown) => reporter.put(`/api/v1/reports/${id}/sections/${key}`, { version, content });
    await save('summary', 0, { text: '<p>Prognosen visar ett överskott på 12 mnkr.</p>' });
    await save('central-funds', 0, { rows: [{ label: 'Kommuner mot brott', actual: '0', forecast: '6 100', budget: '6 100' }] });
    const third = await save('summary', 1, { text: '<p>Prognosen visar ett överskott på 14 mnkr.</p><p>Det förklaras av vakanser.</p>' });
    expect(third.body.reportVersion).toBe(4);

    const old = (await reporter.get(`/api/v1/reports/${id}?version=2`)).body as ReportDocument;
    expect(section(old, 'summary').text).toBe('<p>Prognosen visar ett överskott på 12 mnkr.</p>');
    expect(section(old, 'central-funds').tables[0]!.rows).toEqual([]);

    const diff = (await reporter.get(`/api/v1/reports/${id}/diff?from=2&to=4`)).body;
    expect(diff.sections.map((s: { number: string; change: string }) => [s.number, s.change])).toEqual([
      ['1', 'changed'],
      ['3.2.4', 'changed'],
    ]);
    const summary = diff.sections[0].lines.find((l: { type: string }) => l.type === 'changed');
    expect(summary.words).toEqual(
      expect.arrayContaining([
        { type: 'removed', text: '12' },
        { type: 'added', text: '14' },
      ]),
    );
    expect(diff.patch).toContain('+Det förklaras av vakanser.');
    expect(diff.patch).toContain('+Kommuner mot brott: 0 | 6 100 | 6 100');
    expect((await reporter.get(`/api/v1/reports/${id}/diff?from=9`)).status).toBe(400);
  });

  it('stores rich text harmless: scripts and event handlers never reach the database or a page', async () => {
    const { tenant, board, office, other, cycle } = await setup(ctx.db);
    const { reporter } = await clients(ctx.app, ctx.db, tenant, office.id, other.id);
    const { id } = (await reporter.post('/api/v1/reports', { organisationId: board.id, cycleId: cycle.id })).body;
    const saved = await reporter.put(`/api/v1/reports/${id}/sections/summary`, {
      version: 0,
      content: { text: '<p>Hej<script>alert(1)</script> <img src=x onerror="alert(2)"><a href="javascript:alert(3)" onclick="x()">länk</a></p>' },
    });
    expect(saved.body.content.text).toBe('<p>Hej <a>länk</a></p>');
    const stored = await ctx.db.selectFrom('report_sections').select('content').where('tenant_id', '=', tenant.id).where('report_id', '=', id).executeTakeFirstOrThrow();
    expect(JSON.stringify(stored.content)).not.toMatch(/script|onerror|onclick|javascript/);
    const html = (await reporter.get(`/api/v1/reports/${id}/export?format=html`)).text;
    expect(html).not.toMatch(/<script|onerror|javascript:/);
  });

  it('refuses a reporter of another organisation with 403 and writes nothing; hides drafts from the public', async () => {
    const { tenant, board, office, other, cycle } = await setup(ctx.db);
    const { reporter, stranger, anonymous } = await clients(ctx.app, ctx.db, tenant, office.id, other.id);
    expect((await stranger.post('/api/v1/reports', { organisationId: board.id, cycleId: cycle.id })).status).toBe(403);
    const { id } = (await reporter.post('/api/v1/reports', { organisationId: board.id, cycleId: cycle.id })).body;

    expect((await stranger.put(`/api/v1/reports/${id}/sections/summary`, { version: 0, content: { text: '<p>Intrång</p>' } })).status).toBe(403);
    expect((await stranger.post(`/api/v1/reports/${id}/submit`, {})).status).toBe(403);
    expect((await stranger.get(`/api/v1/reports/${id}`)).status).toBe(403);
    expect((await anonymous.get(`/api/v1/reports/${id}`)).status).toBe(404);
    expect((await anonymous.request('GET', `/rapporter/${id}`, undefined, { accept: 'text/html' })).status).toBe(404);
    expect((await anonymous.get('/api/v1/reports')).body.data).toEqual([]);
    expect((await stranger.get('/api/v1/reports')).body.data).toEqual([]);
    expect((await reporter.get(`/api/v1/reports?cycle=${cycle.id}`)).body.data.map((r: { id: string }) => r.id)).toEqual([id]);

    const report = await findReport(ctx.db, tenant.id, id);
    expect(report).toMatchObject({ status: 'draft', version: 1 });
    const sections = await ctx.db.selectFrom('report_sections').select('section_key').where('tenant_id', '=', tenant.id).where('report_id', '=', id).execute();
    expect(sections).toEqual([]);
  });

  it('fills the accounts from the assignment register and moves their statuses on submit', async () => {
    const { tenant, board, office, other, cycle } = await setup(ctx.db);
    const { reporter } = await clients(ctx.app, ctx.db, tenant, office.id, other.id);
    const actor = system(tenant);
    const make = (dnr: string, origin: 'council-budget' | 'council', organisationId: string) =>
      ctx.db.transaction().execute((trx) =>
        createAssignment(trx, actor, tenant, { dnr, title: `Uppdrag ${dnr}.`, origin, originYear: 2023, originDecidedOn: '2023-03-23', organisationIds: [organisationId] }),
      );
    const fresh = await make('0101/23', 'council-budget', board.id);
    const alreadyProposed = await make('0102/23', 'council-budget', office.id);
    const council = await make('0103/23', 'council', board.id);
    const done = await make('0104/23', 'council-budget', board.id);
    const elsewhere = await make('0105/23', 'council-budget', other.id);
    const move = (assignmentId: string, organisationId: string, to: 'proposed-done' | 'declared-done') =>
      ctx.db.transaction().execute((trx) => transitionAssignment(trx, actor, tenant, { assignmentId, organisationId, to }));
    await move(alreadyProposed.id, office.id, 'proposed-done');
    await move(done.id, board.id, 'proposed-done');
    await move(done.id, board.id, 'declared-done');

    const { id } = (await reporter.post('/api/v1/reports', { organisationId: board.id, cycleId: cycle.id })).body;
    const document = (await reporter.get(`/api/v1/reports/${id}`)).body as ReportDocument;
    // Open assignments of the board and of the office serving it; not the one done, not another committee's.
    expect(section(document, 'assignments-council-budget').accounts.map((a) => a.dnr)).toEqual(['0101/23', '0102/23']);
    expect(section(document, 'assignments-council').accounts.map((a) => a.dnr)).toEqual(['0103/23']);
    expect(flattenSections(document.sections).flatMap((s) => s.accounts).some((a) => [done.id, elsewhere.id].includes(a.assignmentId))).toBe(false);

    const account = (key: string, assignmentId: string, content: unknown) => reporter.put(`/api/v1/reports/${id}/sections/${key}:${assignmentId}`, { version: 0, content });
    expect((await account('assignments-council-budget', elsewhere.id, { proposed: 'done', text: '<p>x</p>' })).status).toBe(404);
    expect((await account('assignments-council', fresh.id, { proposed: 'done', text: '<p>x</p>' })).status).toBe(404);
    await account('assignments-council-budget', fresh.id, { proposed: 'done', text: '<p>Planen är klar.</p>' });
    await account('assignments-council-budget', alreadyProposed.id, { proposed: 'done', text: '<p>Klart sedan förra rapporten.</p>', position: 0 });
    await account('assignments-council', council.id, { proposed: null, text: '<p>Arbetet pågår.</p>' });
    const refused = await reporter.post(`/api/v1/reports/${id}/submit`, {});
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain('0103/23');
    await reporter.put(`/api/v1/reports/${id}/sections/assignments-council:${council.id}`, { version: 1, content: { proposed: 'partial', text: '<p>Arbetet pågår.</p>' } });

    const printed = flattenSections(((await reporter.get(`/api/v1/reports/${id}`)).body as ReportDocument).sections).filter((s) => s.kind === 'account-group');
    expect(printed.map((s) => [s.number, s.accounts.map((a) => a.dnr)])).toEqual([
      ['4.1.2.1', ['0102/23', '0101/23']],
      ['4.1.3.1', ['0103/23']],
    ]);

    const historyBefore = (await listStatusChanges(ctx.db, tenant.id, alreadyProposed.id)).length;
    expect((await reporter.post(`/api/v1/reports/${id}/submit`, {})).status).toBe(200);
    const last = async (assignmentId: string) => (await listStatusChanges(ctx.db, tenant.id, assignmentId)).at(-1)!;
    expect(await last(fresh.id)).toMatchObject({ to: 'proposed-done', reportId: id, reason: 'Delårsrapport augusti 2023 för kommunstyrelsen, avsnitt 4.1.2.1' });
    expect(await last(council.id)).toMatchObject({ from: 'assigned', to: 'partially-reported', reportId: id });
    // Already proposed done: no move needed, none made.
    expect((await listStatusChanges(ctx.db, tenant.id, alreadyProposed.id)).length).toBe(historyBefore);

    const accounts = await listAssignmentAccounts(ctx.db, tenant.id, id);
    expect(accounts.map((a) => [a.dnr, a.section, a.proposed, a.organisationId])).toEqual([
      ['0102/23', '4.1.2.1', 'done', office.id],
      ['0101/23', '4.1.2.1', 'done', board.id],
      ['0103/23', '4.1.3.1', 'partial', board.id],
    ]);
  });

  it('refuses a submit whose status move the assignment machine does not allow, changing nothing', async () => {
    const { tenant, board, office, other, cycle } = await setup(ctx.db);
    const { reporter } = await clients(ctx.app, ctx.db, tenant, office.id, other.id);
    const actor = system(tenant);
    const a = await ctx.db.transaction().execute((trx) =>
      createAssignment(trx, actor, tenant, { dnr: '0201/23', title: 'Ett uppdrag.', origin: 'council-budget', originYear: 2023, organisationIds: [board.id] }),
    );
    await ctx.db.transaction().execute((trx) => transitionAssignment(trx, actor, tenant, { assignmentId: a.id, organisationId: board.id, to: 'proposed-done' }));
    const { id } = (await reporter.post('/api/v1/reports', { organisationId: board.id, cycleId: cycle.id })).body;
    await reporter.put(`/api/v1/reports/${id}/sections/assignments-council-budget:${a.id}`, { version: 0, content: { proposed: 'partial', text: '<p>Ändå inte klart.</p>' } });
    const refused = await reporter.post(`/api/v1/reports/${id}/submit`, {});
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('invalid_transition');
    expect((await findReport(ctx.db, tenant.id, id))!.status).toBe('draft');
    expect((await listStatusChanges(ctx.db, tenant.id, a.id)).at(-1)!.to).toBe('proposed-done');
  });

  it('rejects content that does not fit the section', async () => {
    const { tenant, board, office, other, cycle } = await setup(ctx.db);
    const { reporter } = await clients(ctx.app, ctx.db, tenant, office.id, other.id);
    const { id } = (await reporter.post('/api/v1/reports', { organisationId: board.id, cycleId: cycle.id })).body;
    const bad = await reporter.put(`/api/v1/reports/${id}/sections/board-economy`, { version: 0, content: { figures: { units: { slk: { rows: { profit: {} } } } } } });
    expect(bad.status).toBe(400);
    expect((await reporter.put(`/api/v1/reports/${id}/sections/no-such-section`, { version: 0, content: {} })).status).toBe(404);
  });
});
