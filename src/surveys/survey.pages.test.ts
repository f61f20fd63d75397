import { expect, it } from 'vitest';
import { FormClient, pageText } from '../../test/e2e/form-client.ts';
import { createOrganisation, createTenant, createUser, PASSWORD } from '../../test/factories.ts';
import { describeDb, type DbContext } from '../../test/harness.ts';
import type { Actor } from '../auth/roles.ts';
import { GRANT_ANSWERS, GRANT_DERIVED_ROWS, GRANT_GROUPS, GRANT_QUESTIONS, GRANT_SURVEY } from './grant-survey.data.ts';
import { createSurvey, openSurvey } from './survey.commands.ts';

async function setUp(ctx: DbContext) {
  const tenant = await createTenant(ctx.db);
  const iof = await createOrganisation(ctx.db, tenant, { kind: 'administration', name: 'Idrotts- och föreningsförvaltningen' });
  const hisingen = await createOrganisation(ctx.db, tenant, { kind: 'administration', name: 'Socialförvaltning Hisingen' });
  const system: Actor = { kind: 'system', tenantId: tenant.id, label: 'Test' };
  const survey = await ctx.db.transaction().execute(async (trx) => {
    const created = await createSurvey(trx, system, tenant, {
      ...GRANT_SURVEY,
      deadline: null,
      groups: GRANT_GROUPS,
      questions: GRANT_QUESTIONS,
      derivedRows: GRANT_DERIVED_ROWS,
      audience: { type: 'list', organisationIds: [iof.id, hisingen.id] },
      cycleId: null,
    });
    return openSurvey(trx, system, tenant, created.id);
  });
  const person = async (role: 'reporter' | 'controller', organisationId?: string) => {
    const user = await createUser(ctx.db, tenant, role, organisationId ? { organisationId } : {});
    return new FormClient(ctx.app, tenant).signIn(user.email, PASSWORD);
  };
  return { tenant, iof, hisingen, survey, person };
}

/** The Hisingen answers as a person fills in the form: "oklart" as checkboxes, the amount in parts. */
function hisingenForm(overrides: Record<string, string> = {}) {
  return {
    version: '1',
    'a.ansokningar': '110',
    'a.utbetalt': '10,7',
    'u.utbetalt': 'mkr',
    'a.kontroller_ansokan': '0',
    'a.avslag': '0',
    'a.grundkontroller': 'ja',
    'unknown.granskningar_stodperiod': '1',
    'unknown.aterkrav': '1',
    'm.aterkrav': '207',
    'u.aterkrav': 'tkr',
    'a.brottsanmalningar': '0',
    ...overrides,
  };
}

