/**
 * A report (interim or annual) of one organisation for one reporting cycle, made from a
 * pinned version of a template. Its life: draft → submitted → returned (edited, submitted
 * again) or accepted → adopted by the decision that adopts it, after which it is locked.
 */
export const REPORT_STATUSES = ['draft', 'submitted', 'returned', 'accepted', 'adopted'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** What can be done to a report's status; adoption is only done by a decision. */
export const REPORT_ACTIONS = ['submit', 'return', 'accept', 'adopt'] as const;
export type ReportAction = (typeof REPORT_ACTIONS)[number];

const MOVES: Record<ReportStatus, Partial<Record<ReportAction, ReportStatus>>> = {
  draft: { submit: 'submitted' },
  submitted: { return: 'returned', accept: 'accepted' },
  returned: { submit: 'submitted' },
  accepted: { adopt: 'adopted' },
  adopted: {},
};

/** The status an action leads to from `from`, or null when the action is not allowed there. */
export function statusAfter(from: ReportStatus, action: ReportAction): ReportStatus | null {
  return MOVES[from][action] ?? null;
}

export function allowedActions(from: ReportStatus): ReportAction[] {
  return Object.keys(MOVES[from]) as ReportAction[];
}

/** The reporter writes while the report is a draft or has been returned for changes. */
export function isEditable(status: ReportStatus): boolean {
  return status === 'draft' || status === 'returned';
}

export interface Report {
  id: string;
  organisationId: string;
  cycleId: string;
  templateId: string;
  title: string;
  status: ReportStatus;
  /** Grows with every saved section and every status change (see report_events). */
  version: number;
  adoptedByDecisionId: string | null;
  /** Set when adopted: every edit is refused from then on. */
  locked: boolean;
  submittedAt: Date | null;
  returnedAt: Date | null;
  acceptedAt: Date | null;
  adoptedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** One step in a report's history: a saved section or a status change, with its comment. */
export interface ReportEvent {
  version: number;
  action: 'created' | 'section-saved' | ReportAction;
  sectionKey: string | null;
  comment: string | null;
  at: Date;
  by: string | null;
  byName: string | null;
}
