/**
 * Motions (yrkanden) and statements (yttranden) filed by parties on a matter. A motion amends
 * the proposed decision point by point: it rejects a point ("godkännes ej", "… avslås"), adds an
 * instruction ("får i uppdrag"), replaces a wording, approves, or approves the rest ("I övrigt
 * bifalla"). Which proposal point it targets is read from the dnr or "punkt N" it names.
 */
import type { ImportWarning, Motion, MotionEffect, ProposalPoint, Statement } from './import-result.ts';
import type { Part } from './document-parts.ts';
import { numberedList, paragraphsOf } from './paragraphs.ts';
import { partiesIn, partyLine } from './parties.ts';
import { findDnr, findSectionReference } from './registry-numbers.ts';
import type { SourceLine } from './source-text.ts';
import { parseDate } from './swedish-dates.ts';

const PROPOSAL_START = /^\s*Förslag till beslut\s*:?\s*$/i;

/** Checked in this order: "Beslutet att … godkänna … avslås" is a rejection, not an approval. */
const EFFECTS: [MotionEffect, RegExp][] = [
  ['approve-rest', /^\s*(?:i\s+övrigt|för\s+övrigt)\b.*\b(bifall|bifalla|bifalles|godkänn)/i],
  ['reject', /\b(avslås|avslag|avslå|godkännes\s+ej|godkänns\s+ej|godkänns\s+inte|bifalles\s+ej|ska\s+inte\s+godkännas|inte\s+godkänna|stryks|utgår)\b/i],
  ['replace', /\b(ersätts|ersättas|ändras\s+till|får\s+följande\s+lydelse|med\s+följande\s+lydelse|i\s+stället|istället)\b/i],
  ['add', /\b(får\s+i\s+uppdrag|ges\s+i\s+uppdrag|uppdras\s+att|tilläggsyrkande|nytt?\s+att-sats)\b/i],
  ['approve', /\b(bifalla|bifalles|bifall|godkänns|godkännes|godkänna|tillstyrks)\b/i],
];

export function motionEffect(text: string): MotionEffect | null {
  for (const [effect, pattern] of EFFECTS) if (pattern.test(text)) return effect;
  return null;
}

export function readMotion(lines: SourceLine[], part: Part, proposal: ProposalPoint[], warnings: ImportWarning[]): Motion {
  const body = lines.slice(part.start, part.end);
  const revised = body.some((l) => /^\s*reviderat\s+yrkande\b/i.test(l.text));
  const listAt = body.findIndex((l) => PROPOSAL_START.test(l.text));
  const items = numberedList(lines, part.start + Math.max(0, listAt + 1), part.end);
  if (items.length === 0) warnings.push({ message: 'Yrkandet saknar numrerade yrkandepunkter.', line: body[0]?.line });
  const points = items.map((item) => {
    const effect = motionEffect(item.text);
    if (!effect) warnings.push({ message: `Yrkandepunkt ${item.n}: oklart om den avslår, bifaller, ersätter eller lägger till.`, line: item.line });
    const dnr = findDnr(item.text);
    return { n: item.n, effect, dnr, targets: targetOf(item.text, dnr, effect, proposal), text: item.text };
  });
  return { parties: partiesOf(lines, part, 'Yrkandet', warnings), date: dateOf(body), revised, points };
}

/** The proposal point a motion point amends: one with the same dnr, or "punkt N"/"att-sats N". */
function targetOf(text: string, dnr: string | null, effect: MotionEffect | null, proposal: ProposalPoint[]): number | null {
  const named = /\b(?:beslutspunkt|punkt|att-sats)\s+(\d{1,2})(?![.,]\d)/i.exec(text);
  if (named) return Number(named[1]);
  if (effect === 'add' || effect === 'approve-rest') return null;
  if (dnr) {
    const byDnr = proposal.filter((p) => p.dnr === dnr);
    if (byDnr.length === 1) return byDnr[0]!.n;
  }
  const section = findSectionReference(text);
  const bySection = section ? proposal.filter((p) => p.section === section) : [];
  return bySection.length === 1 ? bySection[0]!.n : null;
}

export function readStatement(lines: SourceLine[], part: Part, proposal: ProposalPoint[], warnings: ImportWarning[]): Statement {
  const body = lines.slice(part.start, part.end);
  const points: number[] = [];
  for (const paragraph of paragraphsOf(lines, part.start, part.end)) {
    const m = /^\s*(?:#\s*|(?:beslutspunkt|punkt|att-sats)\s+)(\d{1,2})\s*[:.)](?!\d)/i.exec(paragraph.text);
    if (!m) continue;
    const n = Number(m[1]);
    if (!points.includes(n)) points.push(n);
    const quoted = findDnr(paragraph.text);
    const point = proposal.find((p) => p.n === n);
    if (quoted && point?.dnr && point.dnr !== quoted) {
      warnings.push({ message: `Yttrandet citerar punkt ${n} med dnr ${quoted}, men beslutspunkt ${n} har dnr ${point.dnr}.`, line: paragraph.line });
    }
  }
  if (points.length === 0) warnings.push({ message: 'Yttrandet anger inga beslutspunkter ("#3:", "Punkt 3:").', line: body[0]?.line });
  return { parties: partiesOf(lines, part, 'Yttrandet', warnings), date: dateOf(body), points };
}

/** A signature line of party names; failing that, parties the text names (with a warning). */
function partiesOf(lines: SourceLine[], part: Part, label: string, warnings: ImportWarning[]): string[] {
  for (let i = part.start; i < part.end; i++) {
    const parties = partyLine(lines[i]!.text);
    if (parties && parties.length > 0) return parties;
  }
  const named = partiesIn(lines.slice(part.start, part.end).map((l) => l.text).join(' '));
  if (named.length > 0) {
    warnings.push({ message: `${label} har ingen partirad; partiet (${named.join(', ')}) är utläst ur texten.`, line: lines[part.start]?.line });
  } else warnings.push({ message: `${label}: inget parti hittades.`, line: lines[part.start]?.line });
  return named;
}

/** The letterhead date: a line holding nothing but a date ("2023-10-17", "23-10-16"). */
function dateOf(body: SourceLine[]): string | null {
  for (const line of body) {
    const date = parseDate(line.text);
    if (date) return date;
  }
  return null;
}
