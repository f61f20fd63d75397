/**
 * The reporter's and the controller's day through the workspace's forms, as a browser without
 * JavaScript does it: open a cycle, write and submit, return with a comment, submit again,
 * accept; and two people saving the same section.
 */
import { expect, it } from 'vitest';
import { FormClient, inputValue, pageText } from '../../test/e2e/form-client.ts';
import { createOrganisation, createTenant, createUser, PASSWORD, signedInClient } from '../../test/factories.ts';
import { describeDb } from '../../test/harness.ts';

describeDb('Reporting in the workspace', (ctx) => {
  async function setUp() {
    const tenant = await createTenant(ctx.db);
    const committee = await createOrganisation(ctx.db, tenant, { kind: 'committee', name: 'Kulturnämnden' });
    const admin = await signedInClient(ctx.app, ctx.db, tenant, 'administrator');
    const assignment = await admin.post('/api/v1/assignments', { dnr: 'SLK-2024-00042', title: 'Kulturnämnden får i uppdrag att öppna fler bibliotek', origin: 'board', organisationIds: [committee.id] });
    expect(assignment.status).toBe(201);
    const controller = await new FormClient(ctx.app, tenant).signIn((await createUser(ctx.db, tenant, 'controller')).email, PASSWORD);
    const reporterUser = await createUser(ctx.db, tenant, 'reporter', { organisationId: committee.id });
    const reporter = await new FormClient(ctx.app, tenant).signIn(reporterUser.email, PASSWORD);
    await controller.get('/arbete/uppfoljning');
    const opened = await controller.post('/arbete/uppfoljning', {
      name: 'Delårsrapport augusti 2024',
      kind: 'interim',
      year: '2024',
      periodStart: '2024-01-01',
      periodEnd: '2024-08-31',
      committeeDeadline: '2024-09-25',
      templateKey: 'interim-report',
      organisationIds: [committee.id],
    });
    expect(opened.status, opened.text.slice(0, 2000)).toBe(303);
    const board = await controller.get(opened.location!);
    expect(pageText(board.text)).toContain('Kulturnämnden');
    // The deadline has passed: the board says so in words.
    expect(pageText(board.text)).toContain('Utkast – Försenad');
    const list = await reporter.get('/arbete/rapporter');
    const reportPath = /href="(\/arbete\/rapporter\/[0-9a-f-]{36})"/.exec(list.text)![1]!;
    return { tenant, committee, controller, reporter, reportPath, assignmentId: assignment.body.id as string, boardPath: opened.location!.split('?')[0]! };
  }

  it('walks a report from draft through return to acceptance, moving the assignment', async () => {
    const { reporter, controller, reportPath, assignmentId, committee, tenant, boardPath } = await setUp();
    const overview = await reporter.get(reportPath);
    expect(overview.status).toBe(200);
    const summaryPath = /href="([^"]+\/avsnitt\/summary)"/.exec(overview.text)![1]!;
    const accountPath = new RegExp(`href="([^"]+/avsnitt/[a-z-]+:${assignmentId})"`).exec(overview.text)![1]!;

    await reporter.get(summaryPath);
    const saved = await reporter.post(summaryPath, { version: '0', text: 'Nämnden håller budget.\n\nTre nya bibliotek öppnade.' });
    expect(saved.status).toBe(303);
    const again = await reporter.get(summaryPath);
    expect(again.text).toContain('&lt;p&gt;Nämnden håller budget.&lt;/p&gt;&lt;p&gt;Tre nya bibliotek öppnade.&lt;/p&gt;');

    const account = await reporter.get(accountPath);
    expect(pageText(account.text)).toContain('Kulturnämnden får i uppdrag att öppna fler bibliotek');
    expect((await reporter.post(accountPath, { version: inputValue(account.text, 'version')!, proposed: 'done', text: 'Tre bibliotek är öppnade.' })).status).toBe(303);

    await reporter.get(reportPath);
    expect((await reporter.post(`${reportPath}/lamna-in`)).status).toBe(303);
    const status = await ctx.db.selectFrom('assignees').select('status').where('tenant_id', '=', tenant.id).where('assignment_id', '=', assignmentId).where('organisation_id', '=', committee.id).executeTakeFirstOrThrow();
    expect(status.status).toBe('proposed-done');

    const review = await controller.get(reportPath);
    expect(pageText(review.text)).toContain('Granska');
    const noComment = await controller.post(`${reportPath}/granskning`, { decision: 'return', comment: '' });
    expect(noComment.status).toBe(400);
    expect((await controller.post(`${reportPath}/granskning`, { decision: 'return', comment: 'Lägg till prognosen för helåret.' })).status).toBe(303);

    const returned = await reporter.get(reportPath);
    expect(pageText(returned.text)).toContain('Rapporten skickades tillbaka: Lägg till prognosen för helåret.');
    expect((await reporter.post(`${reportPath}/lamna-in`)).status).toBe(303);
    await controller.get(reportPath);
    expect((await controller.post(`${reportPath}/granskning`, { decision: 'accept', comment: '' })).status).toBe(303);
    const board = await controller.get(boardPath);
    expect(pageText(board.text)).toContain('Godkänd av stadsledningskontoret');
    const consolidation = await controller.get(`${boardPath}/sammanstallning`);
    expect(consolidation.status).toBe(200);
    expect(pageText(consolidation.text)).toContain('Med i sammanställningen (1)');
  });

  it('tells the second writer of a section about the conflict and keeps their text', async () => {
    const { reporter, reportPath, tenant, committee } = await setUp();
    const colleague = await new FormClient(ctx.app, tenant).signIn((await createUser(ctx.db, tenant, 'reporter', { organisationId: committee.id })).email, PASSWORD);
    const path = `${reportPath}/avsnitt/summary`;
    const mine = await reporter.get(path);
    await colleague.get(path);
    expect((await colleague.post(path, { version: inputValue(mine.text, 'version')!, text: 'Kollegans text.' })).status).toBe(303);

    const conflict = await reporter.post(path, { version: inputValue(mine.text, 'version')!, text: 'Min text som inte får försvinna.' });
    expect(conflict.status).toBe(409);
    const page = pageText(conflict.text);
    expect(page).toContain('Någon annan sparade avsnittet medan du skrev');
    expect(page).toContain('Kollegans text.');
    expect(conflict.text).toContain('Min text som inte får försvinna.');
    // Saving again from the conflict page replaces the colleague's version deliberately.
    expect((await reporter.post(path, { version: inputValue(conflict.text, 'version')!, text: 'Min text som inte får försvinna.' })).status).toBe(303);

    // The background save gets the conflict as JSON.
    const stale = await colleague.post(path, { version: '1', text: 'Gammal', autosave: '1' }, { accept: 'application/json' });
    expect(stale.status).toBe(409);
    expect(JSON.parse(stale.text).error.code).toBe('conflict');
  });
});
