/**
 * Plausible extra assignments, so lists have several pages (browser tests of paging) and a
 * realistic size (the portal benchmark). Inserted through the real command, with a status
 * history like real ones.
 */
import { createAssignment, transitionAssignment } from '../../src/assignments/assignment.commands.ts';
import type { AssignmentStatus } from '../../src/assignments/assignment-status.ts';
import type { Db } from '../../src/db/connection.ts';
import { findTenant } from '../../src/tenants/tenant.store.ts';

const VERBS = ['utreda', 'ta fram en plan för', 'samordna arbetet med', 'följa upp', 'stärka', 'införa', 'se över'];
const TOPICS = [
  'digital tillgänglighet i stadens e-tjänster',
  'förebyggande arbete mot hemlöshet',
  'kollektivavtal för timanställda',
  'energieffektivisering i stadens lokaler',
  'språkstöd för nyanställda inom äldreomsorgen',
  'trygghet i kollektivtrafiken',
  'upphandling med sociala hänsyn',
  'kompetensförsörjning inom förskolan',
  'klimatanpassning mot skyfall',
  'föreningsbidrag och kontroll av utbetalningar',
];
const PATHS: AssignmentStatus[][] = [[], ['in-progress'], ['partially-reported'], ['proposed-done'], ['proposed-done', 'declared-done']];

export async function addGeneratedAssignments(db: Db, tenantId: string, count: number): Promise<void> {
  const tenant = (await findTenant(db, tenantId))!;
  const actor = { kind: 'system' as const, tenantId, label: 'Genererade uppdrag' };
  const organisations = await db
    .selectFrom('organisations')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('kind', 'in', ['board', 'committee', 'company'])
    .orderBy('sort_order')
    .execute();
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < count; i++) {
      const organisationId = organisations[i % organisations.length]!.id;
      const year = 2021 + (i % 4);
      const created = await createAssignment(trx, actor, tenant, {
        dnr: `${String(2000 + i).padStart(4, '0')}/${String(year).slice(2)}`,
        title: `Nämnden får i uppdrag att ${VERBS[i % VERBS.length]} ${TOPICS[i % TOPICS.length]} (${i + 1}).`,
        description: i % 3 === 0 ? `Uppdraget följer av budgeten för ${year} och ska redovisas i delårsrapporten.` : null,
        origin: i % 2 === 0 ? 'council-budget' : 'board',
        originYear: i % 2 === 0 ? year : null,
        originDecidedOn: i % 2 === 0 ? null : `${year}-0${1 + (i % 9)}-15`,
        organisationIds: [organisationId],
      });
      for (const to of PATHS[i % PATHS.length]!) {
        await transitionAssignment(trx, actor, tenant, { assignmentId: created.id, organisationId, to, reason: 'Genererad historik' });
      }
    }
  });
}
