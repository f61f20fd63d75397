/**
 * Assignments (uppdrag) as section 4.1 reports them: under "Uppdrag från kommunfullmäktiges
 * budget" (council-budget), "… utanför budget" (council) or "Uppdrag från kommunstyrelsen"
 * (board), a subsection of those proposed done ("föreslår … förklara genomförda") and one of
 * those partially reported ("delrapporterar"). Each is a numbered item naming its dnr and the
 * decision ("dnr 1407/22 - KF 2022-12-08, punkt 1"), followed by the account.
 */
import type { Assignment, AssignmentOrigin, ImportWarning } from './import-result.ts';
import { joinLines } from './paragraphs.ts';
import { findDnr } from './registry-numbers.ts';
import type { Section } from './section-headings.ts';
import { isBlank, type SourceLine } from './source-text.ts';
import { findDate } from './swedish-dates.ts';

const ITEM = /^\s*(\d{1,2})\.\s+(\S.*)$/;

export function assignmentOrigin(title: string): AssignmentOrigin | null {
  if (/utanför\s+budget/i.test(title)) return 'council';
  if (/fullmäktiges\s+budget|\bbudget(?:en)?\b/i.test(title)) return 'council-budget';
  if (/fullmäktige/i.test(title)) return 'council';
  if (/styrelsen|nämnden/i.test(title)) return 'board';
  return null;
}

export function proposedStatus(title: string): 'done' | 'partial' | null {
  if (/delrapporter|delredovis/i.test(title)) return 'partial';
  if (/genomförd|fullgjord|slutredovis/i.test(title)) return 'done';
  return null;
}

export function readAssignments(lines: SourceLine[], sections: Section[], warnings: ImportWarning[]): Assignment[] {
  const out: Assignment[] = [];
  for (const section of sections) {
    if (section.part.kind !== 'report' || !section.number || !/^uppdrag\b/i.test(section.title)) continue;
    const proposed = proposedStatus(section.title);
    if (!proposed) continue;
    const parent = sections.find((s) => s.part === section.part && s.number === section.number!.split('.').slice(0, -1).join('.'));
    const origin = assignmentOrigin(parent?.title ?? '') ?? assignmentOrigin(section.title);
    if (!origin) warnings.push({ message: `Avsnitt ${section.number}: uppdragens ursprung (budget, fullmäktige, styrelse) framgår inte av rubriken.`, line: lines[section.start]?.line });
    out.push(...itemsOf(lines, section, origin, proposed));
  }
  return out;
}

function itemsOf(lines: SourceLine[], section: Section, origin: AssignmentOrigin | null, proposed: 'done' | 'partial'): Assignment[] {
  const found: { n: number; start: number; titleEnd: number; text: string }[] = [];
  for (let i = section.start; i < section.end; i++) {
    const m = ITEM.exec(lines[i]!.text);
    if (!m || Number(m[1]) !== found.length + 1) continue;
    // The item's text runs to the first blank line; it must name a dnr to be an assignment.
    let j = i + 1;
    while (j < section.end && !isBlank(lines[j]!.text) && !ITEM.test(lines[j]!.text)) j++;
    const text = joinLines([m[2]!, ...lines.slice(i + 1, j).map((l) => l.text)]);
    if (!findDnr(text)) continue;
    found.push({ n: found.length + 1, start: i, titleEnd: j, text });
    i = j - 1;
  }
  return found.map((item, k) => {
    const accountEnd = k + 1 < found.length ? found[k + 1]!.start : section.end;
    const dnrAt = item.text.search(/,?\s*(?:\bdnr|\bdiarienummer)\b/i);
    const tail = dnrAt >= 0 ? item.text.slice(dnrAt) : '';
    const paragraphs: string[] = [];
    let current: string[] = [];
    for (let i = item.titleEnd; i < accountEnd; i++) {
      const text = lines[i]!.text;
      if (isBlank(text)) {
        if (current.length) paragraphs.push(joinLines(current));
        current = [];
      } else current.push(text);
    }
    if (current.length) paragraphs.push(joinLines(current));
    const point = /\bpunkt\s+(\d{1,3})\b/i.exec(tail);
    return {
      dnr: findDnr(item.text)!,
      title: (dnrAt >= 0 ? item.text.slice(0, dnrAt) : item.text).trim(),
      section: section.number!,
      origin,
      proposed,
      decidedOn: findDate(tail),
      decisionPoint: point ? Number(point[1]) : null,
      account: paragraphs.join('\n\n'),
    };
  });
}
