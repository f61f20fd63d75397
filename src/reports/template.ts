/**
 * Report templates as data: a tree of sections whose numbers the system assigns from their
 * position ("2.1.1"), each of a kind that says what it holds. Templates are versioned per
 * tenant; a report pins the version it was made from, so changing a template never changes a
 * report already written.
 *
 * Some kinds generate their subsections from the registers: goal assessments (one per council
 * goal the organisation answers for) and assignment accounts (proposed done / partial report).
 * Those kinds have no template children, so the numbers of template sections never depend on
 * data.
 */
import type { AssignmentOrigin } from '../assignments/assignment.ts';
import type { StatementUnitSpec, StatementRow } from './financial-statement.ts';

export const SECTION_KINDS = [
  'prose',
  'indicator-table',
  'goal-assessments',
  'financial-statement',
  'central-funds',
  'time-series',
  'assignment-accounts',
  'audit-reports',
  'generic-table',
] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

/** Kinds whose subsections come from data, not from the template. */
export const GENERATING_KINDS: readonly SectionKind[] = ['goal-assessments', 'assignment-accounts'];

export const COLUMN_TYPES = ['text', 'number', 'amount', 'percent', 'date', 'year'] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];

interface SectionBase {
  /** Stable key within the template ("kf-budget-uppdrag"); content is stored under it. */
  key: string;
  title: string;
  /** Help for the reporter: what the section should say. */
  guidance?: string;
  /** Prose the section starts with until the reporter writes their own (sanitised HTML). */
  defaultText?: string;
  children?: TemplateSection[];
}

export interface ProseSection extends SectionBase {
  kind: 'prose';
  /** The reporter adds numbered subsections of their own ("Övriga beslut och/eller uppdrag"). */
  freeSubsections?: boolean;
}

export interface IndicatorRowSpec {
  /** Indicator code (src/indicators). */
  indicator: string;
  /** Row label as printed; the indicator's name when absent. */
  label?: string;
  /** In the change layout: print the change ("6,3 mnkr (+3,5 %)") or the value ("161,4 (−0,3 %)"). */
  figure?: 'change' | 'value';
}

export interface IndicatorTableSection extends SectionBase {
  kind: 'indicator-table';
  caption: string;
  /**
   * 'change': two columns, the period against the same period last year and the full-year
   * forecast against last year (2.1.1). 'values': actual, same period last year, forecast and
   * last year's outcome side by side (3.1.1).
   */
  layout: 'change' | 'values';
  rows: IndicatorRowSpec[];
  /** Label of the first column ("Mått"). */
  rowHeader?: string;
  note?: string;
}

export interface GoalAssessmentsSection extends SectionBase {
  kind: 'goal-assessments';
}

export interface FinancialStatementSection extends SectionBase {
  kind: 'financial-statement';
  caption: string;
  /** 'blocks': one table with a block per unit (4.3); 'split': the consolidated statement as a period table and a full-year table (3.2.1). */
  layout: 'blocks' | 'split';
  /** Key of another financial-statement section whose units this one consolidates (3.2.1 shows 4.3's totals). */
  source?: string;
  consolidated: { name: string; rows: StatementRow[] };
  units: StatementUnitSpec[];
  /** "mnkr" */
  unit?: string;
}

export interface CentralFundsSection extends SectionBase {
  kind: 'central-funds';
  caption: string;
  unit: string;
}

export interface TimeSeriesSection extends SectionBase {
  kind: 'time-series';
  caption: string;
  unit: string;
  series: Array<{ key: string; label: string }>;
  /** Full years before the cycle's year shown beside the period (5: 2018–2022 for 2023). */
  years: number;
  chart: 'bar' | 'line';
  decimals?: number;
}

export interface AssignmentAccountsSection extends SectionBase {
  kind: 'assignment-accounts';
  origin: AssignmentOrigin;
  /** Title of the subsection of assignments proposed done ("… föreslår … förklara genomförda"). */
  doneTitle: string;
  /** Title of the subsection of partial reports ("… delrapporterar …"). */
  partialTitle: string;
}

export interface AuditReportsSection extends SectionBase {
  kind: 'audit-reports';
}

export interface GenericTableSection extends SectionBase {
  kind: 'generic-table';
  caption: string;
  unit?: string;
  columns: Array<{ key: string; label: string; type: ColumnType }>;
}

export type TemplateSection =
  | ProseSection
  | IndicatorTableSection
  | GoalAssessmentsSection
  | FinancialStatementSection
  | CentralFundsSection
  | TimeSeriesSection
  | AssignmentAccountsSection
  | AuditReportsSection
  | GenericTableSection;

export interface TemplateDefinition {
  sections: TemplateSection[];
}

export interface ReportTemplate {
  id: string;
  key: string;
  version: number;
  name: string;
  definition: TemplateDefinition;
  createdAt: Date;
}

export interface NumberedTemplateSection {
  section: TemplateSection;
  /** "2.1.1" */
  number: string;
  /** 1 for a chapter. */
  depth: number;
  parentKey: string | null;
}

/** Every template section with its number, in document order. */
export function numberSections(sections: readonly TemplateSection[], prefix = '', parentKey: string | null = null): NumberedTemplateSection[] {
  return sections.flatMap((section, index) => {
    const number = prefix ? `${prefix}.${index + 1}` : String(index + 1);
    return [
      { section, number, depth: number.split('.').length, parentKey },
      ...numberSections(section.children ?? [], number, section.key),
    ];
  });
}

export function findSection(definition: TemplateDefinition, key: string): TemplateSection | undefined {
  return numberSections(definition.sections).find((n) => n.section.key === key)?.section;
}

/**
 * What is wrong with a definition beyond its shape: duplicate keys, children under a kind that
 * generates its own, a statement sourcing one that does not exist. Empty when it is sound.
 */
export function definitionProblems(definition: TemplateDefinition): string[] {
  const problems: string[] = [];
  const all = numberSections(definition.sections);
  const seen = new Set<string>();
  for (const { section, number } of all) {
    if (seen.has(section.key)) problems.push(`Avsnittsnyckeln "${section.key}" finns mer än en gång.`);
    seen.add(section.key);
    if (section.key.includes(':')) problems.push(`Avsnittsnyckeln "${section.key}" får inte innehålla kolon.`);
    if (GENERATING_KINDS.includes(section.kind) && (section.children?.length ?? 0) > 0) {
      problems.push(`Avsnitt ${number} (${section.kind}) får sina underavsnitt från registren och kan inte ha egna.`);
    }
    if (section.kind === 'prose' && section.freeSubsections && (section.children?.length ?? 0) > 0) {
      problems.push(`Avsnitt ${number} har både egna underavsnitt och fria underavsnitt.`);
    }
    if (number.split('.').length > 5) problems.push(`Avsnitt ${number} ligger djupare än fem nivåer.`);
  }
  for (const { section, number } of all) {
    if (section.kind !== 'financial-statement' || !section.source) continue;
    const source = all.find((n) => n.section.key === section.source)?.section;
    if (!source || source.kind !== 'financial-statement') {
      problems.push(`Avsnitt ${number} hämtar sina enheter från "${section.source}", som inte är en resultatredovisning.`);
    } else if (source.source) {
      problems.push(`Avsnitt ${number} hämtar från "${section.source}", som själv hämtar från ett annat avsnitt.`);
    }
  }
  return problems;
}
