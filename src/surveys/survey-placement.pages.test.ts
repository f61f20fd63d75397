import { expect, it } from 'vitest';
import { FormClient, pageText } from '../../test/e2e/form-client.ts';
import { createCycle, createOrganisation, createTenant, createUser, PASSWORD, signedInClient } from '../../test/factories.ts';
import { describeDb, type DbContext } from '../../test/harness.ts';
import type { Actor } from '../auth/roles.ts';
import { createReport } from '../reports/report.commands.ts';
import { formFields } from './fixtures/page-form.ts';
import { GRANT_ANSWERS, GRANT_DERIVED_ROWS, GRANT_GROUPS, GRANT_QUESTIONS, GRANT_SURVEY } from './grant-survey.data.ts';
import { submitResponse } from './response.commands.ts';
import { placeSurveyTable } from './survey-placement.commands.ts';
import { createSurvey, openSurvey } from './survey.commands.ts';

/** Two administrations' answers to the grant-control survey, and the board's draft report to place the table in. */
async function setUp(ctx: DbContext) {
  const tenant = await createTenant(ctx.db);
  const iof = await createOrganisation(ctx.db, tenant, { kind: 'administration', name: 'Idrotts- och föreningsförvaltningen' });
  const kultur = await createOrganisation(ctx.db, tenant, { kind: 'administration', name: 'Kulturförvaltningen' });
  const board = await createOrganisation(ctx.db, tenant, { kind: 'board', name: 'Kommunstyrelsen' });
  const cycle = await createCycle(ctx.db, tenant);
  const system: Actor = { kind: 'system', tenantId: tenant.id, label: 'Test' };
  const { survey, report } = await ctx.db.transaction().execute(async (trx) => {
    const created = await createSurvey(trx, system, tenant, {
      ...GRANT_SURVEY,
      groups: GRANT_GROUPS,
      questions: GRANT_QUESTIONS,
      derivedRows: GRANT_DERIVED_ROWS,
      audience: { type: 'list', organisationIds: [iof.id, kultur.id] },
      cycleId: cycle.id,
    });
    await openSurvey(trx, system, tenant, created.id);
    for (const [organisationId, key] of [[iof.id, 'IOF-F'], [kultur.id, 'KUL-F']] as const) {
      const answers = Object.entries(GRANT_ANSWERS[key]!).map(([question, text]) => ({ question, text }));
      await submitResponse(trx, system, tenant, { surveyId: created.id, organisationId }, { answers });
    }
    return { survey: created, report: await createReport(trx, system, tenant, { organisationId: board.id, cycleId: cycle.id }) };
  });
  const person = async (role: 'reporter' | 'controller', organisationId?: string) => {
    const user = await createUser(ctx.db, tenant, role, organisationId ? { organisationId } : {});
    return new FormClient(ctx.app, tenant).signIn(user.email, PASSWORD);
  };
  const placements = () => ctx.db.selectFrom('survey_placements').selectAll().where('tenant_id', '=', tenant.id).execute();
  return { tenant, iof, kultur, board, cycle, survey, report, person, system, placements };
}

/** Findings without the table's id, which names the placement. */
const comparable = (findings: Array<{ where: Record<string, unknown> }>) => findings.map((f) => ({ ...f, where: { ...f.where, table: undefined } }));

