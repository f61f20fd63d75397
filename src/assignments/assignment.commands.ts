/**
 * What can be done to assignments, each inside the caller's transaction, with its permission
 * check, its rules and its audit entry. Routes, the importer and decisions all come through here.
 */
import { recordChange } from '../audit-log/audit-log.store.ts';
import { actorName, actorUserId, type Actor } from '../auth/roles.ts';
import type { Db } from '../db/connection.ts';
import { AppError, notFound } from '../http/errors.ts';
import { t } from '../i18n/messages.ts';
import { assertCan } from '../http/route.ts';
import { listOrganisations, organisationScope } from '../organisations/organisation.store.ts';
import type { Tenant } from '../tenants/tenant.ts';
import { ALL_COMMITTEES_AND_BOARDS, type Assignment } from './assignment.ts';
import { allowedNextStatuses, canTransition, type AssignmentStatus } from './assignment-status.ts';
import {
  findAssignment,
  insertAssignment,
  lockAssignee,
  saveStatusChange,
  updateAssignment,
  type AssignmentPatch,
  type NewAssignment,
} from './assignment.store.ts';
import { dnrSortKey, requireDnr } from './dnr.ts';

const changedByOf = (actor: Actor) => ({ userId: actorUserId(actor), label: actorName(actor) });

/**
 * A new assignment as the store takes it, less what is worked out here: the sort key from the
 * dnr, and the assignees (with `assignedToAll`, one per committee and board).
 */
export type CreateAssignmentInput = Omit<NewAssignment, 'id' | 'dnrSort' | 'organisationIds'> & { organisationIds?: string[] };

export async function createAssignment(trx: Db, actor: Actor, tenant: Tenant, input: CreateAssignmentInput): Promise<Assignment> {
  const dnr = requireDnr(input.dnr, tenant.dnrFormats);
  const organisations = await listOrganisations(trx, tenant.id);
  const known = new Set(organisations.map((o) => o.id));
  const named = input.organisationIds ?? [];
  const unknown = named.filter((id) => !known.has(id));
  if (unknown.length > 0) throw new AppError('invalid_input', `Okänd organisation: ${unknown.join(', ')}.`);
  const assigneeIds = input.assignedToAll
    ? organisations.filter((o) => (ALL_COMMITTEES_AND_BOARDS as readonly string[]).includes(o.kind)).map((o) => o.id)
    : [...new Set(named)];
  if (assigneeIds.length === 0) throw new AppError('invalid_input', 'Uppdraget måste ges till minst en organisation.');
  if (!input.assignedToAll) {
    // A secretary may register assignments only for organisations their grant covers.
    for (const id of assigneeIds) assertCan(actor, 'assignment.manage', { organisationIds: await organisationScope(trx, tenant.id, id) });
  } else {
    assertCan(actor, 'assignment.manage', { organisationIds: [] });
  }
  const id = await insertAssignment(
    trx,
    tenant.id,
    {
      ...input,
      dnr: dnr.text,
      dnrSort: dnrSortKey(dnr),
      organisationIds: assigneeIds,
    },
    changedByOf(actor),
  );
  const created = (await findAssignment(trx, tenant.id, id))!;
  await recordChange(trx, actor, { action: 'assignment.create', entityType: 'assignment', entityId: id, after: created });
  return created;
}

export async function editAssignment(
  trx: Db,
  actor: Actor,
  tenant: Tenant,
  id: string,
  version: number,
  patch: AssignmentPatch,
): Promise<Assignment> {
  const before = await findAssignment(trx, tenant.id, id);
  if (!before) throw notFound('Uppdraget');
  assertCan(actor, 'assignment.manage', {
    organisationIds: (await Promise.all(before.assignees.map((a) => organisationScope(trx, tenant.id, a.organisationId)))).flat(),
  });
  if (!(await updateAssignment(trx, tenant.id, id, version, patch))) {
    throw new AppError('conflict', 'Uppdraget har ändrats av någon annan. Läs in det igen och gör om ändringen.', {
      currentVersion: before.version,
    });
  }
  const after = (await findAssignment(trx, tenant.id, id))!;
  await recordChange(trx, actor, { action: 'assignment.update', entityType: 'assignment', entityId: id, before, after });
  return after;
}

export interface TransitionInput {
  assignmentId: string;
  organisationId: string;
  to: AssignmentStatus;
  reason?: string | null;
  /** The assignee version the client saw; a stale one gives `conflict`. */
  expectedVersion?: number;
  reportId?: string | null;
  decisionId?: string | null;
  at?: Date;
}

/** Moves one organisation's assignment to a new status, checked against the status machine. */
export async function transitionAssignment(trx: Db, actor: Actor, tenant: Tenant, input: TransitionInput) {
  const current = await lockAssignee(trx, tenant.id, input.assignmentId, input.organisationId);
  if (!current) throw notFound('Uppdraget för den organisationen');
  assertCan(actor, 'assignment.transition', { organisationIds: await organisationScope(trx, tenant.id, input.organisationId) });
  if (input.expectedVersion !== undefined && input.expectedVersion !== current.version) {
    throw new AppError('conflict', 'Uppdragets status har ändrats av någon annan. Läs in det igen.', {
      currentVersion: current.version,
      currentStatus: current.status,
    });
  }
  const from = current.status as AssignmentStatus;
  if (!canTransition(from, input.to)) {
    const allowed = allowedNextStatuses(from);
    const label = (s: AssignmentStatus) => t('sv', `status.${s}`);
    throw new AppError(
      'invalid_transition',
      t('sv', 'transition.refused', {
        from: label(from),
        to: label(input.to),
        allowed: allowed.length ? allowed.map(label).join(', ') : t('sv', 'transition.none'),
      }),
      { from, to: input.to, allowed },
    );
  }
  await saveStatusChange(trx, tenant.id, { ...input, from, changedBy: changedByOf(actor) });
  await recordChange(trx, actor, {
    action: 'assignment.transition',
    entityType: 'assignment',
    entityId: input.assignmentId,
    before: { organisationId: input.organisationId, status: from },
    after: { organisationId: input.organisationId, status: input.to },
    reason: input.reason ?? null,
  });
  return { from, to: input.to, version: current.version + 1 };
}
