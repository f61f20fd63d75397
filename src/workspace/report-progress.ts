/** Where a report stands for the people waiting for it, without I/O. */
import type { ReportStatus } from '../reports/report.ts';

/** A participant without a report has "not started". */
export type ProgressStatus = 'not-started' | ReportStatus;

export const PROGRESS_ORDER: readonly ProgressStatus[] = ['not-started', 'draft', 'returned', 'submitted', 'accepted', 'adopted'];

/** Past the deadline and still with the reporter (not started, draft, or returned for changes). */
export function isOverdue(status: ProgressStatus, deadline: string | null, today: string): boolean {
  if (!deadline || today <= deadline) return false;
  return status === 'not-started' || status === 'draft' || status === 'returned';
}

/** Counts per status, every status present (zero included), in board order. */
export function countByProgress(statuses: readonly ProgressStatus[]): Array<{ status: ProgressStatus; count: number }> {
  return PROGRESS_ORDER.map((status) => ({ status, count: statuses.filter((s) => s === status).length }));
}
