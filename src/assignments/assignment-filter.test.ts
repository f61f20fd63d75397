import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeDb } from '../../test/harness.ts';
import { createOrganisation, createTenant } from '../../test/factories.ts';
import type { Actor } from '../auth/roles.ts';
import { createAssignment } from './assignment.commands.ts';
import { assignmentConditions } from './assignment-filter.ts';
import { listAssignments } from './assignment.store.ts';

describeDb('the assignment filter', (ctx) => {
  async function plan(text: string) {
    const query = ctx.db.selectFrom('assignments').select('id').where(assignmentConditions({ text })).compile();
    return ctx.db.transaction().execute(async (trx) => {
      // With sequential scans off the planner shows whether the text-search index can answer.
      await sql`set local enable_seqscan = off`.execute(trx);
      const rows = await sql<{ 'QUERY PLAN': string }>`explain ${sql.raw(query.sql.replace(/\$(\d+)/g, (_, i) => `'${String(query.parameters[Number(i) - 1]).replace(/'/g, "''")}'`))}`.execute(trx);
      return rows.rows.map((r) => r['QUERY PLAN']).join('\n');
    });
  }

  it('answers a search by words from the text-search index, without comparing every dnr', async () => {
    const words = await plan('kollektivavtal trakasserier');
    expect(words).toContain('assignments_search_ix');
    expect(words).not.toMatch(/~~\*/); // ilike
  });

  it('compares the dnr as well when the text has digits, since it may be a dnr or part of one', async () => {
    expect(await plan('1446/22')).toMatch(/~~\*/);
  });

  it('finds an assignment by part of its dnr and by words, also words with digits', async () => {
    const tenant = await createTenant(ctx.db);
    const board = await createOrganisation(ctx.db, tenant, { kind: 'board', name: 'Kommunstyrelsen' });
    const system: Actor = { kind: 'system', tenantId: tenant.id, label: 'test' };
    const given = (dnr: string, title: string) =>
      ctx.db.transaction().execute((trx) => createAssignment(trx, system, tenant, { dnr, title, origin: 'council-budget', originYear: 2023, organisationIds: [board.id] }));
    const harassment = await given('1446/22', 'Kollektivavtal mot trakasserier');
    const agenda = await given('0100/23', 'Agenda 2030 i stadens verksamheter');
    const found = async (text: string) => (await listAssignments(ctx.db, tenant.id, { text }, { limit: 10 })).map((a) => a.id);
    expect(await found('1446')).toEqual([harassment.id]);
    expect(await found('1446/22')).toEqual([harassment.id]);
    expect(await found('2030')).toEqual([agenda.id]);
    expect(await found('agenda 2030')).toEqual([agenda.id]);
    expect(await found('kollektivavtalet')).toEqual([harassment.id]);
  });
});
