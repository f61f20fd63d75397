import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { createAssignment } from '../assignments/assignment.commands.ts';
import type { Actor } from '../auth/roles.ts';
import { insertGoal } from '../goals/goal.store.ts';
import { createOrganisation, createTenant } from '../../test/factories.ts';
import { describeDb } from '../../test/harness.ts';
import { SEARCH_INDEXES } from './search-vectors.ts';
import { searchPublic } from './search.store.ts';
import { SWEDISH_STOP_WORDS } from './swedish-stop-words.ts';
import { swedishTsQuery } from './swedish-query.ts';

describeDb('public search', (ctx) => {
  const system = (tenantId: string): Actor => ({ kind: 'system', tenantId, label: 'test' });

  async function world() {
    const tenant = await createTenant(ctx.db);
    const board = await createOrganisation(ctx.db, tenant, { kind: 'board', name: 'Kommunstyrelsen' });
    const culture = await createOrganisation(ctx.db, tenant, { name: 'Kulturnämnden' });
    const assign = (dnr: string, title: string, organisationId: string, extra: { description?: string; originYear?: number } = {}) =>
      ctx.db.transaction().execute((trx) =>
        createAssignment(trx, system(tenant.id), tenant, {
          dnr,
          title,
          description: extra.description ?? null,
          origin: 'council-budget',
          originYear: extra.originYear ?? 2023,
          organisationIds: [organisationId],
        }),
      );
    return { tenant, board, culture, assign };
  }

  it('finds every inflection: "kollektivavtalet" finds "kollektivavtal" and the other way round', async () => {
    const { tenant, board, assign } = await world();
    const base = await assign('1443/22', 'Säkerställa att ett kollektivavtal mot kränkningar och trakasserier tecknas', board.id);
    const definite = await assign('1444/22', 'Följa upp hur kollektivavtalet tillämpas', board.id);
    const found = async (q: string) => (await searchPublic(ctx.db, tenant.id, q)).hits.map((h) => h.id).sort();
    expect(await found('kollektivavtalet')).toEqual([base.id, definite.id].sort());
    expect(await found('kollektivavtal')).toEqual([base.id, definite.id].sort());
    expect(await found('kollektivavtalen')).toEqual([base.id, definite.id].sort());
    expect(await found('trakasserierna')).toEqual([base.id]);
    expect(await found('kränkningarna')).toEqual([base.id]);
    expect(await found('1443/22')).toEqual([base.id]);
  });

  it('matches base and definite forms of Swedish nouns in the database as documented', async () => {
    const pairs = [
      ['avtal', 'avtalets'],
      ['arbete', 'arbetet'],
      ['skola', 'skolans'],
      ['program', 'programmet'],
      ['nämnd', 'nämnderna'],
      ['styrelse', 'styrelsen'],
      ['förskola', 'förskolorna'],
      ['rapport', 'rapporten'],
      ['medarbetare', 'medarbetarna'],
    ];
    const misses: string[] = [];
    for (const [a, b] of pairs) {
      for (const [text, query] of [
        [a, b],
        [b, a],
      ]) {
        const r = await sql<{ m: boolean }>`select to_tsvector('swedish', ${`Om ${text} i staden.`}) @@ to_tsquery('swedish', ${swedishTsQuery(query!)}) as m`.execute(ctx.db);
        if (!r.rows[0]!.m) misses.push(`"${query}" misses "${text}"`);
      }
    }
    expect(misses).toEqual([]);
  });

  it('knows exactly the stop words of the database', async () => {
    const words = [...SWEDISH_STOP_WORDS];
    const r = await sql<{ w: string }>`select w from unnest(${words}::text[]) as w where to_tsvector('swedish', w) <> ''::tsvector`.execute(ctx.db);
    expect(r.rows.map((x) => x.w)).toEqual([]);
  });

  it('ranks a match in the title above a match only in the text, and more matches higher', async () => {
    const { tenant, board, assign } = await world();
    const inBody = await assign('0001/23', 'Stärka skyddet för stadsvapnet', board.id, { description: 'Arbetet rör även textning av film.' });
    const inTitle = await assign('0002/23', 'Säkerställa textning av förinspelat material', board.id);
    const twice = await assign('0003/23', 'Textning av sammanträden', board.id, { description: 'Textningen ska gälla alla sändningar.' });
    const result = await searchPublic(ctx.db, tenant.id, 'textning');
    expect(result.hits.map((h) => h.id)).toEqual([twice.id, inTitle.id, inBody.id]);
  });

  it('highlights the matched words in the excerpt', async () => {
    const { tenant, board, assign } = await world();
    await assign('0004/23', 'Motverka desinformation om socialtjänsten', board.id, { description: 'Samordna arbetet mot desinformationen i sociala medier.' });
    const [hit] = (await searchPublic(ctx.db, tenant.id, 'desinformation')).hits;
    const marked = hit!.excerpt.filter((_, i) => i % 2 === 1);
    expect(marked.map((m) => m.toLowerCase())).toContain('desinformationen');
  });

  it('counts facets over all matches, each facet ignoring its own choice', async () => {
    const { tenant, board, culture, assign } = await world();
    await assign('0010/23', 'Digital tillgänglighet i stadens tjänster', board.id, { originYear: 2023 });
    await assign('0011/24', 'Digital tillgänglighet på biblioteken', culture.id, { originYear: 2024 });
    await ctx.db.transaction().execute((trx) =>
      insertGoal(trx, tenant.id, { budgetYear: 2024, number: 1, title: 'Stadens tjänster ska vara digitala och tillgängliga', responsibilities: [{ organisationId: culture.id, role: 'lead' }] }),
    );
    const all = await searchPublic(ctx.db, tenant.id, 'tillgänglighet');
    expect(all.total).toBe(3);
    expect(all.facets.kind).toEqual([
      { value: 'assignment', count: 2 },
      { value: 'goal', count: 1 },
    ]);
    expect(all.facets.year).toEqual([
      { value: 2024, count: 2 },
      { value: 2023, count: 1 },
    ]);
    const cultureOnly = await searchPublic(ctx.db, tenant.id, 'tillgänglighet', { organisationId: culture.id, kind: 'assignment' });
    expect(cultureOnly.total).toBe(1);
    // The kind facet still offers the goal (within the organisation); the organisation facet still offers the board.
    expect(cultureOnly.facets.kind).toEqual([
      { value: 'assignment', count: 1 },
      { value: 'goal', count: 1 },
    ]);
    expect(cultureOnly.facets.organisation.map((f) => f.value).sort()).toEqual([board.id, culture.id].sort());
  });

  it('excludes words with a minus and never fails on operator characters', async () => {
    const { tenant, board, assign } = await world();
    const keep = await assign('0020/23', 'Plan för äldre medarbetares kompetens', board.id);
    await assign('0021/23', 'Plan för skyfallshantering', board.id);
    expect((await searchPublic(ctx.db, tenant.id, 'plan -skyfallshantering')).hits.map((h) => h.id)).toEqual([keep.id]);
    await expect(searchPublic(ctx.db, tenant.id, "plan' & !(x | y) <-> :* \\")).resolves.toBeDefined();
  });

  it('has every document expression match its GIN index, so searches use it', async () => {
    const query = sql`to_tsquery('swedish'::regconfig, ${swedishTsQuery('avtal')})`;
    await ctx.db.transaction().execute(async (trx) => {
      // With sequential scans off, the only way to answer is the expression index, if it matches.
      await sql`set local enable_seqscan = off`.execute(trx);
      for (const { table, vector, index, where } of SEARCH_INDEXES) {
        const rows = where ? sql` and ${sql.raw(where('t'))}` : sql``;
        const plan = await sql<{ 'QUERY PLAN': string }>`explain select 1 from ${sql.table(table)} as t where ${sql.raw(vector('t'))} @@ ${query}${rows}`.execute(trx);
        expect(plan.rows.map((r) => r['QUERY PLAN']).join('\n')).toContain(`Bitmap Index Scan on ${index}`);
      }
    });
  });
});
