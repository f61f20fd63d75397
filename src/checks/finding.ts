/**
 * The shape every rule reports in, plus the Swedish number formatting its messages use
 * (computed figures print as the report would print them: "−0,5", "121,1").
 */
import { formatNumber } from '../numbers/swedish-format.ts';
import type { CheckDocument, CheckSection, Finding } from './check-document.ts';
import type { DocumentIndex } from './document-index.ts';
import { REPORT_PART } from './document-index.ts';
import { paragraphsOf, sentencesOf, type Paragraph, type Sentence } from './prose.ts';

export interface RuleContext {
  doc: CheckDocument;
  index: DocumentIndex;
  /** A section's prose as paragraphs and sentences, read once per run and shared by the rules. */
  prose(section: CheckSection): ReadProse;
}

export interface ReadProse {
  paragraphs: { paragraph: Paragraph; sentences: Sentence[] }[];
}

/** Reads each section's prose at most once per run. */
export function proseReader(): (section: CheckSection) => ReadProse {
  const read = new Map<CheckSection, ReadProse>();
  return (section) => {
    let prose = read.get(section);
    if (!prose) {
      prose = {
        paragraphs: paragraphsOf(section.lines).map((paragraph) => ({
          paragraph,
          sentences: paragraph.heading ? [] : sentencesOf(paragraph.text),
        })),
      };
      read.set(section, prose);
    }
    return prose;
  };
}

/** A rule family: reads the document, reports findings in any order. */
export type Rule = (context: RuleContext) => Finding[];

/** A computed figure in Swedish print, to the given decimals. */
export function swedish(value: number, decimals: number): string {
  return formatNumber(value, { decimals });
}

/** A finding's place; `part` only outside the report itself, and no keys left undefined. */
export function whereIn(part: string, where: Omit<Finding['where'], 'part'>): Finding['where'] {
  const place: Finding['where'] = { section: where.section };
  for (const key of ['table', 'block', 'row', 'column', 'line'] as const) {
    if (where[key] !== undefined) Object.assign(place, { [key]: where[key] });
  }
  if (part !== REPORT_PART) place.part = part;
  return place;
}

/** Printed terms as a readable sum: ["44,1", "-364,3", "280,2"] → "44,1 − 364,3 + 280,2". */
export function sumExpression(printed: readonly string[]): string {
  return printed
    .map((term, i) => {
      const negative = /^[-\u2212\u2013]/.test(term.trim());
      const magnitude = term.trim().replace(/^[-\u2212\u2013+]\s*/, '');
      if (i === 0) return negative ? `\u2212${magnitude}` : magnitude;
      return `${negative ? '\u2212' : '+'} ${magnitude}`;
    })
    .join(' ');
}

/** "3.2.1" or "bilaga 3" for messages. */
export function placeName(part: string, section: string | null): string {
  if (section !== null) return `avsnitt ${section}`;
  const attachment = /^attachment-(\d+)$/.exec(part);
  if (attachment) return `bilaga ${attachment[1]}`;
  return part === REPORT_PART ? 'rapporten' : part;
}
