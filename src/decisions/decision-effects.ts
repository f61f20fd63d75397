/**
 * What an approved decision does to the rest of the system, applied in the transaction that
 * approves the minutes:
 * - an approved account of an assignment → `declared-done` for the organisation's own part, and
 *   the assignment is put on the council referral list (table council_referrals), which the
 *   council's next report picks up (picked_up_by_report_id);
 * - a rejected account → back to `in-progress`, with the decision in its history;
 * - an adopted `add` point naming an organisation → a new assignment (origin 'board', dnr from
 *   the registry, decided on the meeting day);
 * - the adopted report → adopted and locked.
 * Everything is checked first; one problem refuses the whole decision and nothing changes.
 */
import { createAssignment, transitionAssignment } from '../assignments/assignment.commands.ts';
import { findAssignment } from '../assignments/assignment.store.ts';
import type { AssignmentStatus } from '../assignments/assignment-status.ts';
import { recordChange } from '../audit-log/audit-log.store.ts';
import { actorName, type Actor } from '../auth/roles.ts';
import type { Db } from '../db/connection.ts';
import { AppError } from '../http/errors.ts';
import { allocateDnr } from '../matters/matter.commands.ts';
import { findMatter } from '../matters/matter.store.ts';
import type { PointEffect } from '../matters/matter.ts';
import { findOrganisation } from '../organisations/organisation.store.ts';
import type { Tenant } from '../tenants/tenant.ts';
import { decisionReference, type PointOutcome } from './decision.ts';
import type { Decision } from './decision.store.ts';
import { adoptReportOfDecision, reportAdoptionProblem } from './report-adoption.ts';

export interface EffectPoint {
  number: number | null;
  outcome: PointOutcome;
  effect: PointEffect;
  assignmentId: string | null;
  organisationId: string | null;
  newAssignmentFor: string | null;
}

/** Problems that would stop the effects; empty when the decision can be applied as it stands. */
export async function planEffects(trx: Db, tenant: Tenant, points: readonly EffectPoint[], matterId?: string): Promise<string[]> {
  const problems: string[] = [];
  for (const p of points) {
    if (p.effect === 'approve-assignment' && p.assignmentId && p.organisationId && (p.outcome === 'approved' || p.outcome === 'rejected')) {
      const assignment = await findAssignment(trx, tenant.id, p.assignmentId);
      const assignee = assignment?.assignees.find((a) => a.organisationId === p.organisationId);
      if (!assignment || !assignee) {
        problems.push(`Punkt ${p.number}: uppdraget finns inte för organisationen.`);
      } else if (assignee.status !== 'proposed-done') {
        problems.push(
          `Punkt ${p.number}: uppdraget ${assignment.dnr} för ${assignee.organisationName} har status "${assignee.status}"; beslutet kan bara tillämpas på ett uppdrag som föreslås förklarat genomfört.`,
        );
      }
    }
    if (p.outcome === 'added' && p.newAssignmentFor && !(await findOrganisation(trx, tenant.id, p.newAssignmentFor))) {
      problems.push(`Punkt ${p.number}: organisationen för det nya uppdraget finns inte.`);
    }
    if (p.effect === 'adopt-report' && p.outcome === 'approved' && matterId) {
      const problem = await reportAdoptionProblem(trx, tenant, matterId);
      if (problem) problems.push(`Punkt ${p.number}: ${problem}`);
    }
  }
  return problems;
}

async function effectPointsOf(trx: Db, tenantId: string, decision: Decision): Promise<Array<EffectPoint & { id: string; text: string }>> {
  const ids = decision.points.map((p) => p.proposalPointId).filter((id): id is string => id !== null);
  const effects = ids.length
    ? await trx.selectFrom('proposal_points').select(['id', 'effect']).where('tenant_id', '=', tenantId).where('id', 'in', ids).execute()
    : [];
  return decision.points
    .filter((p) => p.kind === 'point')
    .map((p) => ({
      id: p.id,
      text: p.text,
      number: p.number,
      outcome: p.outcome,
      effect: (effects.find((e) => e.id === p.proposalPointId)?.effect ?? 'none') as PointEffect,
      assignmentId: p.assignmentId,
      organisationId: p.organisationId,
      newAssignmentFor: p.outcome === 'added' ? p.organisationId : null,
    }));
}

/**
 * Applies one decision. `actor` is the secretary approving the minutes; the changes are made on
 * the decision's authority (a reporter's right to move assignments is not needed), and the audit
 * log names both the person and the paragraph.
 */
export async function applyDecision(
  trx: Db,
  actor: Actor,
  tenant: Tenant,
  decision: Decision,
  body: { shortName: string },
  approvedOn: string,
): Promise<void> {
  if (decision.outcome !== 'decided') return;
  const points = await effectPointsOf(trx, tenant.id, decision);
  const problems = await planEffects(trx, tenant, points, decision.matterId);
  if (problems.length) throw new AppError('not_applicable', problems.join(' '), { problems, paragraph: decision.paragraph });
  const onBehalf: Actor = { kind: 'system', tenantId: tenant.id, label: `${actorName(actor)} genom justerat protokoll § ${decision.paragraph}` };
  const at = new Date(`${approvedOn}T12:00:00Z`);
  for (const p of points) {
    const reason = decisionReference(body.shortName, decision.decidedOn, decision.paragraph, p.number);
    if (p.effect === 'approve-assignment' && p.assignmentId && p.organisationId && (p.outcome === 'approved' || p.outcome === 'rejected')) {
      const to: AssignmentStatus = p.outcome === 'approved' ? 'declared-done' : 'in-progress';
      await transitionAssignment(trx, onBehalf, tenant, {
        assignmentId: p.assignmentId,
        organisationId: p.organisationId,
        to,
        reason,
        decisionId: decision.id,
        at,
      });
      if (to === 'declared-done') {
        await trx
          .insertInto('council_referrals')
          .values({
            tenant_id: tenant.id,
            assignment_id: p.assignmentId,
            organisation_id: p.organisationId,
            decision_id: decision.id,
            queued_on: approvedOn,
            picked_up_by_report_id: null,
          })
          .execute();
        await recordChange(trx, onBehalf, {
          action: 'council-referral.queue',
          entityType: 'assignment',
          entityId: p.assignmentId,
          after: { organisationId: p.organisationId, decisionId: decision.id },
          reason,
        });
      }
    }
    if (p.outcome === 'added' && p.newAssignmentFor) {
      const dnr = await allocateDnr(trx, tenant, decision.decidedOn);
      const created = await createAssignment(trx, onBehalf, tenant, {
        dnr: dnr.text,
        title: p.text,
        origin: 'board',
        originDecidedOn: decision.decidedOn,
        originReference: `§ ${decision.paragraph}, punkt ${p.number}`,
        organisationIds: [p.newAssignmentFor],
      });
      await trx
        .updateTable('decision_points')
        .set({ created_assignment_id: created.id })
        .where('tenant_id', '=', tenant.id)
        .where('id', '=', p.id)
        .execute();
      await recordChange(trx, onBehalf, { action: 'decision.create-assignment', entityType: 'assignment', entityId: created.id, after: { dnr: created.dnr }, reason });
    }
    if (p.effect === 'adopt-report' && p.outcome === 'approved') {
      const matter = (await findMatter(trx, tenant.id, decision.matterId))!;
      if (matter.reportId) await adoptReportOfDecision(trx, onBehalf, tenant, matter.reportId, decision.id, reason, at);
    }
  }
}
