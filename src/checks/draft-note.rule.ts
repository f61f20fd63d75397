/**
 * Notes the writers left for each other, such as "Ansvarig hela avsnitt 3: Anders R/Anneli H"
 * at the top of 4.3. They are recognised by how such notes open: who is responsible, what is
 * left to do, a comment or question addressed to someone, followed by a colon.
 */
import type { Finding } from './check-document.ts';
import { whereIn, type Rule } from './finding.ts';

/** Kept as data: openings of drafting notes. Each must be followed by ":" on the same line. */
export const DRAFT_NOTE_OPENINGS: readonly RegExp[] = [
  /^ansvarig[a]?\b[^:.]{0,60}:\s*\S/i,
  /^(?:att göra|återstår|kvar att göra)\b[^:.]{0,40}:\s*\S/i,
  /^(?:kommentar|notering|anteckning|fråga)\s+(?:till|från)\b[^:.]{0,40}:\s*\S/i,
  /^(?:obs|ps)!?\s+(?:till|från)\b[^:.]{0,40}:\s*\S/i,
];

export const draftNoteRule: Rule = (context) => {
  const findings: Finding[] = [];
  for (const section of context.doc.sections) {
    for (const line of section.lines) {
      const text = line.text.trim();
      if (!text || text.length > 160 || !DRAFT_NOTE_OPENINGS.some((opening) => opening.test(text))) continue;
      findings.push({
        rule: 'drafting-note',
        kind: 'draft-note',
        severity: 'error',
        message: `En arbetsanteckning står kvar i texten: ”${text}”. Ta bort den före publicering.`,
        where: whereIn(context.index.partOfSection(section), { section: section.number, line: line.line }),
        values: [text],
      });
    }
  }
  return findings;
};
