/**
 * Who may do what, as data. Every write route names one action; the route layer refuses
 * actors whose roles can never perform it, and the handler then checks the scope
 * (which organisation or party the change concerns) with `can`.
 */
import type { Actor, Role, RoleGrant } from './roles.ts';

interface Rule {
  /** Roles allowed regardless of scope. */
  anywhere: Role[];
  /** Roles allowed when their grant's organisation covers the target. */
  ownOrganisation?: Role[];
  /** Roles allowed when their grant's party is the target's party. */
  ownParty?: Role[];
}

export const PERMISSIONS = {
  'organisation.manage': { anywhere: ['administrator'] },
  'party.manage': { anywhere: ['administrator'] },
  'user.manage': { anywhere: ['administrator'] },
  'audit-log.read': { anywhere: ['administrator', 'auditor'] },
  'cycle.manage': { anywhere: ['administrator', 'controller'] },
  'goal.manage': { anywhere: ['administrator', 'controller'] },
  'indicator.manage': { anywhere: ['administrator', 'controller'] },
  'indicator-value.write': { anywhere: ['administrator', 'controller'], ownOrganisation: ['reporter'] },
  'assignment.manage': { anywhere: ['administrator', 'controller'], ownOrganisation: ['secretary'] },
  'assignment.transition': { anywhere: ['administrator', 'controller'], ownOrganisation: ['reporter'] },
  'audit-report.manage': { anywhere: ['administrator', 'auditor'] },
  'audit-recommendation.respond': { anywhere: ['administrator', 'auditor'], ownOrganisation: ['reporter'] },
  // reports (src/reports): reporters for their own organisation, controllers anywhere
  'report.read': { anywhere: ['administrator', 'controller', 'auditor', 'reader'], ownOrganisation: ['reporter', 'secretary'] },
  'report.create': { anywhere: ['administrator', 'controller'], ownOrganisation: ['reporter'] },
  'report.edit': { anywhere: ['administrator', 'controller'], ownOrganisation: ['reporter'] },
  'report.submit': { anywhere: ['administrator', 'controller'], ownOrganisation: ['reporter'] },
  'report.review': { anywhere: ['administrator', 'controller'] },
  'report.adopt': { anywhere: ['administrator', 'controller'], ownOrganisation: ['secretary'] },
  'report-template.manage': { anywhere: ['administrator', 'controller'] },
  // matters, meetings and decisions: the secretary of the body, scoped to it
  'matter.manage': { anywhere: ['administrator'], ownOrganisation: ['secretary'] },
  'document.read-secret': { anywhere: ['administrator', 'auditor'], ownOrganisation: ['secretary'] },
  'person.manage': { anywhere: ['administrator'], ownOrganisation: ['secretary'] },
  'meeting.manage': { anywhere: ['administrator'], ownOrganisation: ['secretary'] },
  'motion.file': { anywhere: ['administrator'], ownOrganisation: ['secretary'], ownParty: ['party-secretary'] },
  'decision.record': { anywhere: ['administrator'], ownOrganisation: ['secretary'] },
  'minutes.approve': { anywhere: ['administrator'], ownOrganisation: ['secretary'] },
  // surveys: controllers ask, each organisation's reporters answer for it
  'survey.manage': { anywhere: ['administrator', 'controller'] },
  'survey.read': { anywhere: ['administrator', 'controller', 'auditor'], ownOrganisation: ['reporter'] },
  'survey.answer': { anywhere: ['administrator'], ownOrganisation: ['reporter'] },
  // staff workspace: reading a document with the importer (nothing is written but the summary)
  'document.import': { anywhere: ['administrator', 'controller'], ownOrganisation: ['reporter', 'secretary'] },
} satisfies Record<string, Rule>;

export type Action = keyof typeof PERMISSIONS;

export interface Target {
  /** Organisations whose grants cover the target: its own, its ancestors, administrations serving them. */
  organisationIds?: readonly string[];
  partyId?: string | null;
}

function grantAllows(rule: Rule, grant: RoleGrant, target: Target | undefined): boolean {
  if (rule.anywhere.includes(grant.role)) return true;
  if (rule.ownOrganisation?.includes(grant.role)) {
    // Without a target the question is "could this role ever do it?" (the route-level check).
    if (!target) return true;
    return grant.organisationId !== null && (target.organisationIds ?? []).includes(grant.organisationId);
  }
  if (rule.ownParty?.includes(grant.role)) {
    if (!target) return true;
    return grant.partyId !== null && grant.partyId === target.partyId;
  }
  return false;
}

export function can(actor: Actor, action: Action, target?: Target): boolean {
  if (actor.kind === 'system') return true;
  if (actor.kind !== 'user') return false;
  const rule: Rule = PERMISSIONS[action];
  return actor.grants.some((grant) => grantAllows(rule, grant, target));
}

/** Roles that can perform the action in some scope: used to generate authorisation tests. */
export function rolesFor(action: Action): Role[] {
  const rule: Rule = PERMISSIONS[action];
  return [...new Set([...rule.anywhere, ...(rule.ownOrganisation ?? []), ...(rule.ownParty ?? [])])];
}
