/**
 * Assignments (uppdrag) as section 4.1 reports them: under "Uppdrag från kommunfullmäktiges
 * budget" (council-budget), "… utanför budget" (council) or "Uppdrag från kommunstyrelsen"
 * (board), a subsection of those proposed done ("föreslår … förklara genomförda") and one of
 * those partially reported ("delrapporterar"). Each is a numbered item naming its dnr and the
 * decision ("dnr 1407/22 - KF 2022-12-08, punkt 1"), followed by the account. A dnr given as an
 * assignment's ("…, dnr 0197/23") that yields none is warned about, never dropped silently.
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
    const items = itemsOf(lines, section, origin, proposed);
    out.push(...items);
    warnings.push(...unreadDnrs(lines, section, items));
  }
  return out;
}

/** "…, dnr 0197/23" or "diarienummer 0197/23" as an item names it; "(dnr 0392/23)" is a mere reference. */
const ITEM_DNR = /(?<!\(\s*)\b(?:dnr|diarienummer)[:.]?\s*(\d{3,4}\/\d{2}|\p{Lu}{2,6}-\d{4}-\d{2,6})(?![\d/])/giu;

function unreadDnrs(lines: SourceLine[], section: Section, items: Assignment[]): ImportWarning[] {
  const read = new Set(items.map((a) => a.dnr));
  const out: ImportWarning[] = [];
  for (let i = section.start; i < section.end; i++) {
    // The line and the next, for a dnr whose number wraps ("dnr" / "1407/22"); matches must start on this line.
    const text = lines[i]!.text;
    const joined = `${text} ${lines[i + 1]?.text ?? ''}`;
    for (const m of joined.matchAll(ITEM_DNR)) {
      const dnr = m[1]!;
      if (m.index! >= text.length || read.has(dnr)) continue;
      read.add(dnr);
      out.push({
        message: `Avsnitt ${section.number}: dnr ${dnr} står som ett uppdrags men inget uppdrag kunde läsas med det; kontrollera att punkten är numrerad och att dess text hänger ihop.`,
        line: lines[i]!.line,
      });
    }
  }
  return out;
}

/** Whether lines [from, to) already make an item: they name a dnr and the last ends a sentence. */
function endsItem(lines: SourceLine[], from: number, to: number): boolean {
  if (!/\.\s*$/.test(lines[to - 1]!.text)) return false;
  return findDnr(joinLines(lines.slice(from, to).map((l) => l.text))) !== null;
}

function itemsOf(lines: SourceLine[], section: Section, origin: AssignmentOrigin | null, proposed: 'done' | 'partial'): Assignment[] {
  const found: { n: number; start: number; titleEnd: number; text: string }[] = [];
  for (let i = section.start; i < section.end; i++) {
    const m = ITEM.exec(lines[i]!.text);
    if (!m || Number(m[1]) !== found.length + 1) continue;
    // The item's text runs to the first blank line, or to the end of the sentence that names
    // its dnr where the account follows without one; it must name a dnr to be an assignment.
    let j = i + 1;
    while (j < section.end && !isBlank(lines[j]!.text) && !ITEM.test(lines[j]!.text) && !endsItem(lines, i, j)) j++;
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
