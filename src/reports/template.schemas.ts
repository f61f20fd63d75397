/**
 * The shape a template definition must have, checked when a template version is saved
 * (its deeper rules are in `definitionProblems`).
 */
import { z } from '@hono/zod-openapi';
import { ASSIGNMENT_ORIGINS } from '../assignments/assignment.ts';
import { STATEMENT_ROWS } from './financial-statement.ts';
import { COLUMN_TYPES, type TemplateDefinition, type TemplateSection } from './template.ts';

const key = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{0,59}$/, 'små bokstäver, siffror och bindestreck');
const text = z.string().trim().min(1).max(500);
const html = z.string().max(20_000);

const base = {
  key,
  title: text,
  guidance: z.string().max(4000).optional(),
  defaultText: html.optional(),
};

const unitSpec = z.object({
  key,
  name: text,
  rows: z.array(z.enum(STATEMENT_ROWS)).min(1),
  breakdown: z
    .object({
      title: text,
      areas: z.array(z.object({ key, name: text })).min(1).max(50),
      decimals: z.number().int().min(0).max(4).optional(),
    })
    .optional(),
});

const SectionSchema: z.ZodType<TemplateSection> = z.lazy(() => {
  const children = z.array(SectionSchema).max(100).optional();
  return z.discriminatedUnion('kind', [
    z.object({ ...base, children, kind: z.literal('prose'), freeSubsections: z.boolean().optional() }),
    z.object({
      ...base,
      children,
      kind: z.literal('indicator-table'),
      caption: text,
      layout: z.enum(['change', 'values']),
      rows: z
        .array(z.object({ indicator: z.string().trim().min(1).max(100), label: text.optional(), figure: z.enum(['change', 'value']).optional() }))
        .min(1)
        .max(100),
      rowHeader: text.optional(),
      note: z.string().max(2000).optional(),
    }),
    z.object({ ...base, children, kind: z.literal('goal-assessments') }),
    z.object({
      ...base,
      children,
      kind: z.literal('financial-statement'),
      caption: text,
      layout: z.enum(['blocks', 'split']),
      source: key.optional(),
      consolidated: z.object({ name: text, rows: z.array(z.enum(STATEMENT_ROWS)).min(1) }),
      units: z.array(unitSpec).max(30),
      unit: z.string().max(20).optional(),
    }),
    z.object({ ...base, children, kind: z.literal('central-funds'), caption: text, unit: z.string().min(1).max(20) }),
    z.object({
      ...base,
      children,
      kind: z.literal('time-series'),
      caption: text,
      unit: z.string().min(1).max(20),
      series: z.array(z.object({ key, label: text })).min(1).max(10),
      years: z.number().int().min(1).max(20),
      chart: z.enum(['bar', 'line']),
      decimals: z.number().int().min(0).max(4).optional(),
    }),
    z.object({
      ...base,
      children,
      kind: z.literal('assignment-accounts'),
      origin: z.enum(ASSIGNMENT_ORIGINS),
      doneTitle: text,
      partialTitle: text,
    }),
    z.object({ ...base, children, kind: z.literal('audit-reports') }),
    z.object({
      ...base,
      children,
      kind: z.literal('generic-table'),
      caption: text,
      unit: z.string().max(20).optional(),
      columns: z.array(z.object({ key, label: text, type: z.enum(COLUMN_TYPES) })).min(1).max(12),
    }),
  ]);
}) as z.ZodType<TemplateSection>;

export const TemplateDefinitionSchema: z.ZodType<TemplateDefinition> = z.object({
  sections: z.array(SectionSchema).min(1).max(100),
});
