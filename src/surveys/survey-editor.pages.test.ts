import { expect, it } from 'vitest';
import { FormClient, pageText } from '../../test/e2e/form-client.ts';
import { createCycle, createOrganisation, createTenant, createUser, PASSWORD } from '../../test/factories.ts';
import { describeDb, type DbContext } from '../../test/harness.ts';
import type { Actor } from '../auth/roles.ts';
import { formFields } from './fixtures/page-form.ts';
import { GRANT_DERIVED_ROWS, GRANT_GROUPS, GRANT_QUESTIONS, GRANT_SURVEY } from './grant-survey.data.ts';
import { createSurvey, openSurvey } from './survey.commands.ts';
import { findSurvey } from './survey.store.ts';

/** A draft like the demo's next round: the grant-control questions, one administration, a cycle. */
async function setUp(ctx: DbContext) {
  const tenant = await createTenant(ctx.db);
  const iof = await createOrganisation(ctx.db, tenant, { kind: 'administration', name: 'Idrotts- och föreningsförvaltningen' });
  const hisingen = await createOrganisation(ctx.db, tenant, { kind: 'administration', name: 'Socialförvaltning Hisingen' });
  const cycle = await createCycle(ctx.db, tenant, { name: 'Delårsrapport augusti 2024', year: 2024, periodStart: '2024-01-01', periodEnd: '2024-08-31' });
  const system: Actor = { kind: 'system', tenantId: tenant.id, label: 'Test' };
  const draft = await ctx.db.transaction().execute((trx) =>
    createSurvey(trx, system, tenant, {
      ...GRANT_SURVEY,
      title: 'Kontrollarbetet inom föreningsbidrag och kulturstöd augusti 2024',
      groups: GRANT_GROUPS,
      questions: GRANT_QUESTIONS,
      derivedRows: GRANT_DERIVED_ROWS,
      audience: { type: 'list', organisationIds: [iof.id] },
      cycleId: cycle.id,
    }),
  );
  const person = async (role: 'reporter' | 'controller', organisationId?: string) => {
    const user = await createUser(ctx.db, tenant, role, organisationId ? { organisationId } : {});
    return new FormClient(ctx.app, tenant).signIn(user.email, PASSWORD);
  };
  const open = () => ctx.db.transaction().execute((trx) => openSurvey(trx, system, tenant, draft.id));
  return { tenant, iof, hisingen, cycle, draft, person, open };
}

