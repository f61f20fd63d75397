/**
 * A report's assignment accounts as the decisions feature needs them: one per assignment the
 * report accounts for, with its section number ("4.1.2.1") and proposal. Read from the
 * assembled report so the numbers are the printed ones.
 */
import type { AssignmentOrigin } from '../assignments/assignment.ts';
import type { Db } from '../db/connection.ts';
import { loadReportDocument } from './report-document.store.ts';
import { flattenSections } from './report-document.ts';

export interface AssignmentAccount {
  assignmentId: string;
  organisationId: string;
  dnr: string;
  title: string;
  origin: AssignmentOrigin;
  /** The subsection that prints it: "4.1.2.1" (proposed done), "4.1.2.2" (partial report) … */
  section: string;
  proposed: 'done' | 'partial';
  /** Sanitised HTML. */
  text: string;
}

export async function listAssignmentAccounts(db: Db, tenantId: string, reportId: string): Promise<AssignmentAccount[]> {
  const document = await loadReportDocument(db, tenantId, reportId);
  if (!document) return [];
  return flattenSections(document.sections)
    .filter((s) => s.kind === 'account-group')
    .flatMap((s) =>
      s.accounts
        .filter((a) => a.proposed !== null)
        .map((a) => ({
          assignmentId: a.assignmentId,
          organisationId: a.organisationId,
          dnr: a.dnr,
          title: a.title,
          origin: a.origin,
          section: s.number,
          proposed: a.proposed!,
          text: a.text ?? '',
        })),
    );
}
