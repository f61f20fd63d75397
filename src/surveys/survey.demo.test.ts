import { describe, expect, it } from 'vitest';
import { createTenant } from '../../test/factories.ts';
import { describeDb } from '../../test/harness.ts';
import { hasSeed, readSeed } from '../../test/seeds.ts';
import type { Actor } from '../auth/roles.ts';
import type { Db } from '../db/connection.ts';
import { newDemoContext } from '../demo/demo-context.ts';
import { seedFoundation } from '../demo/foundation.demo.ts';
import { NBSP } from '../numbers/swedish-format.ts';
import { GRANT_ANSWERS, GRANT_COLUMNS, GRANT_PRINTED_DERIVED, GRANT_QUESTIONS, GRANT_TABLE_LINE, GRANT_TABLE_ROWS } from './grant-survey.data.ts';
import { listResponses, listResponsesWithAnswers } from './response.store.ts';
import { answersCsv } from './survey-export.ts';
import { GRANT_SURVEY_KEY, seedSurveys } from './survey.demo.ts';
import { listPlacements } from './survey-placement.store.ts';
import { findSurvey, listSurveys } from './survey.store.ts';
import { placementView, surveyProgress, surveyTable } from './survey.queries.ts';

const plain = (text: string) => text.replaceAll(NBSP, ' ');

/** The demo's foundation and survey steps in a tenant of their own (other features' steps are theirs to test). */
async function seedInTenant(db: Db) {
  const tenant = await createTenant(db, { dnrFormats: ['SLK-{yyyy}-{seq:5}', '{seq:4}/{yy}'] });
  const ctx = await db.transaction().execute(async (trx) => {
    const demo = newDemoContext(trx, tenant);
    await seedFoundation(demo);
    await seedSurveys(demo);
    return demo;
  });
  return { tenant, ctx };
}