describeDb('survey pages in the workspace, without JavaScript', (ctx) => {
  it('lets an organisation answer in a form: errors beside their questions, nothing saved, then submitted', async () => {
    const { tenant, hisingen, survey, person } = await setUp(ctx);
    const reporter = await person('reporter', hisingen.id);
    const list = await reporter.get('/arbete/enkater');
    expect(list.status).toBe(200);
    expect(list.text).toContain(`href="/arbete/enkater/${survey.id}/svar/${hisingen.id}"`);

    const path = `/arbete/enkater/${survey.id}/svar/${hisingen.id}`;
    const form = await reporter.get(path);
    expect(form.status).toBe(200);
    // Every question is a labelled field; "oklart" is offered only where the question allows it.
    expect(form.text).toContain('<label for="q-ansokningar">');
    expect(form.text).toContain('name="unknown.granskningar_stodperiod"');
    expect(form.text).not.toContain('name="unknown.ansokningar"');
    expect(form.text).toContain('<legend>Antal återkrav (belopp)');

    const refused = await reporter.post(path, hisingenForm({ 'a.ansokningar': 'hundratio', 'a.avslag': '-1', action: 'save' }));
    expect(refused.status).toBe(400);
    const text = pageText(refused.text);
    expect(text).toContain('Antal ansökningar: "hundratio" är inte ett tal.');
    expect(text).toContain('Antal avslag i samband med ansökan: ett antal kan inte vara negativt (-1).');
    expect(refused.text).toContain('href="#q-ansokningar"');
    expect(refused.text).toMatch(/id="q-ansokningar"[^>]*value="hundratio"|value="hundratio"[^>]*id="q-ansokningar"/);
    expect(refused.text).toContain('aria-invalid="true"');
    const written = await ctx.db.selectFrom('survey_answers').select('question_key').where('tenant_id', '=', tenant.id).execute();
    expect(written).toEqual([]);

    const submitted = await reporter.post(path, hisingenForm({ action: 'submit' }));
    expect(submitted.status, pageText(submitted.text).slice(0, 2000)).toBe(303);
    expect(submitted.location).toBe(`${path}?enkat=submitted`);
    const after = await reporter.get(submitted.location!);
    expect(pageText(after.text)).toContain('Svaret är inskickat. Tack!');
    expect(after.text).toContain('name="reason"');
    const stored = await ctx.db.selectFrom('survey_answers').select(['question_key', 'answer']).where('tenant_id', '=', tenant.id).execute();
    expect(Object.fromEntries(stored.map((r) => [r.question_key, r.answer]))).toMatchObject({
      utbetalt: { kind: 'amount', value: 10.7, unit: 'mkr' },
      granskningar_stodperiod: { kind: 'unknown' },
      aterkrav: { kind: 'count-with-amount', count: 'unknown', amount: { value: 207, unit: 'tkr' } },
    });
  });

  it("links a reporter on the list to their own organisation's response in each survey, and to no other", async () => {
    const { tenant, iof, hisingen, survey, person } = await setUp(ctx);
    const system: Actor = { kind: 'system', tenantId: tenant.id, label: 'Test' };
    const second = await ctx.db.transaction().execute(async (trx) => {
      const created = await createSurvey(trx, system, tenant, {
        ...GRANT_SURVEY,
        title: 'Andra enkäten',
        deadline: null,
        groups: GRANT_GROUPS,
        questions: GRANT_QUESTIONS,
        derivedRows: GRANT_DERIVED_ROWS,
        audience: { type: 'list', organisationIds: [iof.id, hisingen.id] },
        cycleId: null,
      });
      return openSurvey(trx, system, tenant, created.id);
    });
    const list = (await (await person('reporter', iof.id)).get('/arbete/enkater')).text;
    for (const id of [survey.id, second.id]) {
      expect(list).toContain(`href="/arbete/enkater/${id}/svar/${iof.id}"`);
      expect(list).not.toContain(`href="/arbete/enkater/${id}/svar/${hisingen.id}"`);
    }
  });

  it("refuses another organisation's response page and form (403, nothing written)", async () => {
    const { tenant, iof, hisingen, survey, person } = await setUp(ctx);
    const reporter = await person('reporter', iof.id);
    const other = `/arbete/enkater/${survey.id}/svar/${hisingen.id}`;
    expect((await reporter.get(other)).status).toBe(403);
    expect((await reporter.post(other, hisingenForm({ action: 'submit' }))).status).toBe(403);
    expect((await reporter.get(`/arbete/enkater/${survey.id}`)).location).toBe(`/arbete/enkater/${survey.id}/svar/${iof.id}`);
    expect((await reporter.post(`/arbete/enkater/${survey.id}/paminn`, {})).status).toBe(403);
    expect(await ctx.db.selectFrom('survey_answers').select('question_key').where('tenant_id', '=', tenant.id).execute()).toEqual([]);
  });

  it("shows the controller who has answered, chases the others, and shows the table", async () => {
    const { tenant, iof, survey, person } = await setUp(ctx);
    const iofReporter = await person('reporter', iof.id);
    const answers = Object.fromEntries(
      Object.entries(GRANT_ANSWERS['IOF-F']!).map(([key, value]) => (key === 'aterkrav' ? [`a.${key}`, '10'] : [`a.${key}`, value.replace(/ mkr$/, '')])),
    );
    const done = await iofReporter.post(`/arbete/enkater/${survey.id}/svar/${iof.id}`, { version: '1', ...answers, 'm.aterkrav': '260', 'u.aterkrav': 'tkr', 'u.utbetalt': 'mkr', action: 'submit' });
    expect(done.status, pageText(done.text).slice(0, 1500)).toBe(303);

    const controller = await person('controller');
    const page = await controller.get(`/arbete/enkater/${survey.id}`);
    expect(page.status).toBe(200);
    const text = pageText(page.text);
    expect(text).toContain('1 av 2 har svarat');
    // Hisingen has not answered: its column and the derived totals have no value yet.
    expect(text).toMatch(/Snittutbetalning i kronor \(beräknad\) 75\s000 – –/);
    expect(text).toMatch(/Antal avslag\/ Antal ansökningar \(beräknad\) 0,9\s% – –/);
    expect(text).toMatch(/Antal ansökningar 1\s693 – minst 1\s693/);
    expect(page.text).toContain(`/api/v1/surveys/${survey.id}/export/enkat.xlsx`);

    const chased = await controller.post(`/arbete/enkater/${survey.id}/paminn`, {});
    expect(chased.status).toBe(303);
    expect(pageText((await controller.get(chased.location!)).text)).toContain('Påminnelse är köad till 1 organisation (omgång 1).');
    const jobs = await ctx.db.selectFrom('jobs').select('payload').where('tenant_id', '=', tenant.id).where('kind', '=', 'survey.remind').execute();
    expect(jobs).toHaveLength(1);
  });

  it('lets a controller write a survey in the form, with more rows on request', async () => {
    const { iof, hisingen, person } = await setUp(ctx);
    const controller = await person('controller');
    const blank = await controller.get('/arbete/enkater/ny');
    expect(blank.status).toBe(200);
    expect(blank.text).toContain('name="q5.key"');
    expect(blank.text).not.toContain('name="q6.key"');
    const more = await controller.post('/arbete/enkater/ny', { questionRows: '6', derivedRows: '2', title: 'Kvar', action: 'more' });
    expect(more.text).toContain('name="q10.key"');
    expect(more.text).toContain('value="Kvar"');

    const fields = {
      questionRows: '6',
      derivedRows: '2',
      title: 'Otillåten påverkan 2023',
      groups: 'Rapportering\nUtbildning',
      'q0.key': 'handelser',
      'q0.kind': 'number',
      'q0.text': 'Antal rapporterade händelser',
      'q0.group': '1',
      'q0.unknown': '1',
      'q1.key': 'utbildade',
      'q1.kind': 'yes-no',
      'q1.text': 'Har samtliga chefer utbildats?',
      'q1.group': '2',
      'd0.key': 'x',
      'd0.label': 'Händelser per chef',
      'd0.formula': 'handelser / okand',
      audience: 'list',
      organisations: [iof.id, hisingen.id],
    };
    const refused = await controller.post('/arbete/enkater/ny', fields);
    expect(refused.status).toBe(400);
    expect(pageText(refused.text)).toContain('Beräknad rad 1: formeln nämner "okand", som inte är en fråga i enkäten.');
    const created = await controller.post('/arbete/enkater/ny', { ...fields, 'd0.formula': '100 * handelser / 10', 'd0.unit': '%' });
    expect(created.status, pageText(created.text).slice(0, 1500)).toBe(303);
    const page = pageText((await controller.get(created.location!)).text);
    expect(page).toContain('Enkäten är sparad som utkast.');
    expect(page).toContain('Idrotts- och föreningsförvaltningen, Socialförvaltning Hisingen');
  });
});

describeDb('surveys in the workspace menu', (ctx) => {
  it('are in the menu and on the start page for those who can read them, and not for others', async () => {
    const { hisingen, person } = await setUp(ctx);
    const reporter = await person('reporter', hisingen.id);
    const start = await reporter.get('/arbete');
    expect(start.text).toContain('<a href="/arbete/enkater">Enkäter</a>');
    expect(pageText(start.text)).toContain('Besvara enkäter för din organisation.');
    const tenant = reporter.tenant;
    const secretary = await createUser(ctx.db, tenant, 'secretary', { organisationId: hisingen.id });
    const other = await new FormClient(ctx.app, tenant).signIn(secretary.email, PASSWORD);
    expect((await other.get('/arbete')).text).not.toContain('/arbete/enkater');
    expect((await other.get('/arbete/enkater')).status).toBe(403);
  });
});
