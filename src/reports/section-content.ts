/**
 * What a report stores per section, by kind. Figures are stored as given (strings, exactly as
 * typed or imported); prose as sanitised HTML. Generated subsections store their own content
 * under `<section key>:<id>`: a goal's assessment, an assignment's account.
 */
import { z } from '@hono/zod-openapi';
import { STATEMENT_COLUMNS, STATEMENT_ROWS } from './financial-statement.ts';
import { sanitizeOptional } from './rich-text.ts';
import type { SectionKind } from './template.ts';

const html = z.string().max(200_000);
const figure = z.string().max(60);
const givenCells = z.partialRecord(z.enum(STATEMENT_COLUMNS), figure);
const unitFigures = z
  .object({
    rows: z.partialRecord(z.enum(STATEMENT_ROWS), givenCells).optional(),
    areas: z.record(z.string().max(60), givenCells).optional(),
    areasSum: givenCells.optional(),
  })
  .strict();

const prose = { text: html.optional() };
const withTable = { text: html.optional(), textAfter: html.optional() };

export const ProseContent = z
  .object({ ...prose, items: z.array(z.object({ title: z.string().trim().min(1).max(500), text: html.optional() }).strict()).max(50).optional() })
  .strict();
export const IndicatorTableContent = z
  .object({ ...withTable, given: z.record(z.string().max(100), z.record(z.string().max(40), figure)).optional() })
  .strict();
export const FinancialStatementContent = z
  .object({
    ...withTable,
    figures: z
      .object({ units: z.record(z.string().max(60), unitFigures).optional(), consolidated: unitFigures.optional() })
      .strict()
      .optional(),
  })
  .strict();
export const CentralFundsContent = z
  .object({
    ...withTable,
    rows: z
      .array(z.object({ label: z.string().trim().min(1).max(300), actual: figure.optional(), forecast: figure.optional(), budget: figure.optional() }).strict())
      .max(100)
      .optional(),
  })
  .strict();
export const TimeSeriesContent = z
  .object({ ...withTable, values: z.record(z.string().max(60), z.record(z.string().max(20), figure)).optional() })
  .strict();
export const GenericTableContent = z
  .object({ ...withTable, rows: z.array(z.record(z.string().max(60), z.string().max(4000))).max(500).optional() })
  .strict();
export const WithTableContent = z.object(withTable).strict();
export const AccountContent = z
  .object({
    /** done: proposed as done (for own part); partial: a partial report; null: not reported yet. */
    proposed: z.enum(['done', 'partial']).nullable(),
    text: html.optional(),
    /** Order within its subsection; lower first. */
    position: z.number().int().min(0).max(10_000).optional(),
  })
  .strict();
export const GoalAssessmentContent = z.object(prose).strict();

export type ProseContent = z.infer<typeof ProseContent>;
export type IndicatorTableContent = z.infer<typeof IndicatorTableContent>;
export type FinancialStatementContent = z.infer<typeof FinancialStatementContent>;
export type CentralFundsContent = z.infer<typeof CentralFundsContent>;
export type TimeSeriesContent = z.infer<typeof TimeSeriesContent>;
export type GenericTableContent = z.infer<typeof GenericTableContent>;
export type AccountContent = z.infer<typeof AccountContent>;
export type GoalAssessmentContent = z.infer<typeof GoalAssessmentContent>;

/** Stored content of any section: the union of the kinds' fields. */
export type SectionContent = Partial<
  ProseContent &
    IndicatorTableContent &
    FinancialStatementContent &
    CentralFundsContent &
    TimeSeriesContent &
    Omit<GenericTableContent, 'rows'> &
    AccountContent
> & { rows?: unknown };

/** What a stored section is: a template section, a goal's assessment or an assignment's account. */
export type ContentKind = SectionKind | 'goal-assessment' | 'assignment-account';

const SCHEMAS: Record<ContentKind, z.ZodType> = {
  prose: ProseContent,
  'indicator-table': IndicatorTableContent,
  'goal-assessments': z.object(prose).strict(),
  'goal-assessment': GoalAssessmentContent,
  'financial-statement': FinancialStatementContent,
  'central-funds': CentralFundsContent,
  'time-series': TimeSeriesContent,
  'assignment-accounts': z.object(prose).strict(),
  'assignment-account': AccountContent,
  'audit-reports': WithTableContent,
  'generic-table': GenericTableContent,
};

export type ParsedContent = { ok: true; content: SectionContent } | { ok: false; issues: Array<{ path: string; message: string }> };

/** Checks content against its kind and sanitises every HTML field; never throws. */
export function parseSectionContent(kind: ContentKind, raw: unknown): ParsedContent {
  const result = SCHEMAS[kind].safeParse(raw);
  if (!result.success) {
    return { ok: false, issues: result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) };
  }
  const content = { ...(result.data as SectionContent) };
  for (const field of ['text', 'textAfter'] as const) {
    if (field in content) {
      const clean = sanitizeOptional(content[field]);
      if (clean === undefined) delete content[field];
      else content[field] = clean;
    }
  }
  if (content.items) content.items = content.items.map((item) => ({ title: item.title, ...(sanitizeOptional(item.text) ? { text: sanitizeOptional(item.text)! } : {}) }));
  return { ok: true, content };
}
