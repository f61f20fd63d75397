/**
 * A report's findings: the checker over the whole assembled report, plus what only a placed
 * survey table's answers can tell (a figure typed over the one the answers give). The same
 * finding reported by both is listed once.
 */
import type { Finding } from '../checks/check-document.ts';
import { checkDocument } from '../checks/checker.ts';
import type { Db } from '../db/connection.ts';
import { placedTablesForReport } from '../surveys/survey.queries.ts';
import { toCheckDocument } from './report-check.ts';
import { loadReportDocument } from './report-document.store.ts';
import type { Report } from './report.ts';

const identity = (f: Finding) => JSON.stringify([f.rule, f.where.part ?? null, f.where.table ?? null, f.where.block ?? null, f.where.row ?? null, f.where.column ?? null, f.values]);

export async function reportFindings(db: Db, tenantId: string, report: Report): Promise<Finding[]> {
  const views = await placedTablesForReport(db, tenantId, report.id);
  const document = (await loadReportDocument(db, tenantId, report, { placed: views }))!;
  const findings = checkDocument(toCheckDocument(document));
  const seen = new Set(findings.map(identity));
  for (const finding of views.flatMap((v) => v.findings)) {
    if (seen.has(identity(finding))) continue;
    seen.add(identity(finding));
    findings.push(finding);
  }
  return findings;
}
