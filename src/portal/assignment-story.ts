/**
 * An assignment's story as one timeline, the way a journalist asks for it: who gave it and
 * when, what each report said about it, what each decision made of it, and where it stands.
 * Pure: the store gathers the facts, this orders and groups them.
 */
import type { Assignment, StatusChange } from '../assignments/assignment.ts';
import type { AssignmentStatus } from '../assignments/assignment-status.ts';

/** What a report said about the assignment (the report model's assignment account). */
export interface StoryAccount {
  reportId: string;
  reportTitle: string;
  organisationId: string;
  organisationName: string;
  /** When the report was adopted, else submitted. */
  at: Date | null;
  section: string;
  proposed: 'done' | 'partial';
  /** Sanitised HTML from the report. */
  html: string;
}

/** A decision that concerned the assignment: approved or rejected its account, or created it. */
export interface StoryDecision {
  decisionId: string;
  /** The public page of the decision, when there is one. */
  url: string | null;
  bodyName: string;
  decidedOn: string;
  paragraph: number | null;
  /** approved | rejected | added (the decision gave the assignment) | other outcomes as stored. */
  outcome: string;
  text: string;
}

export type StoryEntry =
  | { kind: 'given'; date: string | null; assignment: Assignment; to: string[]; decision: StoryDecision | null }
  | { kind: 'account'; date: Date | null; account: StoryAccount; changes: StatusChange[] }
  | { kind: 'decision'; date: string; decision: StoryDecision; changes: StatusChange[] }
  | { kind: 'change'; date: Date; change: StatusChange };

export interface StoryInput {
  assignment: Assignment;
  changes: StatusChange[];
  accounts: StoryAccount[];
  decisions: StoryDecision[];
}

const time = (d: Date | string | null): number => (d === null ? Number.NEGATIVE_INFINITY : typeof d === 'string' ? Date.parse(d) : d.getTime());

/**
 * Status changes made by a report or a decision are told with it, not twice; the first
 * assignment to each organisation is part of "given". Entries in time order; on the same day a
 * report comes before the decision on it.
 */
export function buildStory(input: StoryInput): StoryEntry[] {
  const { assignment, changes } = input;
  const creation = input.decisions.find((d) => d.outcome === 'added') ?? null;
  const initial = changes.filter((c) => c.from === null);
  const given: StoryEntry = {
    kind: 'given',
    date: creation?.decidedOn ?? assignment.originDecidedOn,
    assignment,
    to: [...new Set(initial.map((c) => c.organisationName))],
    decision: creation,
  };
  const rest = changes.filter((c) => c.from !== null);
  const used = new Set<string>();
  const entries: StoryEntry[] = [];
  for (const account of input.accounts) {
    const own = rest.filter((c) => c.reportId === account.reportId && c.organisationId === account.organisationId);
    own.forEach((c) => used.add(c.id));
    entries.push({ kind: 'account', date: account.at, account, changes: own });
  }
  for (const decision of input.decisions) {
    if (decision === creation) continue;
    const own = rest.filter((c) => c.decisionId === decision.decisionId);
    own.forEach((c) => used.add(c.id));
    entries.push({ kind: 'decision', date: decision.decidedOn, decision, changes: own });
  }
  for (const change of rest) {
    if (!used.has(change.id)) entries.push({ kind: 'change', date: change.at, change });
  }
  const order = { given: 0, change: 1, account: 2, decision: 3 } as const;
  entries.sort((a, b) => time(dayOf(a.date)) - time(dayOf(b.date)) || order[a.kind] - order[b.kind] || time(a.date) - time(b.date));
  return [given, ...entries];
}

/** Reports carry times, decisions dates: compare by day so a decision does not precede its report. */
function dayOf(d: Date | string | null): string | null {
  if (d === null) return null;
  return typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10);
}

export interface Outcome {
  organisationName: string;
  status: AssignmentStatus;
  /** The last decision that changed this organisation's status, if any. */
  decision: StoryDecision | null;
}

/** Where the assignment stands for each organisation that has it: "what came of it". */
export function outcomes(input: StoryInput): Outcome[] {
  return input.assignment.assignees.map((a) => {
    const last = [...input.changes].reverse().find((c) => c.organisationId === a.organisationId && c.decisionId);
    return {
      organisationName: a.organisationName,
      status: a.status,
      decision: last ? (input.decisions.find((d) => d.decisionId === last.decisionId) ?? null) : null,
    };
  });
}
