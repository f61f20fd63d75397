import { z } from '@hono/zod-openapi';
import { EXPORT_FORMATS } from './report-export.ts';
import { REPORT_STATUSES } from './report.ts';

export const ReportStatusSchema = z.enum(REPORT_STATUSES).openapi('ReportStatus');

export const ReportSchema = z
  .object({
    id: z.uuid(),
    organisationId: z.uuid(),
    cycleId: z.uuid(),
    templateId: z.uuid(),
    title: z.string(),
    status: ReportStatusSchema,
    version: z.number().int(),
    adoptedByDecisionId: z.string().nullable(),
    locked: z.boolean(),
    submittedAt: z.string().nullable(),
    returnedAt: z.string().nullable(),
    acceptedAt: z.string().nullable(),
    adoptedAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Report');

const CellSchema = z
  .object({
    given: z.string().nullable().openapi({ description: 'Siffran som den angavs (skrevs in eller lästes in), eller null' }),
    computed: z.string().nullable().openapi({ description: 'Siffran som systemet räknar fram, formaterad' }),
    shown: z.string().nullable().openapi({ description: 'Det som skrivs ut: angiven siffra, annars den framräknade' }),
    value: z.number().nullable(),
    differs: z.boolean().optional(),
  })
  .openapi('ReportCell');

const TableSchema = z
  .object({
    id: z.string().openapi({ example: '4.3#1' }),
    caption: z.string(),
    unit: z.string().nullable(),
    kind: z.string(),
    rowHeader: z.string(),
    columns: z.array(z.object({ key: z.string(), label: z.string(), role: z.string().optional(), group: z.string().optional(), align: z.string() })),
    headerGroups: z.array(z.object({ label: z.string(), span: z.number().int() })).optional(),
    rows: z.array(
      z.object({ key: z.string(), label: z.string(), role: z.string().optional(), block: z.string().optional(), kind: z.string().optional(), cells: z.array(CellSchema) }),
    ),
    consolidation: z.object({ total: z.string(), parts: z.array(z.string()) }).optional(),
    note: z.string().optional(),
  })
  .openapi('ReportTable');

const AccountSchema = z
  .object({
    key: z.string(),
    assignmentId: z.uuid(),
    organisationId: z.uuid(),
    dnr: z.string(),
    title: z.string(),
    origin: z.string(),
    status: z.string(),
    proposed: z.enum(['done', 'partial']).nullable(),
    text: z.string().nullable(),
    version: z.number().int(),
    position: z.number().int(),
  })
  .openapi('AssignmentAccountView');

const SectionSchema = z
  .object({
    key: z.string(),
    contentKey: z.string().nullable().openapi({ description: 'Nyckeln att spara avsnittet under (PUT …/sections/{contentKey}), null för rubriker som systemet skapar' }),
    number: z.string().openapi({ example: '4.1.2.1' }),
    depth: z.number().int(),
    title: z.string(),
    kind: z.string(),
    version: z.number().int().openapi({ description: 'Avsnittets version; skicka med den när du sparar (0 = aldrig sparat)' }),
    guidance: z.string().optional(),
    text: z.string().nullable(),
    textAfter: z.string().nullable(),
    lines: z.array(z.string()),
    tables: z.array(TableSchema),
    charts: z.array(z.record(z.string(), z.unknown())),
    accounts: z.array(AccountSchema),
    auditReports: z.array(z.record(z.string(), z.unknown())),
    warnings: z.array(z.string()),
    children: z.array(z.record(z.string(), z.unknown())).openapi({ description: 'Underavsnitt, med samma form' }),
  })
  .openapi('ReportSection');

export const ReportDocumentSchema = z
  .object({
    format: z.literal('uppsikt-report'),
    formatVersion: z.literal(1),
    report: ReportSchema,
    organisation: z.object({ id: z.uuid(), name: z.string(), shortName: z.string().nullable() }),
    issuer: z.string(),
    cycle: z.object({ id: z.uuid(), name: z.string(), kind: z.string(), year: z.number().int(), periodStart: z.string(), periodEnd: z.string() }),
    template: z.object({ id: z.uuid(), key: z.string(), version: z.number().int(), name: z.string() }),
    sections: z.array(SectionSchema),
    comments: z.array(z.object({ version: z.number().int(), action: z.string(), text: z.string(), at: z.string(), by: z.string().nullable() })),
  })
  .openapi('ReportDocument');

export const ReportListQuery = z.object({
  cycle: z.uuid().optional(),
  organisation: z.uuid().optional(),
  status: ReportStatusSchema.optional(),
});

export const CreateReportSchema = z
  .object({
    organisationId: z.uuid(),
    cycleId: z.uuid(),
    title: z.string().trim().min(3).max(300).optional(),
    templateKey: z.string().trim().min(1).max(60).optional(),
  })
  .openapi('CreateReport');

export const SectionParams = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
  key: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*(:[0-9a-f-]{36})?$/, 'en avsnittsnyckel, t.ex. "summary" eller "council-goals:<mål-id>"')
    .openapi({ param: { name: 'key', in: 'path' }, example: 'board-economy' }),
});

