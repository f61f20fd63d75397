/**
 * Assignment accounts (uppdragsredovisningar): the report accounts for the organisation's open
 * assignments, taken from the assignment register, not retyped. For each the reporter writes
 * the account and chooses: proposed done (for own part) or a partial report. On submit each
 * choice moves the assignment's status for the organisation.
 */
import type { AssignmentOrigin } from '../assignments/assignment.ts';
import type { AssignmentStatus } from '../assignments/assignment-status.ts';
import { isDoneForOwnPart } from '../assignments/assignment-status.ts';
import type { Organisation } from '../organisations/organisation.ts';

export type Proposal = 'done' | 'partial';

/** The status an account's proposal gives the assignment when the report is submitted. */
export const STATUS_ON_SUBMIT: Record<Proposal, AssignmentStatus> = {
  done: 'proposed-done',
  partial: 'partially-reported',
};

export interface AccountView {
  /** Stored under this section key: `<accounts section key>:<assignment id>`. */
  key: string;
  assignmentId: string;
  organisationId: string;
  dnr: string;
  title: string;
  origin: AssignmentOrigin;
  originDecidedOn: string | null;
  originReference: string | null;
  /** The assignment's current status for the organisation. */
  status: AssignmentStatus;
  proposed: Proposal | null;
  /** Sanitised HTML. */
  text: string | null;
  /** 0 when nothing has been saved yet. */
  version: number;
  position: number;
}

/**
 * The organisations a report speaks for: the organisation and the administrations serving it
 * (the board's report covers the city office's assignments too).
 */
export function reportOrganisations(organisationId: string, all: readonly Organisation[]): string[] {
  return [organisationId, ...all.filter((o) => o.servesId === organisationId && o.id !== organisationId).map((o) => o.id)];
}

/** Open for reporting: not yet done for the organisation's own part. */
export function isOpen(status: AssignmentStatus): boolean {
  return !isDoneForOwnPart(status);
}

export const accountKey = (sectionKey: string, assignmentId: string) => `${sectionKey}:${assignmentId}`;

/** Accounts in print order: by position, then as the register sorts them. */
export function sortAccounts<T extends Pick<AccountView, 'position'>>(accounts: readonly T[]): T[] {
  return accounts.map((a, i) => ({ a, i })).sort((x, y) => x.a.position - y.a.position || x.i - y.i).map(({ a }) => a);
}

/**
 * "Kommunstyrelsen får i uppdrag att …, dnr 1407/22, KF 2022-12-08, punkt 1." — the account's
 * heading line, with the decision it comes from when that is not the budget.
 */
export function accountHeading(account: Pick<AccountView, 'title' | 'dnr' | 'origin' | 'originDecidedOn' | 'originReference'>): string {
  const title = account.title.trim().replace(/[.\s]+$/, '');
  const body = account.origin === 'council' ? 'KF' : account.origin === 'board' ? 'KS' : null;
  const decision = body && account.originDecidedOn ? `, ${body} ${account.originDecidedOn}` : '';
  const reference = account.originReference && body ? `, ${account.originReference}` : '';
  return `${title}, dnr ${account.dnr}${decision}${reference}.`;
}

export interface StatusMove {
  assignmentId: string;
  organisationId: string;
  from: AssignmentStatus;
  to: AssignmentStatus;
  key: string;
}

/** The status moves a submit makes; an account already in its target status needs none. */
export function movesOnSubmit(accounts: readonly AccountView[]): StatusMove[] {
  return accounts
    .filter((a): a is AccountView & { proposed: Proposal } => a.proposed !== null)
    .map((a) => ({ assignmentId: a.assignmentId, organisationId: a.organisationId, from: a.status, to: STATUS_ON_SUBMIT[a.proposed], key: a.key }))
    .filter((m) => m.from !== m.to);
}
