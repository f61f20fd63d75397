/**
 * The board matter an imported document is: registered in the registry with the dnr it has,
 * its staff report with the proposed decision point by point (each point linked to the report
 * or the assignment it decides on), its attachments, and the parties' motions and statements as
 * structured objects on those points — all through the registry's and the decisions' commands.
 * What the matter already has is left as it is and reported as present.
 */
import { findAssignmentByDnr } from '../../assignments/assignment.store.ts';
import { parseDnr } from '../../assignments/dnr.ts';
import type { Actor } from '../../auth/roles.ts';
import type { CheckSection } from '../../checks/check-document.ts';
import type { Db } from '../../db/connection.ts';
import { fileMotion, fileStatement } from '../../decisions/motion.commands.ts';
import { listMotions, listStatements } from '../../decisions/motion.store.ts';
import { partyList } from '../../decisions/motion.ts';
import { addProposalPoint, registerDocument, registerMatter } from '../../matters/matter.commands.ts';
import { findStaffReport, listPoints } from '../../matters/matter.store.ts';
import type { PointEffect } from '../../matters/matter.ts';
import type { Report } from '../../reports/report.ts';
import type { Tenant } from '../../tenants/tenant.ts';
import type { ImportResult, ImportTable } from '../import-result.ts';
import type { MergedAssignment } from './import-assignments.ts';
import { findMatterIdByDnr, matterIsDecided } from './import-lookup.store.ts';
import type { Register } from './import-register.ts';
import { motionReasoning, staffReportBody, statementPointTexts } from './matter-texts.ts';
import { plainText } from './prose-html.ts';
import { instructedOrganisation } from './report-title.ts';
import type { SummaryLog } from './save-summary.ts';
import { tn } from '../../i18n/messages.ts';

export interface MatterSource {
  result: ImportResult;
  /** Every part's sections with their prose lines (the importer's check document). */
  sections: readonly CheckSection[];
  register: Register;
  report: Report | null;
  merged: ReadonlyMap<string, MergedAssignment>;
  issuedBy: string;
  /** ISO date to register papers on when the document gives none. */
  today: string;
}

const linesOf = (sections: readonly CheckSection[], part: string) => sections.filter((s) => s.part === part).flatMap((s) => s.lines.map((l) => l.text));

/** Whether the document is a matter at all: a staff report with a proposal, or a matter dnr. */
export function isMatter(result: ImportResult): boolean {
  return result.proposal.length > 0 || (result.matter.dnr !== null && result.parts.some((p) => p.kind === 'staff-report'));
}

