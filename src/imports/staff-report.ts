/**
 * The staff report (tjänsteutlåtande): the matter's title, registry number, agenda item, issue
 * date, officers, attachments, and the proposed decision point by point.
 */
import type { ImportWarning, MatterInfo, ProposalPoint } from './import-result.ts';
import type { Part } from './document-parts.ts';
import { numberedList } from './paragraphs.ts';
import { findDnr, findSectionReference } from './registry-numbers.ts';
import { isBlank, type SourceLine } from './source-text.ts';
import { findDate } from './swedish-dates.ts';

const PROPOSAL_START = /^\s*Förslag till beslut\s*:?\s*$/i;
const ATTACHMENTS_START = /^\s*Bilagor?\s*:?\s*$/i;

export function emptyMatter(): MatterInfo {
  return { title: null, dnr: null, agendaItem: null, issued: null, officers: [], attachments: [] };
}

export function readStaffReport(lines: SourceLine[], part: Part, warnings: ImportWarning[]): { matter: MatterInfo; proposal: ProposalPoint[] } {
  const matter = emptyMatter();
  matter.title = part.title;
  let proposalAt = -1;
  let attachmentsAt = -1;
  for (let i = part.start; i < part.end; i++) {
    const text = lines[i]!.text;
    let m: RegExpExecArray | null;
    if (!matter.agendaItem && (m = /(?:^|\s)Ärende\s+nr\.?:?\s*(\d+(?:\.\d+)*)/i.exec(text))) matter.agendaItem = m[1]!;
    if (!matter.issued && /\bUtfärdat\b/i.test(text)) matter.issued = findDate(text);
    if (!matter.dnr && /^\s*(Diarienummer|Dnr)\b/i.test(text)) matter.dnr = findDnr(text);
    if (matter.officers.length === 0 && (m = /^\s*Handläggare\s*:?\s*(.*)$/i.exec(text))) matter.officers = officersFrom(m[1]!, lines, i, part.end);
    if (proposalAt < 0 && PROPOSAL_START.test(text)) proposalAt = i;
    if (attachmentsAt < 0 && ATTACHMENTS_START.test(text)) attachmentsAt = i;
  }
  if (attachmentsAt >= 0) matter.attachments = numberedList(lines, attachmentsAt + 1, part.end).map((item) => ({ n: item.n, title: item.text }));
  const proposal = proposalAt < 0 ? [] : numberedList(lines, proposalAt + 1, part.end).map((item) => ({
    n: item.n,
    text: item.text,
    dnr: findDnr(item.text),
    section: findSectionReference(item.text),
  }));
  if (proposalAt < 0) warnings.push({ message: 'Tjänsteutlåtandet saknar ett igenkännbart "Förslag till beslut".', line: lines[part.start]?.line });
  else if (proposal.length === 0) warnings.push({ message: 'Inga numrerade beslutspunkter hittades under "Förslag till beslut".', line: lines[proposalAt]!.line });
  for (const [field, label] of [['dnr', 'diarienummer'], ['issued', 'datum (Utfärdat)'], ['agendaItem', 'ärendenummer']] as const) {
    if (!matter[field]) warnings.push({ message: `Tjänsteutlåtandets ${label} hittades inte.`, line: lines[part.start]?.line });
  }
  return { matter, proposal };
}

/** Names after "Handläggare", on the same line or the next; phone and e-mail lines end them. */
function officersFrom(rest: string, lines: SourceLine[], at: number, end: number): string[] {
  let text = rest.trim();
  for (let j = at + 1; !text && j < end && j <= at + 3; j++) if (!isBlank(lines[j]!.text)) text = lines[j]!.text.trim();
  if (/telefon|e-post|@/i.test(text)) return [];
  return text
    .split(/\s*,\s*|\s+och\s+/)
    .map((s) => s.trim())
    .filter((s) => /^\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)+$/u.test(s));
}
