import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeDb } from '../../test/harness.ts';
import { assignmentConditions } from './assignment-filter.ts';

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
});
