/**
 * `uppsikt import FILE --save`: an imported board matter or report stored in a tenant, inside
 * the caller's transaction — all of it or, when anything is refused, nothing. Every write goes
 * through the features' commands (their permission checks and audit entries included), and
 * saving the same document again adds nothing: each item is found and reported as present.
 */
import { parseDnr } from '../../assignments/dnr.ts';
import type { Actor } from '../../auth/roles.ts';
import type { Db } from '../../db/connection.ts';
import { AppError } from '../../http/errors.ts';
import type { Report } from '../../reports/report.ts';
import type { Tenant } from '../../tenants/tenant.ts';
import { toCheckDocument } from '../check-input.ts';
import type { ImportResult } from '../import-result.ts';
import { mergeAssignments, type MergedAssignment } from './import-assignments.ts';
import { mergeGoals } from './import-goals.ts';
import { isMatter, saveMatter } from './import-matter.ts';
import { resolveRegister } from './import-register.ts';
import { fillReport, findOrCreateCycle, openReport } from './import-report.ts';
import { issuingOffice } from './matter-texts.ts';
import { readReportTitle } from './report-title.ts';
import { SummaryLog, type SaveSummary } from './save-summary.ts';
import { swedishDay } from '../../numbers/swedish-format.ts';

export interface SaveOptions {
  /** The file as the person named it: it goes into the history's reasons. */
  fileName: string;
  /** Create the organisations and parties the document names but the register lacks. */
  createOrganisations?: boolean;
  /** The reporting cycle (id or name) when the report's title does not say it. */
  cycle?: string | null;
  /** The organisation the report is for (its name), when the title does not say it. */
  organisation?: string | null;
  now?: Date;
}

export async function saveImport(trx: Db, actor: Actor, tenant: Tenant, result: ImportResult, options: SaveOptions): Promise<SaveSummary> {
  const log = new SummaryLog();
  const doc = toCheckDocument(result);
  const reportPart = result.parts.find((p) => p.kind === 'report');
  const hasReport = reportPart !== undefined && result.report.sections.some((s) => s.part === reportPart.id);
  if (!hasReport && !isMatter(result)) {
    throw new AppError('invalid_input', 'Dokumentet innehåller varken en rapport med numrerade avsnitt eller ett ärende med förslag till beslut; inget sparades.');
  }
  // A report on its own has its title above its first section; a matter names it in the staff report.
  const preamble = doc.sections.find((s) => s.part === reportPart?.id && s.number === null)?.lines.find((l) => l.text.trim())?.text.trim();
  const documentTitle = (hasReport ? reportPart.title : null) ?? result.matter.title ?? preamble ?? options.fileName;
  const title = readReportTitle(documentTitle);
  const today = swedishDay(options.now);

  // Every dnr must be one the tenant writes, before anything is written.
  const dnrs = [...result.report.assignments.map((a) => a.dnr), ...(result.matter.dnr ? [result.matter.dnr] : [])];
  const invalid = dnrs.filter((d) => !parseDnr(d, tenant.dnrFormats));
  if (invalid.length > 0) {
    throw new AppError('invalid_dnr', `Diarienumren ${invalid.join(', ')} har inget av kommunens format (${tenant.dnrFormats.join(', ')}); inget sparades.`, {
      invalid,
      formats: tenant.dnrFormats,
    });
  }

  const staffLines = doc.sections.filter((s) => s.part === 'staff-report').flatMap((s) => s.lines.map((l) => l.text));
  const office = isMatter(result) ? issuingOffice(result.proposal.map((p) => p.text), staffLines) : null;
  const register = await resolveRegister(
    trx,
    actor,
    tenant,
    {
      body: options.organisation ?? title.organisationName ?? readReportTitle(result.matter.title).organisationName,
      office,
      parties: [...result.motions.flatMap((m) => m.parties), ...result.statements.flatMap((s) => s.parties)],
    },
    options.createOrganisations ?? false,
    log,
  );

  let report: Report | null = null;
  let reportCreated = false;
  const cycle = hasReport ? await findOrCreateCycle(trx, actor, tenant, title, options.cycle ?? null, log) : null;
  if (cycle) {
    const opened = await openReport(trx, actor, tenant, { organisationId: register.body.id, organisationName: register.body.name, cycle, title: documentTitle }, log);
    report = opened.report;
    reportCreated = opened.created;
  }

  const budgetYears = new Map<string, number>();
  for (const p of result.proposal) {
    const year = /\bbudget\s+((?:19|20)\d{2})\b/i.exec(p.text)?.[1];
    if (p.dnr && year) budgetYears.set(p.dnr, Number(year));
  }
  const merged: Map<string, MergedAssignment> = await mergeAssignments(trx, actor, tenant, result.report.assignments, register, {
    fileName: options.fileName,
    documentTitle,
    documentDate: result.matter.issued,
    budgetYears,
    year: cycle?.year ?? title.year,
    reportId: report?.id ?? null,
  }, log);

  const year = cycle?.year ?? title.year;
  const goalIds = year && result.report.goals.length ? await mergeGoals(trx, actor, tenant, result.report.goals, year, register.body, log) : new Map<string, string>();

  if (report && reportCreated && cycle) {
    report = await fillReport(
      trx,
      actor,
      tenant,
      report,
      {
        source: {
          title: documentTitle,
          sections: doc.sections.filter((s) => s.part === reportPart!.id),
          tables: result.report.tables.filter((t) => t.part === reportPart!.id),
          tableLines: new Map(doc.tables.map((t) => [t.id, t.line ?? Number.POSITIVE_INFINITY])),
          goals: result.report.goals,
          assignments: result.report.assignments,
        },
        assignments: result.report.assignments,
        merged,
        goalIds,
        register,
        cycle,
        fileName: options.fileName,
        documentDate: result.matter.issued,
      },
      log,
    );
  }

  const matterId = await saveMatter(
    trx,
    actor,
    tenant,
    { result, sections: doc.sections, register, report, merged, issuedBy: office ?? register.body.name, today },
    log,
  );
  return log.summary({
    file: options.fileName,
    tenant: { id: tenant.id, name: tenant.name },
    document: documentTitle,
    reportId: report?.id ?? null,
    matterId,
  });
}
