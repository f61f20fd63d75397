/**
 * The assignments a report accounts for, merged by dnr into the tenant's register. An unknown
 * dnr becomes a new assignment for the organisation the report speaks for (or the office it
 * names as instructed: "Stadsledningskontoret får i uppdrag …"). A known one keeps everything it
 * has; the status the report proposes is added to its history through the status machine, on
 * the document's date. History is never rewritten: a move the machine refuses, or one older
 * than what the register already knows, is skipped and reported.
 */
import { swedishDay } from '../../numbers/swedish-format.ts';
import { createAssignment, transitionAssignment } from '../../assignments/assignment.commands.ts';
import { findAssignmentByDnr } from '../../assignments/assignment.store.ts';
import { allowedNextStatuses, canTransition, type AssignmentStatus } from '../../assignments/assignment-status.ts';
import { parseDnr } from '../../assignments/dnr.ts';
import type { Actor } from '../../auth/roles.ts';
import type { Db } from '../../db/connection.ts';
import { t } from '../../i18n/messages.ts';
import type { Tenant } from '../../tenants/tenant.ts';
import { swedishInstant } from '../../workspace/swedish-time.ts';
import type { Assignment as ImportedAssignment } from '../import-result.ts';
import { lastStatusChange } from './import-lookup.store.ts';
import type { Register } from './import-register.ts';
import { instructedOrganisation } from './report-title.ts';
import type { SummaryLog } from './save-summary.ts';

export const TARGET_STATUS: Record<'done' | 'partial', AssignmentStatus> = { done: 'proposed-done', partial: 'partially-reported' };

export interface MergedAssignment {
  assignmentId: string;
  dnr: string;
  origin: string;
  organisationId: string;
  /** The organisation's status after the merge. */
  status: AssignmentStatus;
  /** The status the document proposes, when it proposes one. */
  target: AssignmentStatus | null;
}

export interface AssignmentSource {
  fileName: string;
  /** The document the accounts are in ("Delårsrapport augusti 2023 för kommunstyrelsen"). */
  documentTitle: string;
  /** ISO date the document speaks from (the staff report's issue date), when it has one. */
  documentDate: string | null;
  /** Budget year of budget assignments, by dnr when a proposal point says it ("från budget 2023"). */
  budgetYears: ReadonlyMap<string, number>;
  /** The report's year, for budget assignments nothing else dates. */
  year: number | null;
  reportId: string | null;
}

const label = (status: AssignmentStatus) => t('sv', `status.${status}`);
const ORIGIN_NAMES: Record<string, string> = { 'council-budget': 'KF:s budget', council: 'KF', board: 'KS' };

