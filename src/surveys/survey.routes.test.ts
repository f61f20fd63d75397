import { expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { createCycle, createOrganisation, createTenant, signedInClient, type TestClient } from '../../test/factories.ts';
import { describeDb, type DbContext } from '../../test/harness.ts';
import type { Tenant } from '../tenants/tenant.ts';
import { GRANT_ANSWERS, GRANT_DERIVED_ROWS, GRANT_GROUPS, GRANT_QUESTIONS, GRANT_SURVEY } from './grant-survey.data.ts';

/** A tenant with two administrations, a controller, and a reporter for each administration. */
async function setUp(ctx: DbContext) {
  const tenant = await createTenant(ctx.db);
  const iof = await createOrganisation(ctx.db, tenant, { kind: 'administration', name: 'Idrotts- och föreningsförvaltningen' });
  const kultur = await createOrganisation(ctx.db, tenant, { kind: 'administration', name: 'Kulturförvaltningen' });
  const controller = await signedInClient(ctx.app, ctx.db, tenant, 'controller');
  const iofReporter = await signedInClient(ctx.app, ctx.db, tenant, 'reporter', { organisationId: iof.id });
  const kulturReporter = await signedInClient(ctx.app, ctx.db, tenant, 'reporter', { organisationId: kultur.id });
  const res = await controller.post('/api/v1/surveys', {
    ...GRANT_SURVEY,
    groups: GRANT_GROUPS,
    questions: GRANT_QUESTIONS,
    derivedRows: GRANT_DERIVED_ROWS,
    audience: { type: 'list', organisationIds: [iof.id, kultur.id] },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  const survey = res.body as { id: string; status: string };
  return { tenant, iof, kultur, controller, iofReporter, kulturReporter, survey };
}

const asInputs = (texts: Record<string, string>) => Object.entries(texts).map(([question, text]) => ({ question, text }));

async function answerCount(ctx: DbContext, tenant: Tenant, surveyId: string) {
  const row = await ctx.db.selectFrom('survey_answers').select((eb) => eb.fn.countAll<number>().as('n')).where('tenant_id', '=', tenant.id).where('survey_id', '=', surveyId).executeTakeFirstOrThrow();
  return Number(row.n);
}

const responsePath = (surveyId: string, organisationId: string) => `/api/v1/surveys/${surveyId}/responses/${organisationId}`;

describeDb('surveys over HTTP', (ctx) => {
  it('lets a controller write and open a survey, and an organisation answer, submit, and be reopened', async () => {
    const { iof, kultur, controller, iofReporter, survey } = await setUp(ctx);
    expect(survey.status).toBe('draft');
    // Nobody can answer a draft.
    expect((await iofReporter.put(responsePath(survey.id, iof.id), { answers: [] })).status).toBe(404);
    const opened = await controller.post(`/api/v1/surveys/${survey.id}/open`);
    // Its deadline (2023-08-25) has passed: no automatic reminder; the controller chases by hand.
    expect(opened.body).toMatchObject({ status: 'open', reminderRounds: 0 });

    const draft = await iofReporter.put(responsePath(survey.id, iof.id), { answers: asInputs({ ansokningar: '1 693', utbetalt: '127 mkr', aterkrav: '10 (260 tkr)' }) });
    expect(draft.status, JSON.stringify(draft.body)).toBe(200);
    expect(draft.body).toMatchObject({
      status: 'draft',
      answers: { ansokningar: { kind: 'number', value: 1693 }, utbetalt: { kind: 'amount', value: 127, unit: 'mkr' }, aterkrav: { kind: 'count-with-amount', count: 10, amount: { value: 260, unit: 'tkr' } } },
    });

    // Submitting without the required answers names what is missing.
    const incomplete = await iofReporter.post(`${responsePath(survey.id, iof.id)}/submit`, { answers: [] });
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.error.details.problems.map((p: { question: string; code: string }) => `${p.question}:${p.code}`)).toEqual([
      'kontroller_ansokan:required',
      'avslag:required',
      'grundkontroller:required',
      'granskningar_stodperiod:required',
      'brottsanmalningar:required',
    ]);

    const submitted = await iofReporter.post(`${responsePath(survey.id, iof.id)}/submit`, { answers: asInputs(GRANT_ANSWERS['IOF-F']!) });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    expect(submitted.body.status).toBe('submitted');

    // A submitted response is locked until the controller reopens it.
    const locked = await iofReporter.put(responsePath(survey.id, iof.id), { answers: asInputs({ ansokningar: '1 700' }) });
    expect(locked.status).toBe(423);
    expect(locked.body.error.code).toBe('locked');
    expect((await iofReporter.post(`${responsePath(survey.id, iof.id)}/reopen-request`, { reason: 'Fel antal ansökningar' })).body.reopenReason).toBe('Fel antal ansökningar');
    expect((await iofReporter.post(`${responsePath(survey.id, iof.id)}/reopen`, {})).status).toBe(403);
    const reopened = await controller.post(`${responsePath(survey.id, iof.id)}/reopen`, { reason: 'Begärt av förvaltningen' });
    expect(reopened.body).toMatchObject({ status: 'draft', answers: { ansokningar: { value: 1693 } } });

    const progress = await controller.get(`/api/v1/surveys/${survey.id}/progress`);
    expect(progress.body).toMatchObject({ expected: 2, submitted: 0, drafts: 1, notStarted: 1, summary: '0 av 2 har svarat' });
    await iofReporter.post(`${responsePath(survey.id, iof.id)}/submit`, { answers: [] });
    expect((await controller.get(`/api/v1/surveys/${survey.id}/progress`)).body.summary).toBe('1 av 2 har svarat');
    expect((await controller.get(`/api/v1/surveys/${survey.id}/progress`)).body.organisations.map((o: { organisationId: string; status: string }) => [o.organisationId, o.status])).toEqual(
      expect.arrayContaining([
        [iof.id, 'submitted'],
        [kultur.id, 'not-started'],
      ]),
    );
  });

  it('refuses invalid answers with a code per answer, and writes nothing', async () => {
    const { tenant, iof, controller, iofReporter, survey } = await setUp(ctx);
    await controller.post(`/api/v1/surveys/${survey.id}/open`);
    const res = await iofReporter.put(responsePath(survey.id, iof.id), {
      answers: [
        { question: 'ansokningar', text: 'ungefär tvåtusen' },
        { question: 'avslag', value: -2 },
        { question: 'utbetalt', value: 127, unit: '%' },
        { question: 'brottsanmalningar', text: 'oklart' },
        { question: 'aterkrav', text: '3 (250 st)' },
        { question: 'kontroller_ansokan', text: '53' },
        { question: 'finns_inte', text: '1' },
      ],
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_input');
    expect(res.body.error.details.problems.map((p: { question: string; code: string }) => [p.question, p.code])).toEqual([
      ['ansokningar', 'not_a_number'],
      ['avslag', 'negative'],
      ['utbetalt', 'wrong_unit'],
      ['brottsanmalningar', 'unknown_not_allowed'],
      ['aterkrav', 'wrong_unit'],
      ['finns_inte', 'unknown_question'],
    ]);
    expect(res.body.error.message).toContain('Antal ansökningar: "ungefär tvåtusen" är inte ett tal.');
    // The one valid answer was not written either.
    expect(await answerCount(ctx, tenant, survey.id)).toBe(0);
    expect((await iofReporter.get(responsePath(survey.id, iof.id))).body.status).toBe('not-started');
  });

  it("lets an organisation see and edit only its own answers (403, nothing written)", async () => {
    const { tenant, iof, kultur, controller, iofReporter, kulturReporter, survey } = await setUp(ctx);
    await controller.post(`/api/v1/surveys/${survey.id}/open`);
    await kulturReporter.put(responsePath(survey.id, kultur.id), { answers: asInputs({ ansokningar: '2 000' }) });
    const before = await answerCount(ctx, tenant, survey.id);

    expect((await iofReporter.get(responsePath(survey.id, kultur.id))).status).toBe(403);
    for (const attempt of [
      () => iofReporter.put(responsePath(survey.id, kultur.id), { answers: asInputs({ ansokningar: '1' }) }),
      () => iofReporter.post(`${responsePath(survey.id, kultur.id)}/submit`, { answers: asInputs(GRANT_ANSWERS['KUL-F']!) }),
      () => iofReporter.post(`${responsePath(survey.id, kultur.id)}/reopen-request`, { reason: 'inte vårt svar' }),
    ]) {
      const res = await attempt();
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('forbidden');
    }
    expect(await answerCount(ctx, tenant, survey.id)).toBe(before);
    expect((await kulturReporter.get(responsePath(survey.id, kultur.id))).body).toMatchObject({ status: 'draft', answers: { ansokningar: { value: 2000 } } });

    // The aggregate, progress and exports show every organisation's answers: not for reporters.
    for (const path of [`/api/v1/surveys/${survey.id}/aggregate`, `/api/v1/surveys/${survey.id}/progress`, `/api/v1/surveys/${survey.id}/export/svar.csv`]) {
      expect((await iofReporter.get(path)).status, path).toBe(403);
    }
    // A reporter lists only the surveys their organisation answers; others see none.
    const other = await createOrganisation(ctx.db, tenant, { kind: 'administration', name: 'Förskoleförvaltningen' });
    const outsider = await signedInClient(ctx.app, ctx.db, tenant, 'reporter', { organisationId: other.id });
    expect((await iofReporter.get('/api/v1/surveys')).body.data.map((s: { id: string }) => s.id)).toEqual([survey.id]);
    expect((await outsider.get('/api/v1/surveys')).body.data).toEqual([]);
    // Controllers and readers do not answer for organisations; readers do not read answers.
    expect((await controller.put(responsePath(survey.id, iof.id), { answers: asInputs({ ansokningar: '1' }) })).status).toBe(403);
    const reader = await signedInClient(ctx.app, ctx.db, tenant, 'reader');
    expect((await reader.get(responsePath(survey.id, iof.id))).status).toBe(403);
    expect((await reader.post('/api/v1/surveys', {})).status).toBe(403);
    expect((await iofReporter.post(`/api/v1/surveys/${survey.id}/close`)).status).toBe(403);
    expect(await answerCount(ctx, tenant, survey.id)).toBe(before);
  });

  it('aggregates submitted answers with derived rows and totals, and exports them', async () => {
    const { iof, kultur, controller, iofReporter, kulturReporter, survey } = await setUp(ctx);
    await controller.post(`/api/v1/surveys/${survey.id}/open`);
    await iofReporter.post(`${responsePath(survey.id, iof.id)}/submit`, { answers: asInputs(GRANT_ANSWERS['IOF-F']!) });
    await kulturReporter.post(`${responsePath(survey.id, kultur.id)}/submit`, { answers: asInputs({ ...GRANT_ANSWERS['KUL-F']!, granskningar_stodperiod: 'oklart' }) });
    const table = (await controller.get(`/api/v1/surveys/${survey.id}/aggregate`)).body;
    const row = (key: string) => table.rows.find((r: { key: string }) => r.key === key);
    expect(row('snittutbetalning').cells.map((c: { text: string }) => c.text)).toEqual(['75\u00a0000', '38\u00a0000']);
    expect(row('avslagsandel').cells.map((c: { text: string }) => c.text)).toEqual(['0,9\u00a0%', '0,1\u00a0%']);
    expect(row('granskningar_stodperiod').total).toMatchObject({ text: 'minst 10', atLeast: 10, quantity: { kind: 'unknown' } });

    // The test client reads bodies as text (dropping a BOM); files are checked as bytes.
    const host = controller.tenant.hostnames[0]!;
    const cookie = (controller as unknown as { cookie: string }).cookie;
    const download = (file: string) => ctx.app.request(`http://${host}/api/v1/surveys/${survey.id}/export/${file}`, { headers: { host, cookie } });
    const csv = await download('sammanstallning.csv');
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe('"Fråga";"Idrotts- och föreningsförvaltningen";"Kulturförvaltningen";"Totalt"');
    expect(lines).toContain('"Totalt utbetalade belopp (mkr)";"127";"75";"202"');
    expect(lines).toContain('"Antal avslag/ Antal ansökningar (%)";"0,9";"0,1";"0,5"');
    expect(lines).toContain('"Antal fördjupade granskningar under stödperiod";"10";"oklart";"minst 10"');
    expect(lines).toContain('"Antal återkrav (belopp) – belopp (tkr)";"260";"0";"260"');

    const answers = await controller.get(`/api/v1/surveys/${survey.id}/export/svar.csv`);
    expect(answers.text).toContain('"Idrotts- och föreningsförvaltningen";"inskickat";');
    expect(answers.text).toContain('"utbetalt";"Totalt utbetalade belopp";"127 mkr";"127";"mkr"');

    const xlsx = await download('enkat.xlsx');
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await xlsx.arrayBuffer());
    const sheet = book.getWorksheet('Sammanställning')!;
    const paid = sheet.getRows(1, sheet.rowCount)!.find((r) => r.getCell(1).value === 'Totalt utbetalade belopp (mkr)')!;
    expect([paid.getCell(2).value, paid.getCell(3).value, paid.getCell(4).value]).toEqual([127, 75, 202]);
    expect(book.getWorksheet('Svar')!.rowCount).toBe(1 + 2 * GRANT_QUESTIONS.length);
  });

  it('starts the next round with the same questions and compares it with the previous one', async () => {
    const { iof, kultur, controller, iofReporter, kulturReporter, survey } = await setUp(ctx);
    await controller.post(`/api/v1/surveys/${survey.id}/open`);
    await iofReporter.post(`${responsePath(survey.id, iof.id)}/submit`, { answers: asInputs(GRANT_ANSWERS['IOF-F']!) });
    await controller.post(`/api/v1/surveys/${survey.id}/close`);

    const next = await controller.post(`/api/v1/surveys/${survey.id}/rounds`, { title: 'Kontrollarbetet inom föreningsbidrag och kulturstöd augusti 2024', deadline: '2024-08-23', periodLabel: '230701–240630' });
    expect(next.status, JSON.stringify(next.body)).toBe(201);
    expect(next.body).toMatchObject({ status: 'draft', previousRoundId: survey.id, repeats: true, periodLabel: '230701–240630' });
    expect(next.body.questions.map((q: { key: string }) => q.key)).toEqual(GRANT_QUESTIONS.map((q) => q.key));
    expect((await controller.post(`/api/v1/surveys/${survey.id}/rounds`, {})).body.error.code).toBe('duplicate');

    await controller.post(`/api/v1/surveys/${next.body.id}/open`);
    await iofReporter.post(`${responsePath(next.body.id, iof.id)}/submit`, { answers: asInputs({ ...GRANT_ANSWERS['IOF-F']!, ansokningar: '1 800' }) });
    await kulturReporter.post(`${responsePath(next.body.id, kultur.id)}/submit`, { answers: asInputs(GRANT_ANSWERS['KUL-F']!) });
    const compared = (await controller.get(`/api/v1/surveys/${next.body.id}/aggregate?compare=previous`)).body;
    const applications = compared.comparison.rows.find((r: { key: string }) => r.key === 'ansokningar');
    expect(applications.cells[0]).toMatchObject({ previous: '1\u00a0693', change: { kind: 'value', value: 107 } });
    // Kulturförvaltningen did not answer last round: no change can be given.
    expect(applications.cells[1]).toMatchObject({ previous: '–', change: { kind: 'missing' }, changePercent: null });
  });

  it('refuses a survey whose formulas name questions it does not have', async () => {
    const tenant = await createTenant(ctx.db);
    const org = await createOrganisation(ctx.db, tenant);
    const controller: TestClient = await signedInClient(ctx.app, ctx.db, tenant, 'controller');
    const res = await controller.post('/api/v1/surveys', {
      title: 'Trasig enkät',
      questions: [{ key: 'antal', kind: 'number', text: 'Antal' }],
      derivedRows: [{ key: 'andel', label: 'Andel', formula: '100 * avslag / antal', unit: '%', decimals: 1 }],
      audience: { type: 'list', organisationIds: [org.id] },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.fields).toEqual([{ path: 'derivedRows.0.formula', message: 'formeln nämner "avslag", som inte är en fråga i enkäten.' }]);
  });
});

describeDb('survey tables placed in reports', (ctx) => {
  it('places the table in a report section and hands the report its table as printed, with findings', async () => {
    const { tenant, iof, kultur, controller, iofReporter, kulturReporter, survey } = await setUp(ctx);
    await controller.post(`/api/v1/surveys/${survey.id}/open`);
    await iofReporter.post(`${responsePath(survey.id, iof.id)}/submit`, { answers: asInputs(GRANT_ANSWERS['IOF-F']!) });
    await kulturReporter.post(`${responsePath(survey.id, kultur.id)}/submit`, { answers: asInputs(GRANT_ANSWERS['KUL-F']!) });
    const cycle = await createCycle(ctx.db, tenant);
    const board = await createOrganisation(ctx.db, tenant, { kind: 'board', name: 'Kommunstyrelsen' });
    const report = await controller.post('/api/v1/reports', { organisationId: board.id, cycleId: cycle.id });
    expect(report.status, JSON.stringify(report.body)).toBe(201);

    const placement = {
      reportId: report.body.id,
      section: '3.3.3',
      title: 'Tabell 1: Sammanställning över bidragshantering',
      rowKeys: ['ansokningar', 'avslag', 'avslagsandel'],
      organisationIds: [iof.id, kultur.id],
      printed: { avslagsandel: { [iof.id]: '0,8 %' }, ansokningar: { [kultur.id]: '2 000' } },
    };
    expect((await iofReporter.post(`/api/v1/surveys/${survey.id}/placements`, placement)).status).toBe(403);
    const bad = await controller.post(`/api/v1/surveys/${survey.id}/placements`, { ...placement, rowKeys: ['ansokningar', 'finns_inte'] });
    expect(bad.status).toBe(400);
    // A section the report does not have would leave the table out of it: refused, as is a place in no section at all.
    const nowhere = await controller.post(`/api/v1/surveys/${survey.id}/placements`, { ...placement, section: '3.4' });
    expect(nowhere.status).toBe(400);
    expect(nowhere.body.error.details.fields).toEqual([{ path: 'section', message: 'rapporten har inget avsnitt 3.4.' }]);
    expect((await controller.post(`/api/v1/surveys/${survey.id}/placements`, { ...placement, section: null })).status).toBe(400);
    const placed = await controller.post(`/api/v1/surveys/${survey.id}/placements`, placement);
    expect(placed.status, JSON.stringify(placed.body)).toBe(201);

    const view = await controller.get(`/api/v1/surveys/${survey.id}/placements/${placed.body.id}`);
    expect(view.body.findings.map((f: { rule: string; values: string[] }) => [f.rule, f.values[0]])).toEqual([['ratio-matches-figures', '0,8 %']]);

    const forReport = await controller.get(`/api/v1/survey-placements?report=${report.body.id}`);
    expect(forReport.status).toBe(200);
    const [entry] = forReport.body.data;
    expect(entry.placement).toMatchObject({ section: '3.3.3', reportId: report.body.id });
    expect(entry.table.kind).toBe('survey');
    expect(entry.table.rows.find((r: { key: string }) => r.key === 'avslagsandel').cells[0]).toEqual({ given: '0,8 %', computed: '0,9\u00a0%', shown: '0,8 %', value: 0.8, differs: true });
    expect(entry.findings).toHaveLength(1);
    expect((await iofReporter.get(`/api/v1/survey-placements?report=${report.body.id}`)).status).toBe(403);

    // Taking it out again: for controllers, while the report can change.
    const path = `/api/v1/surveys/${survey.id}/placements/${placed.body.id}`;
    expect((await iofReporter.delete(path)).status).toBe(403);
    await ctx.db.updateTable('reports').set({ status: 'submitted' }).where('tenant_id', '=', tenant.id).where('id', '=', report.body.id).execute();
    const whileSubmitted = await controller.delete(path);
    expect([whileSubmitted.status, whileSubmitted.body.error.code]).toEqual([409, 'not_applicable']);
    await ctx.db.updateTable('reports').set({ status: 'returned' }).where('tenant_id', '=', tenant.id).where('id', '=', report.body.id).execute();
    expect((await controller.delete(path)).status).toBe(204);
    expect((await controller.get(`/api/v1/surveys/${survey.id}/placements`)).body.data).toEqual([]);
    expect((await controller.delete(path)).status).toBe(404);
  });
});