export async function saveMatter(trx: Db, actor: Actor, tenant: Tenant, source: MatterSource, log: SummaryLog): Promise<string | null> {
  const { result, register } = source;
  if (!isMatter(result)) {
    for (const m of result.motions) log.add('motion', m.parties.join(', ') || '?', 'skipped', 'dokumentet har inget tjänsteutlåtande med förslag till beslut att yrka på');
    for (const s of result.statements) log.add('statement', s.parties.join(', ') || '?', 'skipped', 'dokumentet har inget tjänsteutlåtande med förslag till beslut att yttra sig över');
    return null;
  }
  const issuedOn = result.matter.issued ?? source.today;
  const subject = result.matter.title ?? source.report?.title ?? 'Ärende';
  const dnr = result.matter.dnr ? parseDnr(result.matter.dnr, tenant.dnrFormats)!.text : null;
  let matterId = dnr ? await findMatterIdByDnr(trx, tenant.id, dnr) : undefined;
  if (matterId) log.add('matter', dnr!, 'present', 'finns redan i diariet', matterId);
  else {
    const matter = await registerMatter(trx, actor, tenant, {
      dnr,
      registeredOn: issuedOn,
      subject,
      sender: source.issuedBy,
      recipient: register.body.name,
      organisationId: register.body.id,
      reportId: source.report?.id ?? null,
    });
    matterId = matter.id;
    log.add('matter', matter.dnr, 'created', `"${subject}" registrerat ${issuedOn}${dnr ? '' : ' med nytt diarienummer'}`, matter.id);
  }

  const staffReport = await saveStaffReport(trx, actor, tenant, source, matterId, issuedOn, subject, log);
  const points = staffReport ? await listPoints(trx, tenant.id, staffReport) : [];
  const numbers = new Set(points.map((p) => p.number));
  const decided = await matterIsDecided(trx, tenant.id, matterId);

  const motionParts = result.parts.filter((p) => p.kind === 'motion');
  const existingMotions = await listMotions(trx, tenant.id, matterId);
  for (const [index, motion] of result.motions.entries()) {
    const ref = `${partyList(motion.parties)}${motion.date ? ` ${motion.date}` : ''}`;
    const filedOn = motion.date ?? issuedOn;
    const partyIds = motion.parties.map((p) => register.parties.get(p)?.id).filter((id): id is string => id !== undefined);
    const same = existingMotions.find((m) => m.filedOn === filedOn && sameSet(m.parties.map((p) => p.abbreviation), motion.parties));
    if (same) {
      log.add('motion', ref, 'present', `yrkandet finns redan på ärendet (${tn('sv', 'count.point', same.points.length)})`, same.id);
      continue;
    }
    const unclear = motion.points.filter((p) => p.effect === null).map((p) => p.n);
    const missing = motion.points.filter((p) => p.targets !== null && p.effect !== 'add' && p.effect !== 'approve-rest' && !numbers.has(p.targets)).map((p) => p.targets);
    const why = !staffReport
      ? 'ärendet har inget tjänsteutlåtande att yrka på'
      : decided
        ? 'ärendet är redan beslutat'
        : motion.parties.length === 0 || partyIds.length !== motion.parties.length
          ? 'det framgår inte vilka partier som står bakom det'
          : unclear.length
            ? `det framgår inte vad punkt ${unclear.join(', ')} yrkar`
            : missing.length
              ? `förslaget till beslut har ingen punkt ${missing.join(', ')}`
              : null;
    if (why) {
      log.add('motion', ref, 'skipped', `${why}; yrkandet registrerades inte`);
      continue;
    }
    const part = motionParts[index];
    const filed = await fileMotion(trx, actor, tenant, matterId, {
      partyIds,
      filedOn,
      reasoning: part ? motionReasoning(linesOf(source.sections, part.id)) : '',
      points: motion.points.map((p) => ({
        kind: p.effect!,
        targetPointNumber: p.effect === 'add' || p.effect === 'approve-rest' ? null : p.targets,
        text: p.text,
        organisationId: p.effect === 'add' ? (instructedOrganisation(p.text, register.covered)?.id ?? null) : null,
      })),
    });
    const revised = motion.revised ? '; dokumentet visar det reviderade yrkandet, och den tidigare versionen finns inte i dokumentet' : '';
    log.add('motion', ref, 'created', `${tn('sv', 'count.point', filed.points.length)} på beslutspunkterna${revised}`, filed.id);
  }

  const statementParts = result.parts.filter((p) => p.kind === 'statement');
  const existingStatements = await listStatements(trx, tenant.id, matterId);
  for (const [index, statement] of result.statements.entries()) {
    const filedOn = statement.date ?? issuedOn;
    const part = statementParts[index];
    const texts = statementPointTexts(part ? linesOf(source.sections, part.id) : [], statement.points);
    const missing = statement.points.filter((n) => !numbers.has(n));
    for (const abbreviation of statement.parties.length ? statement.parties : ['?']) {
      const ref = `${abbreviation}${statement.date ? ` ${statement.date}` : ''}`;
      const party = register.parties.get(abbreviation);
      const same = existingStatements.find((s) => s.partyAbbreviation === abbreviation && s.filedOn === filedOn);
      if (same) {
        log.add('statement', ref, 'present', 'yttrandet finns redan på ärendet', same.id);
        continue;
      }
      const why = !staffReport
        ? 'ärendet har inget tjänsteutlåtande att yttra sig över'
        : !party
          ? 'det framgår inte vilket parti som lämnat det'
          : statement.points.length === 0
            ? 'det framgår inte vilka beslutspunkter det gäller'
            : missing.length
              ? `förslaget till beslut har ingen punkt ${missing.join(', ')}`
              : null;
      if (why) {
        log.add('statement', ref, 'skipped', `${why}; yttrandet registrerades inte`);
        continue;
      }
      const filed = await fileStatement(trx, actor, tenant, matterId, {
        partyId: party!.id,
        filedOn,
        points: statement.points.map((n) => ({ pointNumber: n, text: texts.get(n) || '(Texten kunde inte läsas ur dokumentet.)' })),
      });
      const joint = statement.parties.length > 1 ? `; gemensamt yttrande av ${partyList(statement.parties)}, registrerat för varje parti` : '';
      log.add('statement', ref, 'created', `om punkt ${statement.points.join(', ')}${joint}`, filed.id);
    }
  }
  return matterId;
}

