/**
 * The prose of a matter's papers as the registry stores it: the staff report's summary,
 * assessments, consultation line, background and signatories; a motion's reasoning; what a
 * statement says on each point. Read from the importer's prose lines of each part. Pure; what
 * cannot be found is empty, never guessed.
 */
import type { StaffReportBody } from '../../matters/staff-report.ts';
import { capitalise } from './report-title.ts';
import { plainText } from './prose-html.ts';

type Heading = 'summary' | 'assessment' | 'consultation' | 'attachments' | 'background';

function headingOf(line: string): Heading | null {
  const text = line.trim();
  if (/^sammanfattning$/i.test(text)) return 'summary';
  if (/^bedömning\b.{0,80}$/i.test(text) || /^\S+ bedömning$/i.test(text)) return 'assessment';
  if (/^samverkan$/i.test(text)) return 'consultation';
  if (/^bilag(a|or)$/i.test(text)) return 'attachments';
  if (/^(ärendet|bakgrund|beskrivning av ärendet)$/i.test(text)) return 'background';
  return null;
}

const NAME = /^\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)+$/u;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/** The office named in point 1 ("… bilaga 1 till stadsledningskontorets tjänsteutlåtande …"). */
export function issuingOffice(proposalTexts: readonly string[], lines: readonly string[]): string | null {
  for (const text of proposalTexts) {
    const match = /\btill\s+(\p{L}+?)s\s+tjänsteutlåtande/iu.exec(text);
    if (match) return capitalise(match[1]!);
  }
  // Otherwise the sender line printed above the word "Tjänsteutlåtande".
  for (let i = 1; i < lines.length; i++) {
    if (/^tjänsteutlåtande$/i.test(lines[i]!.trim())) {
      for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
        const text = lines[k]!.trim();
        if (/^\p{Lu}[\p{L} -]{2,60}$/u.test(text)) return text;
      }
    }
  }
  return null;
}

export interface StaffReportFacts {
  issuedOn: string;
  issuedBy: string;
  officers: string[];
  attachments: string[];
}

export function staffReportBody(lines: readonly string[], facts: StaffReportFacts): StaffReportBody {
  // Each block: its heading line and the indices of the lines under it.
  const blocks: Array<{ heading: Heading; title: string; indices: number[] }> = [];
  let lastContentLine = -1;
  lines.forEach((line, i) => {
    const heading = headingOf(line);
    if (heading) blocks.push({ heading, title: line.trim(), indices: [] });
    else if (blocks.length > 0) {
      blocks.at(-1)!.indices.push(i);
      if (line.trim()) lastContentLine = i;
    }
  });
  const { signatories, cut } = trailingSignatories(lines, lastContentLine);
  const text = (block: (typeof blocks)[number]) => plainText(block.indices.filter((i) => !cut.has(i)).map((i) => lines[i]!));
  const joined = (heading: Heading) =>
    blocks
      .filter((b) => b.heading === heading)
      .map(text)
      .filter(Boolean)
      .join('\n\n');
  return {
    summary: joined('summary'),
    background: joined('background'),
    assessments: blocks.filter((b) => b.heading === 'assessment').map((b) => ({ heading: b.title, text: text(b) })),
    consultation: joined('consultation'),
    attachments: facts.attachments,
    officers: officersWithContacts(lines, facts.officers),
    signatories,
    issuedOn: facts.issuedOn,
    issuedBy: facts.issuedBy,
  };
}

/** "Anders Roswall / Chef för område Kontorsledning / Eva Hessman / Stadsdirektör" at the end. */
function trailingSignatories(lines: readonly string[], last: number): { signatories: StaffReportBody['signatories']; cut: Set<number> } {
  const tail: Array<{ text: string; index: number }> = [];
  for (let i = last; i >= 0; i--) {
    const text = lines[i]!.trim();
    if (!text) continue;
    if (text.length > 60 || /[.,:;]$/.test(text)) break;
    tail.unshift({ text, index: i });
  }
  const signatories: StaffReportBody['signatories'] = [];
  const cut = new Set<number>();
  for (const { text, index } of tail) {
    if (NAME.test(text)) signatories.push({ name: text });
    else if (signatories.length > 0 && !signatories.at(-1)!.title) signatories.at(-1)!.title = text;
    else continue;
    cut.add(index);
  }
  return { signatories, cut };
}

function officersWithContacts(lines: readonly string[], names: readonly string[]): StaffReportBody['officers'] {
  const text = lines.join('\n');
  const phones = /Telefon:?\s*([^\n]+)/i.exec(text)?.[1]?.split(',').map((p) => p.trim()).filter(Boolean) ?? [];
  const emailStart = text.search(/E-post:?/i);
  const emails = emailStart >= 0 ? (text.slice(emailStart, emailStart + 400).match(EMAIL) ?? []) : [];
  return names.map((name, i) => ({ name, ...(phones[i] ? { phone: phones[i] } : {}), ...(emails[i] ? { email: emails[i] } : {}) }));
}

/** A line that signs a paper off: the body, the kind of paper, a date or the parties. */
function isSignOff(text: string): boolean {
  const t = text.trim();
  return (
    /^(kommunstyrelsen|kommunfullmäktige|[\p{L} -]*nämnden|[\p{L} -]*styrelsen)$/iu.test(t) ||
    /^(reviderat\s+)?(yrkande|yttrande|ersättningsyrkande|tilläggsyrkande)$/i.test(t) ||
    /^\d{2}(\d{2})?-\d{2}-\d{2}$/.test(t)
  );
}

/** What a motion says for itself ("Yrkandet" / "Motivering" …), up to its sign-off. */
export function motionReasoning(lines: readonly string[]): string {
  const start = lines.findIndex((l) => /^(yrkandet|motivering|bakgrund|skäl för yrkandet)$/i.test(l.trim()));
  if (start < 0) return '';
  const body: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (isSignOff(line)) break;
    body.push(line);
  }
  return plainText(body);
}

/**
 * What a statement says on each point it comments on: the paragraphs after "#3: ”…”" (the
 * quoted point itself is the proposal's text, not the statement's) up to the next point or the
 * sign-off. Points without a marker of their own share the statement's whole text.
 */
export function statementPointTexts(lines: readonly string[], points: readonly number[]): Map<number, string> {
  const out = new Map<number, string[]>();
  let current: number | null = null;
  let quoting = false;
  const loose: string[] = [];
  for (const line of lines) {
    const text = line.trim();
    if (isSignOff(text)) break;
    const marker = /^#\s*(\d+)\s*:?/.exec(text);
    if (marker) {
      current = Number(marker[1]);
      quoting = true;
      out.set(current, out.get(current) ?? []);
      continue;
    }
    if (quoting) {
      // The quotation runs until its paragraph ends.
      if (text === '') quoting = false;
      continue;
    }
    if (current === null) {
      if (!/^yttrande\b/i.test(text)) loose.push(line);
    } else out.get(current)!.push(line);
  }
  const whole = plainText([...loose, ...[...out.values()].flat()]);
  const result = new Map<number, string>();
  for (const n of points) {
    const own = out.has(n) ? plainText(out.get(n)!) : '';
    result.set(n, own || whole);
  }
  return result;
}
