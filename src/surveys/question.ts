/**
 * A survey's questions: typed kinds, each answer checked against its question. "Oklart" (I
 * don't know) is a first-class answer wherever the question allows it, never a zero.
 */
export const QUESTION_KINDS = ['number', 'amount', 'percent', 'yes-no', 'choice', 'text', 'count-with-amount'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** Money units a survey asks in and answers may be given in (converted exactly by powers of ten). */
export const MONEY_UNITS = ['kr', 'tkr', 'mkr'] as const;
export type MoneyUnit = (typeof MONEY_UNITS)[number];

/** Kronor per unit. "mnkr" is the same as "mkr" in Swedish reports. */
export const KRONOR_PER_UNIT: Record<MoneyUnit | 'mnkr', number> = { kr: 1, tkr: 1_000, mkr: 1_000_000, mnkr: 1_000_000 };

export function isMoneyUnit(unit: string | null | undefined): unit is MoneyUnit | 'mnkr' {
  return unit !== null && unit !== undefined && unit in KRONOR_PER_UNIT;
}

export interface ChoiceOption {
  value: string;
  label: string;
}

export interface Question {
  /** Stable within a survey and kept across rounds, so rounds compare question by question. */
  key: string;
  kind: QuestionKind;
  text: string;
  help: string | null;
  /** The money unit asked for (amount, count-with-amount). */
  unit: MoneyUnit | null;
  /** Choices for kind "choice". */
  options: ChoiceOption[] | null;
  allowsUnknown: boolean;
  /** A response cannot be submitted without it. */
  required: boolean;
  /** Position of its group in the survey's groups, or null for questions outside groups. */
  groupPosition: number | null;
}

export interface QuestionGroup {
  position: number;
  title: string;
}

/** Kinds whose answers are figures a formula or a total can use. */
export function isNumericKind(kind: QuestionKind): boolean {
  return kind === 'number' || kind === 'amount' || kind === 'percent' || kind === 'count-with-amount' || kind === 'yes-no';
}

/** Kinds whose values can be added up over organisations in a total. */
export function isSummableKind(kind: QuestionKind): boolean {
  return kind === 'number' || kind === 'amount' || kind === 'count-with-amount';
}

export const QUESTION_KEY = /^[a-z][a-z0-9_]{0,39}$/;
