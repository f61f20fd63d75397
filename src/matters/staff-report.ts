/**
 * The staff report (tjänsteutlåtande) drafted from an accepted interim report: point 1 adopts
 * the report, then one point per assignment the report proposes as done, worded as Göteborg
 * words them. Pure: the command feeds it the report, the accounts and the assignments.
 */
import type { AssignmentOrigin } from '../assignments/assignment.ts';
import { compareDottedNumbers } from '../numbers/dotted-number.ts';
import type { PointEffect } from './matter.ts';

export interface StaffReportBody {
  summary: string;
  background: string;
  /** "Bedömning ur ekonomisk dimension" and the like. */
  assessments: Array<{ heading: string; text: string }>;
  /** The samverkan line: where the staff side was informed. */
  consultation: string;
  attachments: string[];
  officers: Array<{ name: string; phone?: string; email?: string }>;
  signatories: Array<{ name: string; title?: string }>;
  issuedOn: string;
  /** The office that issues it, e.g. "Stadsledningskontoret". */
  issuedBy: string;
}

export interface DraftPoint {
  number: number;
  text: string;
  effect: PointEffect;
  assignmentId: string | null;
  organisationId: string | null;
}

export interface AccountForProposal {
  assignmentId: string;
  organisationId: string;
  dnr: string;
  title: string;
  origin: AssignmentOrigin;
  originYear: number | null;
  section: string;
  proposed: 'done' | 'partial';
}

/**
 * "Kommunstyrelsen får i uppdrag att ta fram en plan …." → "att ta fram en plan …".
 * A trailing note on how it is reported back (", uppdraget återrapporteras i …") is not part of
 * what was asked, and the decision sentence leaves it out as Göteborg does.
 */
export function assignmentClause(title: string): string {
  const match = /\bfår (?:i )?uppdrag(?:et)? (att\b.*)$/is.exec(title.trim());
  let clause = match ? match[1]! : `att ${title.trim().replace(/^./, (c) => c.toLowerCase())}`;
  clause = clause.replace(/,\s*uppdraget\s+(?:åter)?(?:rapporteras|redovisas)\b.*$/is, '');
  return clause.replace(/[.\s]+$/, '');
}

/** "Stadsledningskontoret" → "stadsledningskontorets" (Swedish genitive, lower case mid-sentence). */
export function genitive(name: string): string {
  const lower = name.charAt(0).toLowerCase() + name.slice(1);
  return /[sxz]$/i.test(lower) ? lower : `${lower}s`;
}

export function adoptReportSentence(reportTitle: string, issuedBy: string): string {
  return `${reportTitle}, i enlighet med bilaga 1 till ${genitive(issuedBy)} tjänsteutlåtande godkänns.`;
}

export function approveAccountSentence(bodyName: string, account: AccountForProposal): string {
  const from = account.origin === 'council-budget' && account.originYear ? ` från budget ${account.originYear}` : '';
  return (
    `${bodyName} godkänner för egen del redovisningen av uppdraget${from} ${assignmentClause(account.title)}, ` +
    `enligt beskrivning i avsnitt ${account.section}, diarienummer ${account.dnr}.`
  );
}

export function draftProposalPoints(input: {
  bodyName: string;
  reportTitle: string;
  issuedBy: string;
  accounts: readonly AccountForProposal[];
}): DraftPoint[] {
  const points: DraftPoint[] = [
    { number: 1, text: adoptReportSentence(input.reportTitle, input.issuedBy), effect: 'adopt-report', assignmentId: null, organisationId: null },
  ];
  // Accounts proposed as partly done stay in the report; only those proposed done need a decision.
  const done = input.accounts
    .map((account, index) => ({ account, index }))
    .filter(({ account }) => account.proposed === 'done')
    .sort((a, b) => compareDottedNumbers(a.account.section, b.account.section) || a.index - b.index);
  for (const { account } of done) {
    points.push({
      number: points.length + 1,
      text: approveAccountSentence(input.bodyName, account),
      effect: 'approve-assignment',
      assignmentId: account.assignmentId,
      organisationId: account.organisationId,
    });
  }
  return points;
}

/**
 * The background paragraph the seed's staff report carries under "Ärendet", with the counts
 * of budget and other council assignments filled in.
 */
export function backgroundText(input: { bodyName: string; reportTitle: string; budgetCount: number; otherCount: number }): string {
  const n = (count: number) => ['inga', 'ett', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio'][count] ?? String(count);
  return (
    `${input.bodyName} ska godkänna ${input.reportTitle.charAt(0).toLowerCase()}${input.reportTitle.slice(1)} enligt bilaga 1 (beslutssats 1). ` +
    `Ärendet innehåller också redovisning av ${n(input.budgetCount)} budgetuppdrag från kommunfullmäktige och ` +
    `${n(input.otherCount)} uppdrag från kommunfullmäktige utanför budget. Om ${input.bodyName.toLowerCase()} som nämnd beslutar att ` +
    `förklara uppdragen genomförda redovisas dessa vidare till kommunfullmäktige.`
  );
}
