/**
 * Changing the organisation tree as administrators do (the workspace's pages and the API),
 * with the checks the database cannot express: references exist, no loops, only an
 * administration serves a committee. Each change leaves an audit entry.
 */
import { recordChange } from '../audit-log/audit-log.store.ts';
import type { Actor } from '../auth/roles.ts';
import type { Db } from '../db/connection.ts';
import { AppError, notFound } from '../http/errors.ts';
import { assertCan } from '../http/route.ts';
import { wouldCreateCycle, type Organisation } from './organisation.ts';
import { findOrganisation, insertOrganisation, listOrganisations, updateOrganisation, type NewOrganisation, type OrganisationPatch } from './organisation.store.ts';

async function checkReferences(trx: Db, tenantId: string, refs: { parentId?: string | null | undefined; servesId?: string | null | undefined }) {
  for (const [label, id] of [['Överordnad organisation', refs.parentId], ['Nämnden som förvaltningen betjänar', refs.servesId]] as const) {
    if (id && !(await findOrganisation(trx, tenantId, id))) throw new AppError('invalid_input', `${label} finns inte.`);
  }
}

export async function createOrganisation(trx: Db, actor: Actor, tenantId: string, input: NewOrganisation): Promise<Organisation> {
  assertCan(actor, 'organisation.manage');
  if (input.servesId && input.kind !== 'administration') throw new AppError('invalid_input', 'Bara en förvaltning kan betjäna en nämnd.');
  await checkReferences(trx, tenantId, input);
  const created = await insertOrganisation(trx, tenantId, input);
  await recordChange(trx, actor, { action: 'organisation.create', entityType: 'organisation', entityId: created.id, after: created });
  return created;
}

export async function editOrganisation(trx: Db, actor: Actor, tenantId: string, id: string, patch: OrganisationPatch): Promise<Organisation> {
  assertCan(actor, 'organisation.manage');
  const all = await listOrganisations(trx, tenantId);
  const before = all.find((o) => o.id === id);
  if (!before) throw notFound('Organisationen');
  await checkReferences(trx, tenantId, patch);
  if (patch.parentId && (patch.parentId === id || wouldCreateCycle(id, patch.parentId, all))) {
    throw new AppError('invalid_input', 'En organisation kan inte ingå i sig själv eller i någon av sina egna delar.');
  }
  if (patch.servesId && before.kind !== 'administration') throw new AppError('invalid_input', 'Bara en förvaltning kan betjäna en nämnd.');
  const after = (await updateOrganisation(trx, tenantId, id, patch))!;
  await recordChange(trx, actor, { action: 'organisation.update', entityType: 'organisation', entityId: id, before, after });
  return after;
}