export const SaveSectionSchema = z
  .object({
    version: z.number().int().min(0).openapi({ description: 'Versionen du utgick från (0 för ett avsnitt som aldrig sparats)' }),
    content: z.record(z.string(), z.unknown()).openapi({ description: 'Avsnittets innehåll enligt dess slag: text (HTML), tabellsiffror som de angavs …' }),
  })
  .openapi('SaveReportSection');

export const SavedSectionSchema = z
  .object({ key: z.string(), version: z.number().int(), reportVersion: z.number().int(), content: z.record(z.string(), z.unknown()) })
  .openapi('SavedReportSection');

export const CommentSchema = z.object({ comment: z.string().trim().max(4000).nullable().optional() }).openapi('ReportComment');
export const ReturnSchema = z.object({ comment: z.string().trim().min(1, 'skriv vad som behöver ändras').max(4000) }).openapi('ReturnReport');

export const EventSchema = z
  .object({
    version: z.number().int(),
    action: z.string(),
    sectionKey: z.string().nullable(),
    comment: z.string().nullable(),
    at: z.string(),
    by: z.string().nullable(),
    byName: z.string().nullable(),
  })
  .openapi('ReportVersion');

export const DiffQuery = z.object({
  from: z.coerce.number().int().min(1),
  to: z.coerce.number().int().min(1).optional(),
});

export const ExportQuery = z.object({ format: z.enum(EXPORT_FORMATS).default('pdf') });

export const FindingSchema = z
  .object({
    rule: z.string(),
    kind: z.string(),
    severity: z.enum(['error', 'warning']),
    message: z.string(),
    where: z.object({
      section: z.string().nullable(),
      table: z.string().optional(),
      block: z.string().optional(),
      row: z.string().optional(),
      column: z.string().optional(),
      line: z.number().int().optional(),
      part: z.string().optional(),
    }),
    values: z.array(z.string()),
  })
  .openapi('Finding');

export const TemplateSummarySchema = z
  .object({ id: z.uuid(), key: z.string(), version: z.number().int(), name: z.string(), createdAt: z.string() })
  .openapi('ReportTemplateSummary');

export const TemplateSchema = TemplateSummarySchema.extend({
  definition: z.record(z.string(), z.unknown()),
  outline: z.array(z.object({ key: z.string(), number: z.string(), title: z.string(), kind: z.string() })),
}).openapi('ReportTemplate');

export const SaveTemplateSchema = z
  .object({
    key: z.string().trim().regex(/^[a-z0-9][a-z0-9-]{0,59}$/),
    name: z.string().trim().min(3).max(200),
    definition: z.record(z.string(), z.unknown()),
  })
  .openapi('SaveReportTemplate');

export const ParticipantsSchema = z.object({ organisationIds: z.array(z.uuid()).max(1000) }).openapi('CycleParticipants');