describeDb("the demo's August 2023 grant-control survey", (ctx) => {
  let seeded: Awaited<ReturnType<typeof seedInTenant>>;
  const controller = (tenantId: string): Actor => ({ kind: 'system', tenantId, label: 'Controller' });

  it('was sent to the seven grant-paying administrations, who all answered', async () => {
    seeded = await seedInTenant(ctx.db);
    const { tenant } = seeded;
    const surveyId = seeded.ctx.extras.get(GRANT_SURVEY_KEY)!;
    const progress = await surveyProgress(ctx.db, controller(tenant.id), tenant, surveyId);
    expect(progress.summary).toBe('7 av 7 har svarat');
    expect((await listResponses(ctx.db, tenant.id, surveyId)).map((r) => r.organisationName)).toEqual([
      'Idrotts- och föreningsförvaltningen',
      'Kulturförvaltningen',
      'Socialförvaltning Centrum',
      'Socialförvaltning Centrum stadenövergripande',
      'Socialförvaltning Nordost',
      'Socialförvaltning Hisingen',
      'Socialförvaltning Sydväst',
    ]);
    const surveys = await listSurveys(ctx.db, tenant.id);
    expect(surveys.map((s) => [s.title, s.status, s.previousRoundId === surveyId])).toEqual([
      ['Kontrollarbetet inom föreningsbidrag och kulturstöd augusti 2024', 'draft', true],
      ['Kontrollarbetet inom föreningsbidrag och kulturstöd augusti 2023', 'closed', false],
    ]);
  });

  it("reproduces Tabell 1 as placed in attachment 2, and the checker finds the two shares that do not follow from the answers", async () => {
    const { tenant } = seeded;
    const [placement] = await listPlacements(ctx.db, tenant.id, { surveyId: seeded.ctx.extras.get(GRANT_SURVEY_KEY)! });
    const view = await placementView(ctx.db, tenant.id, placement!.id);
    expect(view.placed.columns.map((c) => c.label)).toEqual(GRANT_COLUMNS.map((c) => c.printedLabel));
    const printed = Object.fromEntries(view.placed.rows.map((r) => [r.key, r.cells.map((c) => plain(c.printed))]));
    const asAnswered = (key: string) => GRANT_COLUMNS.map((c) => GRANT_ANSWERS[c.key]![key]!);
    for (const key of GRANT_TABLE_ROWS) {
      expect(printed[key], key).toEqual(GRANT_PRINTED_DERIVED[key] ?? asAnswered(key));
    }
    // What the answers give beside what the report prints.
    const computed = Object.fromEntries(view.placed.rows.map((r) => [r.key, r.cells.map((c) => plain(c.computed!.text))]));
    expect(computed.avslagsandel).toEqual(['0,9 %', '0,1 %', '0,0 %', '0,0 %', '0,0 %', '0,0 %', '0,5 %']);
    expect(computed.snittutbetalning).toEqual(['75 000', '38 000', '535 000', '18 000', '97 000', '57 000', '40 000']);

    expect(view.findings.map((f) => [f.rule, f.severity, f.where.column, f.values[0]])).toEqual([
      ['ratio-matches-figures', 'error', 'Idrott och föreningsförvaltningen', '0,8 %'],
      ['ratio-matches-figures', 'error', 'Socialförvaltning Nordost', '0,4 %'],
    ]);
    expect(view.findings[0]!.message).toContain('avrundat 0,9 %');
  });

  it('has the answers submitted in August 2023 before the deadline, as the answers export shows', async () => {
    const { tenant } = seeded;
    const surveyId = seeded.ctx.extras.get(GRANT_SURVEY_KEY)!;
    const responses = await listResponsesWithAnswers(ctx.db, tenant.id, surveyId);
    const deadlineEnds = new Date('2023-08-26T00:00:00+02:00');
    for (const r of responses) {
      expect(r.submittedAt!.getTime(), r.organisationName).toBeGreaterThan(new Date('2023-08-01T00:00:00+02:00').getTime());
      expect(r.submittedAt!.getTime(), r.organisationName).toBeLessThan(deadlineEnds.getTime());
    }
    const survey = (await findSurvey(ctx.db, tenant.id, surveyId))!;
    const csv = answersCsv(survey, responses).toString('utf8');
    expect(csv).toContain('"Idrotts- och föreningsförvaltningen";"inskickat";"2023-08-21 14:05";"ansokningar"');
  });

  it('aggregates with "oklart" kept unknown and totals shown as "minst"', async () => {
    const { tenant } = seeded;
    const { table } = await surveyTable(ctx.db, controller(tenant.id), tenant, seeded.ctx.extras.get(GRANT_SURVEY_KEY)!);
    const row = (key: string) => table.rows.find((r) => r.key === key)!;
    const hisingen = table.columns.findIndex((c) => c.label === 'Socialförvaltning Hisingen');
    expect(row('granskningar_stodperiod').cells[hisingen]).toMatchObject({ text: 'oklart', quantity: { kind: 'unknown' } });
    expect(row('aterkrav').cells[hisingen]).toMatchObject({ text: 'Oklart (207 tkr)', quantity: { kind: 'unknown' }, amount: { kind: 'value', value: 207 } });
    expect(plain(row('granskningar_stodperiod').total!.text)).toBe('minst 12');
    expect(plain(row('ansokningar').total!.text)).toBe('4 231');
    expect(plain(row('utbetalt').total!.text)).toBe('293,6 mkr');
  });
});

describe.skipIf(!hasSeed)('the survey data is faithful to the seed', () => {
  const seed = hasSeed ? readSeed().split('\n') : [];
  const tableText = seed.slice(GRANT_TABLE_LINE - 1, GRANT_TABLE_LINE + 90).join(' ');

  it('has the table heading where the data says', () => {
    expect(seed[GRANT_TABLE_LINE - 1]).toContain('Tabell 1: Sammanställning över bidragshantering under 220701–230630');
  });

  it('has every answer and printed figure in the order the seed prints its row', () => {
    const compact = tableText.replace(/\s+/g, '');
    for (const key of GRANT_TABLE_ROWS) {
      const cells = GRANT_PRINTED_DERIVED[key] ?? GRANT_COLUMNS.map((c) => GRANT_ANSWERS[c.key]![key]!);
      expect(compact, key).toContain(cells.join('').replace(/\s+/g, ''));
    }
    for (const question of GRANT_QUESTIONS.filter((q) => q.kind !== 'text' && q.kind !== 'yes-no')) {
      expect(tableText.replace(/\s+/g, ' '), question.key).toContain(question.text.split(' ')[1]!);
    }
  });
});
