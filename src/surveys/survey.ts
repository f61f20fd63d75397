/**
 * A survey: questions in groups, derived rows, who must answer, a deadline, and whether it is
 * asked again each cycle (a new round copies the questions and links to the previous one, so
 * answers compare round by round).
 */
import type { OrganisationKind } from '../organisations/organisation.ts';
import { parseFormula } from './formula.ts';
import { isNumericKind, QUESTION_KEY, type Question, type QuestionGroup } from './question.ts';

export const SURVEY_STATUSES = ['draft', 'open', 'closed'] as const;
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];

/** Who must answer: every organisation, every organisation of some kinds, or a list. */
export type Audience =
  | { type: 'all' }
  | { type: 'kinds'; kinds: OrganisationKind[] }
  | { type: 'list'; organisationIds: string[] };

export const DERIVED_UNITS = ['number', 'kr', 'tkr', 'mkr', '%'] as const;
export type DerivedUnit = (typeof DERIVED_UNITS)[number];

/** A row computed from answers, e.g. average payout = paid ÷ applications. */
export interface DerivedRow {
  key: string;
  label: string;
  /** See formula.ts; amounts enter in kronor, the result is in `unit`. */
  formula: string;
  unit: DerivedUnit;
  /** Decimals to round to, half away from zero; negative rounds to tens, hundreds, thousands (−3). */
  decimals: number;
}

export interface SurveyDefinition {
  title: string;
  description: string | null;
  /** The period the questions are about, as printed: "220701–230630". */
  periodLabel: string | null;
  groups: QuestionGroup[];
  questions: Question[];
  derivedRows: DerivedRow[];
  audience: Audience;
  deadline: string | null;
  repeats: boolean;
  cycleId: string | null;
}

export interface Survey extends SurveyDefinition {
  id: string;
  status: SurveyStatus;
  previousRoundId: string | null;
  reminderRounds: number;
  version: number;
  createdAt: Date;
  openedAt: Date | null;
  closedAt: Date | null;
}

export interface DefinitionProblem {
  path: string;
  message: string;
}

/** Rules across the parts of a definition that a schema cannot state. Empty when it holds. */
export function definitionProblems(def: Pick<SurveyDefinition, 'groups' | 'questions' | 'derivedRows'>): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const keys = new Set<string>();
  const groups = new Set(def.groups.map((g) => g.position));
  def.questions.forEach((q, i) => {
    const path = `questions.${i}`;
    if (!QUESTION_KEY.test(q.key)) problems.push({ path: `${path}.key`, message: `"${q.key}" ska vara små bokstäver a–z, siffror och _ (högst 40 tecken).` });
    if (keys.has(q.key)) problems.push({ path: `${path}.key`, message: `nyckeln "${q.key}" finns redan.` });
    keys.add(q.key);
    if ((q.kind === 'amount' || q.kind === 'count-with-amount') && !q.unit) problems.push({ path: `${path}.unit`, message: 'ett belopp behöver en enhet (kr, tkr eller mkr).' });
    if (q.kind === 'choice' && (q.options?.length ?? 0) < 2) problems.push({ path: `${path}.options`, message: 'ett flerval behöver minst två svarsalternativ.' });
    if (q.groupPosition !== null && !groups.has(q.groupPosition)) problems.push({ path: `${path}.groupPosition`, message: `gruppen ${q.groupPosition} finns inte.` });
  });
  const byKey = new Map(def.questions.map((q) => [q.key, q]));
  def.derivedRows.forEach((row, i) => {
    const path = `derivedRows.${i}`;
    if (!QUESTION_KEY.test(row.key)) problems.push({ path: `${path}.key`, message: `"${row.key}" ska vara små bokstäver a–z, siffror och _.` });
    if (keys.has(row.key)) problems.push({ path: `${path}.key`, message: `nyckeln "${row.key}" används redan.` });
    keys.add(row.key);
    const parsed = parseFormula(row.formula);
    if (!parsed.ok) {
      problems.push({ path: `${path}.formula`, message: `${parsed.message} (tecken ${parsed.position + 1})` });
      return;
    }
    for (const ref of parsed.refs) {
      const question = byKey.get(ref.key);
      if (!question) problems.push({ path: `${path}.formula`, message: `formeln nämner "${ref.key}", som inte är en fråga i enkäten.` });
      else if (!isNumericKind(question.kind)) problems.push({ path: `${path}.formula`, message: `"${ref.key}" har inte tal som svar och kan inte räknas med.` });
      else if (ref.part === 'amount' && question.kind !== 'count-with-amount') problems.push({ path: `${path}.formula`, message: `"${ref.key}.amount" finns bara för frågor om antal med belopp.` });
    }
  });
  return problems;
}

/** The definition of the next round: the same questions, rows and audience; no deadline yet. */
export function nextRoundDefinition(previous: Survey, overrides: { title?: string; deadline?: string | null; periodLabel?: string | null }): SurveyDefinition {
  return {
    title: overrides.title ?? previous.title,
    description: previous.description,
    periodLabel: overrides.periodLabel ?? null,
    groups: previous.groups.map((g) => ({ ...g })),
    questions: previous.questions.map((q) => ({ ...q, options: q.options ? q.options.map((o) => ({ ...o })) : null })),
    derivedRows: previous.derivedRows.map((r) => ({ ...r })),
    audience: previous.audience,
    deadline: overrides.deadline ?? null,
    repeats: previous.repeats,
    cycleId: null,
  };
}
