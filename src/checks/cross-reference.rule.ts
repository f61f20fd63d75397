/**
 * "avsnitt 3.4.1" must exist and head what the sentence says it does. A reference resolves in
 * its own part when that part has numbered sections (an attachment's "avsnitt 7" is its own),
 * otherwise in the report (the staff report's "avsnitt 4.1.2.1" is the report's). A quoted
 * heading that belongs to another section is named in the message.
 */
import type { CheckSection, Finding } from './check-document.ts';
import { REPORT_PART } from './document-index.ts';
import { whereIn, type Rule, type RuleContext } from './finding.ts';
import { lineAt } from './prose.ts';

const NUMBER = String.raw`\d+(?:\.\d+)*`;
const SEPARATOR = String.raw`(?:\s*,\s*(?:och\s+|samt\s+)?|\s+och\s+|\s+samt\s+|\s*[–-]\s*)`;
/** "avsnitt 2.1, 3.2, och 4.3"; "punkt 4.1.2.1" only with a dotted number (a bare "punkt 3" is a proposal point). */
const REFERENCE = new RegExp(
  String.raw`\b(?:avsnitt(?:en)?\s+(${NUMBER}(?:${SEPARATOR}${NUMBER})*)|punkt(?:en)?\s+(\d+\.\d+(?:\.\d+)*))`,
  'gi',
);
/** A quotation after the reference: (words before it, the quoted text). */
const QUOTED = /^([^.]{0,80}?)[”“"«]([^”“"»]{5,200})[”“"»]/;

/** Words too common in headings to tell one section from another. */
const COMMON_WORDS = new Set(['göteborgs', 'göteborg', 'kommunstyrelsen', 'stadsledningskontoret', 'stadsledningskontorets', 'uppföljning', 'verksamhet', 'verksamheten', 'förvaltningen', 'kommunfullmäktige']);

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/(\p{L})-\s+(?!och\b|eller\b)(\p{L})/gu, '$1$2')
    .replace(/[^\p{L}\d ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function sameHeading(quoted: string, title: string): boolean {
  const a = normalise(quoted);
  const b = normalise(title);
  if (!a || !b) return false;
  return a === b || (Math.min(a.length, b.length) >= 20 && (a.startsWith(b) || b.startsWith(a)));
}

function distinctiveWords(text: string): Set<string> {
  return new Set(normalise(text).split(' ').filter((word) => word.length >= 8 && !COMMON_WORDS.has(word)));
}

const titleWords = new WeakMap<CheckSection, { title: string; words: Set<string> }>();

/** Headings are compared with many sentences: read each heading's words once (again if it changed). */
function wordsOfTitle(section: CheckSection): Set<string> {
  const known = titleWords.get(section);
  if (known?.title === section.title) return known.words;
  const words = distinctiveWords(section.title);
  titleWords.set(section, { title: section.title, words });
  return words;
}

/**
 * A quotation is taken for a heading when the sentence says so ("under rubriken ”…”") or when
 * it is some section's heading; a quoted passage of the text ("står följande: ”…”") is not.
 */
function quotedHeading(context: RuleContext, target: string, after: string): string | undefined {
  const match = QUOTED.exec(after);
  const quoted = match?.[2]?.trim();
  if (!match || !quoted) return undefined;
  if (/rubrik/i.test(match[1]!)) return quoted;
  return context.index.numberedSections(target).some((section) => sameHeading(quoted, section.title)) ? quoted : undefined;
}

export const crossReferenceRule: Rule = (context) => {
  const findings: Finding[] = [];
  for (const section of context.doc.sections) {
    const part = context.index.partOfSection(section);
    const target = context.index.numberedSections(part).length > 0 ? part : REPORT_PART;
    for (const { paragraph, sentences } of context.prose(section).paragraphs) {
      for (const sentence of sentences) {
        const all = [...sentence.text.matchAll(REFERENCE)].flatMap((match) => {
          const list = match[1] ?? match[2] ?? '';
          const numbers = list.match(new RegExp(NUMBER, 'g')) ?? [];
          return numbers.map((number) => ({ number, index: match.index, end: match.index + match[0].length }));
        });
        // A sentence naming the same section twice is one reference.
        const references = all.filter((reference, i) => all.findIndex((other) => other.number === reference.number) === i);
        for (const reference of references) {
          const line = lineAt(paragraph, sentence.offset + reference.index) ?? section.line;
          const quoted = quotedHeading(context, target, sentence.text.slice(reference.end));
          const finding = checkReference(context, section, part, target, reference.number, quoted, references.length === 1 ? sentence.text : null, line);
          if (finding) findings.push(finding);
        }
      }
    }
  }
  return findings;
};

function checkReference(
  context: RuleContext,
  from: CheckSection,
  part: string,
  target: string,
  number: string,
  quoted: string | undefined,
  soleReferenceSentence: string | null,
  line: number | undefined,
): Finding | null {
  const referenced = context.index.section(target, number);
  const where = whereIn(part, { section: from.number, line });
  const quotedOwner = quoted ? context.index.numberedSections(target).find((section) => sameHeading(quoted, section.title)) : undefined;
  if (!referenced) {
    return {
      rule: 'reference-to-missing-section',
      kind: 'cross-reference',
      severity: 'error',
      message:
        `Texten hänvisar till avsnitt ${number}, som inte finns.` +
        (quotedOwner ? ` Den citerade rubriken ”${quoted}” är avsnitt ${quotedOwner.number}.` : ''),
      where,
      values: quoted ? [`avsnitt ${number}`, quoted] : [`avsnitt ${number}`],
    };
  }
  if (quoted) {
    if (sameHeading(quoted, referenced.title)) return null;
    return {
      rule: 'reference-heading-mismatch',
      kind: 'cross-reference',
      severity: 'error',
      message:
        `Texten hänvisar till avsnitt ${number} under rubriken ”${quoted}”, men avsnitt ${number} heter ”${referenced.title}”.` +
        (quotedOwner ? ` Den citerade rubriken är avsnitt ${quotedOwner.number}.` : ''),
      where,
      values: [`avsnitt ${number}`, quoted],
    };
  }
  if (soleReferenceSentence) return topicMismatch(context, from, target, referenced, soleReferenceSentence, where);
  return null;
}

/**
 * A sentence that shares no distinctive word with the heading it refers to, but two with
 * exactly one other heading, most likely means that other section. Reported as a warning.
 */
function topicMismatch(
  context: RuleContext,
  from: CheckSection,
  target: string,
  referenced: CheckSection,
  sentence: string,
  where: Finding['where'],
): Finding | null {
  const words = distinctiveWords(sentence);
  const shared = (section: CheckSection) => [...wordsOfTitle(section)].filter((word) => words.has(word));
  if (shared(referenced).length > 0) return null;
  const related = (a: string, b: string) => a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);
  const others = context.index
    .numberedSections(target)
    .filter((section) => section !== referenced && !(from.number && related(section.number!, from.number)) && !related(section.number!, referenced.number!))
    .filter((section) => shared(section).length >= 2);
  if (others.length !== 1) return null;
  const other = others[0]!;
  return {
    rule: 'reference-topic-mismatch',
    kind: 'cross-reference',
    severity: 'warning',
    message:
      `Texten hänvisar till avsnitt ${referenced.number} (”${referenced.title}”), men handlar om ${shared(other).join(' och ')}, ` +
      `som är ämnet för avsnitt ${other.number} (”${other.title}”).`,
    where,
    values: [`avsnitt ${referenced.number}`],
  };
}
