/**
 * The council's goals as a report follows them up (2.2.1 … 2.2.11): number, title, and the
 * organisation's role as the line under the title states it — "är ansvarig för målet"
 * (responsible), "är huvudansvarig" (lead), "gemensamt huvudansvariga" (joint lead) — or null
 * when the report states none.
 */
import type { Goal, GoalRole } from './import-result.ts';
import { paragraphsOf } from './paragraphs.ts';
import type { Section } from './section-headings.ts';
import type { SourceLine } from './source-text.ts';

const GOALS_SECTION = /budgetmål|fullmäktiges\s+mål|\bmål\s+och\s+inriktning/i;

export function goalRole(text: string): GoalRole | null {
  if (/gemensamt\s+huvudansvariga?\b/i.test(text)) return 'joint-lead';
  if (/\bhuvudansvarig/i.test(text)) return 'lead';
  if (/\bansvarig\s+för\s+målet/i.test(text)) return 'responsible';
  return null;
}

export function readGoals(lines: SourceLine[], sections: Section[]): Goal[] {
  const goals: Goal[] = [];
  const parents = sections.filter((s) => s.part.kind === 'report' && s.number && GOALS_SECTION.test(s.title));
  for (const parent of parents) {
    const depth = parent.number!.split('.').length + 1;
    for (const s of sections) {
      if (s.part !== parent.part || !s.number?.startsWith(`${parent.number}.`) || s.number.split('.').length !== depth) continue;
      // The role is stated right under the title, before the account begins.
      const first = paragraphsOf(lines, s.start, s.end)[0];
      const role = first && first.text.length < 250 ? goalRole(first.text) : null;
      goals.push({ number: s.number, title: s.title, role });
    }
  }
  return goals;
}
