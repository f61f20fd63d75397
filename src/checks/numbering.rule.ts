/**
 * Section numbers run without gaps or repeats within a part (the report, each attachment), and
 * a heading carries one number: "3.3.3.2 3.4.4.2 Arbete i Sveriges Kommuner …" carries two.
 */
import type { CheckSection, Finding } from './check-document.ts';
import { whereIn, type Rule, type RuleContext } from './finding.ts';

const SECTION_NUMBER = /^\d+(?:\.\d+)*$/;
const LEADING_NUMBER = /^(\d+(?:\.\d+)+|\d+)\s+\S/;

export const numberingRule: Rule = (context) => {
  const parts = new Set(context.doc.sections.map((section) => context.index.partOfSection(section)));
  return [...parts].flatMap((part) => numberingIn(context, part));
};

function parse(number: string): number[] {
  return number.split('.').map(Number);
}

/** The numbers that may follow `previous`: its first child, or the next sibling at any level. */
function followers(previous: number[]): string[] {
  const next = [[...previous, 1].join('.')];
  for (let depth = previous.length; depth >= 1; depth--) {
    const sibling = previous.slice(0, depth);
    sibling[depth - 1]! += 1;
    next.push(sibling.join('.'));
  }
  return next;
}

function numberingIn(context: RuleContext, part: string): Finding[] {
  const sections = context.index.numberedSections(part).filter((section) => SECTION_NUMBER.test(section.number!));
  const findings: Finding[] = [];
  const seen = new Set<string>();
  let previous: CheckSection | null = null;
  const at = (section: CheckSection) => whereIn(part, { section: section.number, line: section.line });
  for (const section of sections) {
    const number = section.number!;
    const second = LEADING_NUMBER.exec(section.title.trim())?.[1];
    if (second && second.includes('.')) {
      findings.push({
        rule: 'heading-with-two-numbers',
        kind: 'numbering',
        severity: 'error',
        message: `Rubriken har två nummer: ”${number} ${second}”. Ta bort det överblivna numret ${second}.`,
        where: at(section),
        values: [`${number} ${second}`],
      });
    }
    if (seen.has(number)) {
      findings.push({
        rule: 'duplicate-section-number',
        kind: 'numbering',
        severity: 'error',
        message: `Avsnittsnumret ${number} förekommer mer än en gång.`,
        where: at(section),
        values: [number],
      });
    } else {
      const expected = previous ? followers(parse(previous.number!)) : ['1'];
      if (!expected.includes(number)) {
        const missing = missingBefore(number, previous?.number ?? null);
        findings.push({
          rule: 'skipped-section-number',
          kind: 'numbering',
          severity: 'error',
          message:
            `Avsnitt ${number} följer ${previous ? `på ${previous.number}` : 'först'}` +
            (missing ? `; avsnitt ${missing} saknas.` : `; numreringen hoppar.`),
          where: at(section),
          values: previous ? [previous.number!, number] : [number],
        });
      }
    }
    seen.add(number);
    previous = section;
  }
  return findings;
}

/** The first number skipped between two headings at the same level, if that is what happened. */
function missingBefore(number: string, previous: string | null): string | null {
  const parts = parse(number);
  const last = parts[parts.length - 1]!;
  // "3.1" right after "2.2.11": the heading "3" is what is missing.
  if (last <= 1) return parts.length > 1 ? parts.slice(0, -1).join('.') : null;
  if (previous === null) return '1';
  const prev = parse(previous);
  const sibling = prev.slice(0, parts.length);
  if (sibling.length === parts.length && sibling.slice(0, -1).join('.') === parts.slice(0, -1).join('.')) {
    return [...parts.slice(0, -1), sibling[sibling.length - 1]! + 1].join('.');
  }
  return [...parts.slice(0, -1), 1].join('.');
}
