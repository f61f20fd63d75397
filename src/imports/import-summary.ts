/**
 * What `uppsikt import FILE` and `uppsikt check FILE` print for a person: the parts found, the
 * proposed decision and how motions amend it, counts, findings, and what the importer was
 * unsure of. Swedish, plain text, pure.
 */
import type { Finding } from '../checks/check-document.ts';
import type { GoalRole, ImportResult, ImportWarning, MotionPoint } from './import-result.ts';
import { whyNothingChecked } from './nothing-checked.ts';
import { tn, type PluralKey } from '../i18n/messages.ts';

const PART_NAMES: Record<string, string> = {
  motion: 'Yrkande',
  statement: 'Yttrande',
  'staff-report': 'Tjänsteutlåtande',
  report: 'Rapport',
  attachment: 'Bilaga',
};

/** A goal role as a Swedish noun: "huvudansvarig". */
export const GOAL_ROLE_NAMES: Record<GoalRole, string> = { responsible: 'ansvarig', lead: 'huvudansvarig', 'joint-lead': 'gemensamt huvudansvarig' };

export interface SummaryOptions {
  /**
   * Point at `uppsikt check` for the findings (the default, for the terminal). A caller that
   * shows the findings itself, such as the workspace, turns it off.
   */
  cliHints?: boolean;
}

export function importSummary(result: ImportResult, options: SummaryOptions = {}): string {
  const cliHints = options.cliHints ?? true;
  const out: string[] = [];
  const { source } = result;
  out.push(`Läste ${source.fileName ?? 'texten'} (${source.format === 'pdf' ? 'PDF' : 'text'}, ${count(source.lines, 'line')}${source.pages ? `, ${count(source.pages, 'page')}` : ''}).`);

  if (result.parts.length > 0) {
    out.push('', 'Delar');
    for (const p of result.parts) {
      const n = /-(\d+)$/.exec(p.id)?.[1];
      const name = `${PART_NAMES[p.kind] ?? p.kind}${n ? ` ${n}` : ''}`;
      out.push(`  ${name.padEnd(18)} rad ${`${p.fromLine}–${p.toLine}`.padEnd(11)} ${p.title ?? ''}`.trimEnd());
    }
  }

  const m = result.matter;
  if (m.title || m.dnr) {
    out.push('', `Ärende: ${[m.title, m.dnr && `dnr ${m.dnr}`, m.agendaItem && `ärende ${m.agendaItem}`, m.issued && `utfärdat ${m.issued}`].filter(Boolean).join(' · ')}`);
    if (m.officers.length) out.push(`Handläggare: ${m.officers.join(', ')}`);
    for (const a of m.attachments) out.push(`  Bilaga ${a.n}: ${a.title}`);
  }

  if (result.proposal.length) {
    out.push('', `Förslag till beslut: ${count(result.proposal.length, 'point')}`);
    for (const p of result.proposal) {
      const refs = [p.dnr && `dnr ${p.dnr}`, p.section && `avsnitt ${p.section}`].filter(Boolean).join(', ');
      out.push(`  ${p.n}. ${refs ? `[${refs}] ` : ''}${shorten(p.text, 90)}`);
    }
  }

  for (const motion of result.motions) {
    const head = [motion.parties.join(', ') || 'parti okänt', motion.date, motion.revised ? 'reviderat' : null].filter(Boolean).join(', ');
    out.push('', `Yrkande (${head}): ${count(motion.points.length, 'point')}`);
    for (const p of motion.points) out.push(`  ${p.n}. ${describePoint(p)}`);
  }
  for (const statement of result.statements) {
    const head = [statement.parties.join(', ') || 'parti okänt', statement.date].filter(Boolean).join(', ');
    out.push('', `Yttrande (${head}): ${statement.points.length ? `kommenterar punkt ${statement.points.join(', ')}` : 'inga beslutspunkter angivna'}`);
  }

  const r = result.report;
  const done = r.assignments.filter((a) => a.proposed === 'done').length;
  out.push(
    '',
    `Rapport: ${count(r.sections.length, 'section')}, ${count(r.goals.length, 'goal')}, ` +
      `${count(r.assignments.length, 'assignment')} (${count(done, 'proposedDone')}, ${r.assignments.length - done} delrapporteras), ` +
      `${count(r.tables.length, 'table')}`,
  );
  if (r.goals.length) {
    const roles = r.goals.map((g) => (g.role ? GOAL_ROLE_NAMES[g.role] : 'ingen roll angiven'));
    out.push(`  Mål: ${[...new Set(roles)].map((role) => `${roles.filter((x) => x === role).length} ${role}`).join(', ')}`);
  }
  for (const a of r.assignments) {
    const decided = [a.decidedOn, a.decisionPoint !== null ? `punkt ${a.decisionPoint}` : null].filter(Boolean).join(', ');
    out.push(`  ${a.section.padEnd(8)} dnr ${a.dnr}  ${originName(a.origin)}${decided ? ` ${decided}` : ''}: ${shorten(a.title, 70)}`);
  }
  for (const t of r.tables) {
    const where = t.section ? `${t.section}` : t.part;
    const size = t.rows.length ? `${count(t.rows.length, 'line')} × ${count(t.columns.length, 'column')}` : count(t.unparsed.length, 'unreadLine');
    out.push(`  Tabell ${where}: ${shorten(t.title, 60)} (${size}${t.unit ? `, ${t.unit}` : ''})`);
  }

  const errors = result.findings.filter((f) => f.severity === 'error').length;
  const unchecked = whyNothingChecked(result);
  if (unchecked) out.push('', `Granskning: ${unchecked}`);
  else out.push('', `Granskning: ${count(result.findings.length, 'finding')} (${count(errors, 'error')}, ${count(result.findings.length - errors, 'warning')})${result.findings.length && cliHints ? ` – kör "uppsikt check ${source.fileName ?? 'FIL'}" för detaljer.` : '.'}`);

  if (result.warnings.length) out.push('', warningsReport(result.warnings).trimEnd());
  return `${out.join('\n')}\n`;
}