export async function mergeAssignments(
  trx: Db,
  actor: Actor,
  tenant: Tenant,
  imported: readonly ImportedAssignment[],
  register: Register,
  source: AssignmentSource,
  log: SummaryLog,
): Promise<Map<string, MergedAssignment>> {
  const merged = new Map<string, MergedAssignment>();
  const at = source.documentDate ? swedishInstant(source.documentDate, '12:00') : undefined;
  const coveredIds = register.covered.map((o) => o.id);
  for (const a of imported) {
    const dnr = parseDnr(a.dnr, tenant.dnrFormats)!.text;
    let assignment = await findAssignmentByDnr(trx, tenant.id, dnr);
    let created = false;
    if (!assignment) {
      if (!a.origin) {
        log.add('assignment', dnr, 'skipped', 'ursprunget (KF:s budget, KF eller KS) framgår inte av dokumentet; uppdraget lades inte in');
        continue;
      }
      const organisation = instructedOrganisation(a.title, register.covered) ?? register.body;
      const originYear =
        a.origin === 'council-budget' ? (source.budgetYears.get(a.dnr) ?? source.year) : a.decidedOn ? Number(a.decidedOn.slice(0, 4)) : null;
      // Given on the deciding day; a budget assignment from the start of its budget year.
      const givenOn = a.decidedOn ?? (a.origin === 'council-budget' && originYear ? `${originYear}-01-01` : null);
      assignment = await createAssignment(trx, actor, tenant, {
        dnr,
        title: a.title,
        origin: a.origin,
        originYear,
        originDecidedOn: a.decidedOn,
        originReference: a.decisionPoint !== null ? `punkt ${a.decisionPoint}` : null,
        organisationIds: [organisation.id],
        ...(givenOn ? { assignedAt: swedishInstant(givenOn, '12:00') } : {}),
      });
      created = true;
    }
    const assignee = assignment.assignees.find((x) => x.organisationId === register.body.id) ?? assignment.assignees.find((x) => coveredIds.includes(x.organisationId));
    if (!assignee) {
      log.add('assignment', dnr, 'skipped', `uppdraget finns men är inte givet till ${register.covered.map((o) => o.name).join(' eller ')}; redovisningen lades inte till dess historik`, assignment.id);
      continue;
    }
    const target = a.proposed ? TARGET_STATUS[a.proposed] : null;
    const entry: MergedAssignment = { assignmentId: assignment.id, dnr, origin: assignment.origin, organisationId: assignee.organisationId, status: assignee.status, target };
    merged.set(a.dnr, entry);
    const what = created
      ? `nytt uppdrag (${ORIGIN_NAMES[assignment.origin]} ${assignment.origin === 'council-budget' ? (assignment.originYear ?? '') : (assignment.originDecidedOn ?? '')}`.trimEnd() + `) för ${assignee.organisationName}`
      : `uppdraget fanns för ${assignee.organisationName}`;
    if (!target) {
      log.add('assignment', dnr, created ? 'created' : 'present', `${what}; dokumentet föreslår ingen status`, assignment.id);
      continue;
    }
    if (assignee.status === target) {
      log.add('assignment', dnr, created ? 'created' : 'present', `${what}, redan med status "${label(target)}"`, assignment.id);
      continue;
    }
    const refusal = await refusedMove(trx, tenant.id, entry, source.documentDate);
    if (refusal) {
      log.add('assignment', dnr, created ? 'created' : 'skipped', `${what}; statusen "${label(target)}" som dokumentet föreslår lades inte till: ${refusal}`, assignment.id);
      continue;
    }
    await transitionAssignment(trx, actor, tenant, {
      assignmentId: assignment.id,
      organisationId: assignee.organisationId,
      to: target,
      reason: `Importerad från ${source.fileName}: ${source.documentTitle}, avsnitt ${a.section}`,
      reportId: source.reportId,
      ...(at ? { at } : {}),
    });
    entry.status = target;
    log.add(
      'assignment',
      dnr,
      created ? 'created' : 'merged',
      `${what}; historiken fick "${label(assignee.status)}" → "${label(target)}"${source.documentDate ? ` ${source.documentDate}` : ''} (avsnitt ${a.section})`,
      assignment.id,
    );
  }
  return merged;
}

/** Why the document's status may not be added to the history, or null when it may. */
async function refusedMove(trx: Db, tenantId: string, entry: MergedAssignment, documentDate: string | null): Promise<string | null> {
  const from = entry.status;
  const to = entry.target!;
  const reasons: string[] = [];
  if (!canTransition(from, to)) {
    const allowed = allowedNextStatuses(from);
    reasons.push(`från "${label(from)}" kan uppdraget bara gå till ${allowed.length ? allowed.map((s) => `"${label(s)}"`).join(' eller ') : 'ingen annan status'}`);
  }
  if (documentDate) {
    // Registration itself ('assigned') is no event of the assignment's life; later moves are.
    const last = await lastStatusChange(trx, tenantId, entry.assignmentId, entry.organisationId);
    if (last && swedishDay(last.changed_at) > documentDate) {
      reasons.push(`registret har en senare ändring (${swedishDay(last.changed_at)}: "${label(last.to_status as AssignmentStatus)}"), och historien skrivs inte om`);
    }
  }
  return reasons.length ? reasons.join('; ') : null;
}