describeDb('changing a draft survey in the workspace, without JavaScript', (ctx) => {
  it('shows the draft in the form, and saves what was changed through the same command as the API', async () => {
    const { tenant, iof, hisingen, cycle, draft, person } = await setUp(ctx);
    const controller = await person('controller');
    const path = `/arbete/enkater/${draft.id}/andra`;
    const survey = await controller.get(`/arbete/enkater/${draft.id}`);
    expect(survey.text).toContain(`href="${path}"`);

    const page = await controller.get(path);
    expect(page.status).toBe(200);
    const shown = formFields(page.text, path);
    expect(shown).toMatchObject({
      title: 'Kontrollarbetet inom föreningsbidrag och kulturstöd augusti 2024',
      deadline: '2023-08-25',
      groups: GRANT_GROUPS.map((g) => g.title).join('\n'),
      'q0.key': 'ansokningar',
      'q1.unit': 'mkr',
      'q2.help': 'Kontroller med anledning av misstanke om fel och/eller fusk.',
      'q5.unknown': '1',
      'q8.required': 'nej',
      'd1.formula': '100 * avslag / ansokningar',
      'd0.decimals': '-3',
      audience: 'list',
      organisations: iof.id,
    });

    // All nine rows are taken: one more question needs more rows first.
    expect(shown['q9.key']).toBeUndefined();
    const more = await controller.post(path, { ...shown, action: 'more' });
    expect(more.status).toBe(200);
    const fields = formFields(more.text, path);
    expect(fields['q9.key']).toBe('');

    const changed = {
      ...fields,
      deadline: '2024-08-23',
      organisations: [iof.id, hisingen.id],
      'q7.text': 'Antal polisanmälningar',
      'q9.key': 'kontrollplan',
      'q9.kind': 'yes-no',
      'q9.text': 'Finns en beslutad kontrollplan för bidragen?',
      'q9.group': '2',
      action: 'save',
    };
    const refused = await controller.post(path, { ...changed, 'd0.formula': 'utbetalt / ansokningarna' });
    expect(refused.status).toBe(400);
    expect(pageText(refused.text)).toContain('Beräknad rad 1: formeln nämner "ansokningarna", som inte är en fråga i enkäten.');
    expect((await findSurvey(ctx.db, tenant.id, draft.id))!.version).toBe(draft.version);

    const saved = await controller.post(path, changed);
    expect(saved.status, pageText(saved.text).slice(0, 1500)).toBe(303);
    expect(saved.location).toBe(`/arbete/enkater/${draft.id}?enkat=edited`);
    expect(pageText((await controller.get(saved.location!)).text)).toContain('Ändringarna är sparade. Enkäten är fortfarande ett utkast.');

    const after = (await findSurvey(ctx.db, tenant.id, draft.id))!;
    expect(after).toMatchObject({ status: 'draft', deadline: '2024-08-23', cycleId: cycle.id, version: draft.version + 1, audience: { type: 'list', organisationIds: [iof.id, hisingen.id] } });
    expect(after.questions.map((q) => q.key)).toEqual([...GRANT_QUESTIONS.map((q) => q.key), 'kontrollplan']);
    expect(after.questions.find((q) => q.key === 'brottsanmalningar')!.text).toBe('Antal polisanmälningar');
    expect(after.questions.at(-1)).toMatchObject({ kind: 'yes-no', groupPosition: 2, required: true, allowsUnknown: false });
    // What was not changed is as it was: help texts, units, "oklart", groups, derived rows.
    const unchanged = (key: string) => after.questions.find((q) => q.key === key);
    for (const question of GRANT_QUESTIONS.filter((q) => q.key !== 'brottsanmalningar')) expect(unchanged(question.key), question.key).toEqual(question);
    expect(after.groups).toEqual(GRANT_GROUPS);
    expect(after.derivedRows).toEqual(GRANT_DERIVED_ROWS);
  });

  it('refuses to change a survey once it is open, and leaves it as it was', async () => {
    const { tenant, draft, person, open } = await setUp(ctx);
    const controller = await person('controller');
    const path = `/arbete/enkater/${draft.id}/andra`;
    const fields = formFields((await controller.get(path)).text, path);
    const opened = await open();

    const page = await controller.get(path);
    expect(page.status).toBe(200);
    expect(pageText(page.text)).toContain('Enkäten är öppnad eller stängd. Frågorna kan inte ändras');
    expect(page.text).not.toContain('name="title"');
    expect((await controller.get(`/arbete/enkater/${draft.id}`)).text).not.toContain(`href="${path}"`);

    const refused = await controller.post(path, { ...fields, title: 'Ändrad efter öppnandet', action: 'save' });
    expect(refused.status).toBe(409);
    expect(pageText(refused.text)).toContain('Frågorna i en öppnad enkät kan inte ändras');
    expect(await findSurvey(ctx.db, tenant.id, draft.id)).toEqual(opened);
  });

  it('is for controllers: a reporter is refused (403) and nothing changes', async () => {
    const { tenant, iof, draft, person } = await setUp(ctx);
    const reporter = await person('reporter', iof.id);
    const path = `/arbete/enkater/${draft.id}/andra`;
    expect((await reporter.get(path)).status).toBe(403);
    expect((await reporter.post(path, { title: 'Reporterns titel', questionRows: '6', 'q0.key': 'a', 'q0.kind': 'number', 'q0.text': 'A', audience: 'all', version: '1', action: 'save' })).status).toBe(403);
    expect(await findSurvey(ctx.db, tenant.id, draft.id)).toEqual(draft);
  });
});