/** The staff report with its points and the attachments, unless the matter has one already. */
async function saveStaffReport(
  trx: Db,
  actor: Actor,
  tenant: Tenant,
  source: MatterSource,
  matterId: string,
  issuedOn: string,
  subject: string,
  log: SummaryLog,
): Promise<string | null> {
  const { result, register } = source;
  const ref = result.matter.dnr ?? subject;
  const existing = await findStaffReport(trx, tenant.id, matterId);
  if (existing) {
    log.add('staff-report', ref, 'present', 'ärendet har redan ett tjänsteutlåtande; dess beslutspunkter och bilagor ändrades inte', existing.id);
    return existing.id;
  }
  if (!result.parts.some((p) => p.kind === 'staff-report') && result.proposal.length === 0) return null;
  const body = staffReportBody(linesOf(source.sections, 'staff-report'), {
    issuedOn,
    issuedBy: source.issuedBy,
    officers: result.matter.officers,
    attachments: result.matter.attachments.map((a) => a.title),
  });
  const document = await registerDocument(trx, actor, tenant, matterId, {
    kind: 'staff-report',
    title: `Tjänsteutlåtande: ${subject}`,
    registeredOn: issuedOn,
    sender: source.issuedBy,
    recipient: register.body.name,
    body: body as unknown as Record<string, unknown>,
    text: body.summary,
  });
  const gaps = result.proposal.some((p, i) => p.n !== i + 1);
  for (const point of result.proposal) {
    const { effect, assignmentId, organisationId } = await pointEffect(trx, tenant, point, source);
    await addProposalPoint(trx, actor, tenant, document.id, { text: point.text, effect, assignmentId, organisationId });
  }
  log.add(
    'staff-report',
    ref,
    'created',
    `utfärdat ${issuedOn} av ${source.issuedBy}, ${tn('sv', 'count.decisionPoint', result.proposal.length)}${gaps ? ' (numrerade om i följd: dokumentets numrering har luckor)' : ''}`,
    document.id,
  );

  const numbers = [...new Set([...result.matter.attachments.map((a) => a.n), ...result.parts.filter((p) => p.kind === 'attachment').map((p) => Number(p.id.split('-')[1]))])]
    .filter((n) => Number.isInteger(n))
    .sort((a, b) => a - b);
  for (const n of numbers) {
    const listed = result.matter.attachments.find((a) => a.n === n);
    const part = result.parts.find((p) => p.id === `attachment-${n}`);
    const title = listed?.title ?? part?.title ?? `Bilaga ${n}`;
    const isReport = n === 1 && !part && source.report !== null;
    const tables = result.report.tables.filter((t) => t.part === `attachment-${n}`);
    const text = isReport
      ? `${source.report!.title}. Rapporten finns som data i Uppsikt: /api/v1/reports/${source.report!.id}`
      : part
        ? attachmentText(source.sections, part.id, tables)
        : '';
    const attachment = await registerDocument(trx, actor, tenant, matterId, {
      kind: 'attachment',
      title: `Bilaga ${n}: ${title}`,
      registeredOn: issuedOn,
      sender: source.issuedBy,
      text,
      ...(tables.length ? { body: { tables } as unknown as Record<string, unknown> } : {}),
    });
    const what = isReport ? 'rapporten, som data' : part ? `texten${tables.length ? ` och ${tn('sv', 'count.table', tables.length)} som data` : ''}` : 'bara titeln: bilagan finns inte i dokumentet';
    log.add('attachment', String(n), 'created', `"${title}": ${what}`, attachment.id);
  }
  return document.id;
}

/** What deciding a point does: adopt the report, approve an assignment's account, or nothing the system acts on. */
async function pointEffect(
  trx: Db,
  tenant: Tenant,
  point: ImportResult['proposal'][number],
  source: MatterSource,
): Promise<{ effect: PointEffect; assignmentId: string | null; organisationId: string | null }> {
  const none = { effect: 'none' as const, assignmentId: null, organisationId: null };
  if (point.dnr) {
    const merged = source.merged.get(point.dnr);
    if (merged) return { effect: 'approve-assignment', assignmentId: merged.assignmentId, organisationId: merged.organisationId };
    const dnr = parseDnr(point.dnr, tenant.dnrFormats);
    const assignment = dnr ? await findAssignmentByDnr(trx, tenant.id, dnr.text) : undefined;
    const assignee = assignment?.assignees.find((a) => source.register.covered.some((o) => o.id === a.organisationId));
    return assignment && assignee ? { effect: 'approve-assignment', assignmentId: assignment.id, organisationId: assignee.organisationId } : none;
  }
  if (source.report && /\bgodkänn|\bfastställ/i.test(point.text) && (/bilaga 1\b/i.test(point.text) || point.text.includes(source.report.title))) {
    return { effect: 'adopt-report', assignmentId: null, organisationId: null };
  }
  return none;
}

/** An attachment's prose with its headings, and its tables as printed after it. */
function attachmentText(sections: readonly CheckSection[], part: string, tables: readonly ImportTable[]): string {
  const out: string[] = [];
  for (const s of sections.filter((x) => x.part === part)) {
    if (s.number) out.push(`${s.number} ${s.title}`);
    const prose = plainText(s.lines.map((l) => l.text));
    if (prose) out.push(prose);
  }
  for (const t of tables) {
    out.push(`${t.title}${t.unit ? ` (${t.unit})` : ''}`);
    for (const row of t.rows) {
      const cells = row.printed.map((p, i) => (p === null ? null : `${t.columns[i]?.label ?? `kolumn ${i + 1}`}: ${p}`)).filter(Boolean);
      out.push(`${row.label}: ${cells.join('; ')}`);
    }
  }
  return out.join('\n\n');
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