describeDb("placing a survey's table in a report from the workspace, without JavaScript", (ctx) => {
  it('gives the same placement and the same checker findings as the API', async () => {
    const { tenant, iof, kultur, survey, report, person } = await setUp(ctx);
    const controller = await person('controller');
    const path = `/arbete/enkater/${survey.id}/placera`;
    expect((await controller.get(`/arbete/enkater/${survey.id}`)).text).toContain(`href="${path}"`);

    // First the report, then the form with that report's sections.
    const first = await controller.get(path);
    expect(first.status).toBe(200);
    expect(first.text).toContain(`<option value="${report.id}">${report.title}</option>`);
    expect(first.text).not.toContain('name="reportId"');
    const page = await controller.get(`${path}?rapport=${report.id}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('<option value="3.3.3">3.3.3 Övriga beslut och/eller uppdrag</option>');
    // The derived rows show what the answers give beside the field for what the report prints.
    expect(pageText(page.text)).toContain('beräknat 0,9 %');

    const fields = formFields(page.text, path, 'post');
    expect(fields).toMatchObject({ reportId: report.id, organisations: [iof.id, kultur.id] });
    const posted = await controller.post(path, {
      ...fields,
      section: '3.3.3',
      title: 'Tabell 1: Sammanställning över bidragshantering',
      rows: ['ansokningar', 'utbetalt', 'snittutbetalning', 'avslag', 'avslagsandel'],
      'order.snittutbetalning': '2.5',
      [`printed.avslagsandel.${iof.id}`]: '0,8 %',
      [`printed.snittutbetalning.${kultur.id}`]: '37 500',
    });
    expect(posted.status, pageText(posted.text).slice(0, 1500)).toBe(303);
    expect(posted.location).toBe(`/arbete/enkater/${survey.id}?enkat=placed`);

    const api = await signedInClient(ctx.app, ctx.db, tenant, 'controller');
    const byApi = await api.post(`/api/v1/surveys/${survey.id}/placements`, {
      reportId: report.id,
      section: '3.3.3',
      title: 'Tabell 1: Sammanställning över bidragshantering',
      rowKeys: ['ansokningar', 'utbetalt', 'snittutbetalning', 'avslag', 'avslagsandel'],
      organisationIds: [iof.id, kultur.id],
      printed: { avslagsandel: { [iof.id]: '0,8 %' }, snittutbetalning: { [kultur.id]: '37 500' } },
    });
    expect(byApi.status, JSON.stringify(byApi.body)).toBe(201);

    const [fromForm, fromApi] = (await api.get(`/api/v1/surveys/${survey.id}/placements`)).body.data as Array<{ id: string }>;
    expect({ ...fromForm, id: undefined }).toEqual({ ...fromApi, id: undefined });
    const view = async (id: string) => (await api.get(`/api/v1/surveys/${survey.id}/placements/${id}`)).body;
    const [formView, apiView] = [await view(fromForm!.id), await view(fromApi!.id)];
    expect(comparable(formView.findings)).toEqual(comparable(apiView.findings));
    expect(formView.findings.map((f: { rule: string; values: string[] }) => [f.rule, f.values[0]])).toEqual([['ratio-matches-figures', '0,8 %']]);

    // The survey page tells where the table stands, and what the checker finds in it.
    const after = pageText((await controller.get(posted.location!)).text);
    expect(after).toContain('Tabellen är placerad i rapporten.');
    expect(after).toContain(`Rapport ${report.title} Plats avsnitt 3.3.3`);
    expect(after).toContain('Antal avslag/ Antal ansökningar står som 0,8 %');
  });

  it('names what is missing on the form, and writes nothing', async () => {
    const { report, survey, person, placements } = await setUp(ctx);
    const controller = await person('controller');
    const path = `/arbete/enkater/${survey.id}/placera`;
    const fields = formFields((await controller.get(`${path}?rapport=${report.id}`)).text, path, 'post');

    const empty = await controller.post(path, { ...fields, rows: [], title: '' });
    expect(empty.status).toBe(400);
    const text = pageText(empty.text);
    expect(text).toContain('Välj avsnittet i rapporten eller ange bilagans nummer.');
    expect(text).toContain('Tabellen behöver en rubrik på 3–500 tecken.');
    expect(text).toContain('Välj minst en rad till tabellen.');
    // The form comes back as it was filled in, still for the chosen report.
    expect(formFields(empty.text, path, 'post')).toMatchObject({ reportId: report.id, organisations: fields.organisations });

    const both = await controller.post(path, { ...fields, section: '3.3.3', attachment: '2' });
    expect(both.status).toBe(400);
    expect(pageText(both.text)).toContain('Välj antingen ett avsnitt i rapporten eller en bilaga, inte båda.');
    expect(await placements()).toEqual([]);

    // In an attachment of the matter, as the seed's Tabell 1 in attachment 2.
    const inAttachment = await controller.post(path, { ...fields, attachment: '2' });
    expect(inAttachment.status, pageText(inAttachment.text).slice(0, 1500)).toBe(303);
    expect(await placements()).toMatchObject([{ section: null, part: 'attachment-2', report_id: report.id }]);
  });

  it('refuses a reporter (403) and writes nothing', async () => {
    const { tenant, iof, survey, report, person, system, placements } = await setUp(ctx);
    const placed = await ctx.db.transaction().execute((trx) =>
      placeSurveyTable(trx, system, tenant, survey.id, { reportId: report.id, section: '3.3.3', part: null, title: 'Tabell 1', rowKeys: ['ansokningar'], organisationIds: [iof.id], columnLabels: {}, rowLabels: {}, printed: {}, showTotals: false }),
    );
    const before = await placements();
    const reporter = await person('reporter', iof.id);
    const path = `/arbete/enkater/${survey.id}/placera`;
    expect((await reporter.get(path)).status).toBe(403);
    expect((await reporter.get(`${path}?rapport=${report.id}`)).status).toBe(403);
    expect((await reporter.post(path, { reportId: report.id, section: '3.3.3', title: 'Tabell 1', rows: 'ansokningar', organisations: iof.id })).status).toBe(403);
    expect((await reporter.post(`/arbete/enkater/${survey.id}/placeringar/${placed.id}/ta-bort`, {})).status).toBe(403);
    expect(await placements()).toEqual(before);
  });

  it('lets a controller remove a placement while the report can change, and not once it is adopted', async () => {
    const { tenant, iof, survey, report, person, system, placements } = await setUp(ctx);
    const place = () =>
      ctx.db.transaction().execute((trx) =>
        placeSurveyTable(trx, system, tenant, survey.id, { reportId: report.id, section: '3.3.3', part: null, title: 'Tabell 1', rowKeys: ['ansokningar'], organisationIds: [iof.id], columnLabels: {}, rowLabels: {}, printed: {}, showTotals: false }),
      );
    const controller = await person('controller');
    const placed = await place();
    const remove = `/arbete/enkater/${survey.id}/placeringar/${placed.id}/ta-bort`;
    expect((await controller.get(`/arbete/enkater/${survey.id}`)).text).toContain(`action="${remove}"`);
    const removed = await controller.post(remove, {});
    expect(removed.status).toBe(303);
    expect(removed.location).toBe(`/arbete/enkater/${survey.id}?enkat=unplaced`);
    expect(await placements()).toEqual([]);
    const audit = await ctx.db.selectFrom('audit_log').select('action').where('tenant_id', '=', tenant.id).where('entity_id', '=', placed.id).orderBy('at').execute();
    expect(audit.map((a) => a.action)).toEqual(['survey.place', 'survey.unplace']);

    // Adopted and locked: the table stays as the report printed it, and the report is no longer offered.
    const kept = await place();
    await ctx.db.updateTable('reports').set({ status: 'adopted', locked: true, adopted_at: new Date() }).where('tenant_id', '=', tenant.id).where('id', '=', report.id).execute();
    const page = await controller.get(`/arbete/enkater/${survey.id}`);
    expect(page.text).not.toContain(`/placeringar/${kept.id}/ta-bort`);
    expect(pageText(page.text)).toContain('Rapporten kan inte ändras nu');
    const refused = await controller.post(`/arbete/enkater/${survey.id}/placeringar/${kept.id}/ta-bort`, {});
    expect(refused.status).toBe(423);
    expect(pageText(refused.text)).toContain('är fastställd och låst; dess tabeller kan inte ändras.');
    expect(await placements()).toHaveLength(1);
    expect(pageText((await controller.get(`/arbete/enkater/${survey.id}/placera`)).text)).toContain('Det finns ingen rapport som du kan placera tabellen i');
  });
});