/** The line after `uppsikt check` or a save that points at what could not be read, on a line of its own. */
export function unsureNote(warnings: number, fileName: string): string {
  return warnings ? `${tn('sv', 'import.unsure', warnings, { file: fileName })}\n` : '';
}

/** What the importer was unsure of or could not read, one line each. */
export function warningsReport(warnings: ImportWarning[]): string {
  if (warnings.length === 0) return '';
  const out = [`Osäkert eller oläst (${warnings.length}):`];
  for (const w of warnings) out.push(`  ${w.line ? `rad ${w.line}: ` : ''}${w.message}`);
  return `${out.join('\n')}\n`;
}

export function findingsReport(findings: Finding[]): string {
  if (findings.length === 0) return 'Inga fynd: siffror, hänvisningar och text hänger ihop.\n';
  const out: string[] = [];
  for (const f of findings) {
    const w = f.where;
    const place = [w.part && w.part !== 'report' ? w.part : null, w.section ? `avsnitt ${w.section}` : null, w.table && `tabell ${w.table}`, w.block, w.row, w.column]
      .filter(Boolean)
      .join(' · ');
    out.push(`${f.severity === 'error' ? 'FEL    ' : 'VARNING'} ${place}${w.line ? ` (rad ${w.line})` : ''}`);
    out.push(`        ${f.message}`);
  }
  const errors = findings.filter((f) => f.severity === 'error').length;
  out.push('', `${count(findings.length, 'finding')}: ${count(errors, 'error')}, ${count(findings.length - errors, 'warning')}.`);
  return `${out.join('\n')}\n`;
}

function describePoint(p: MotionPoint): string {
  const target = p.targets !== null ? ` punkt ${p.targets}` : '';
  const dnr = p.dnr ? ` (dnr ${p.dnr})` : '';
  switch (p.effect) {
    case 'reject':
      return `avslag på${target || ' (okänd punkt)'}${dnr}`;
    case 'approve':
      return `bifall till${target || ' (okänd punkt)'}${dnr}`;
    case 'replace':
      return `ersätter${target || ' (okänd punkt)'}${dnr}: ${shorten(p.text, 60)}`;
    case 'add':
      return `nytt beslut: ${shorten(p.text, 70)}`;
    case 'approve-rest':
      return 'i övrigt bifall';
    default:
      return `oklar verkan: ${shorten(p.text, 70)}`;
  }
}

function originName(origin: string | null): string {
  return origin === 'council-budget' ? 'KF budget' : origin === 'council' ? 'KF' : origin === 'board' ? 'KS' : 'okänt ursprung';
}

type CountedNoun = PluralKey extends infer K ? (K extends `count.${infer Noun}` ? Noun : never) : never;

/** "1 rad", "2 rader": the catalogue's plural forms. */
function count(n: number, noun: CountedNoun): string {
  return tn('sv', `count.${noun}`, n);
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
