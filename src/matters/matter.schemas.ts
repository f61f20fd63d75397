import { z } from '@hono/zod-openapi';
import { IsoDate } from '../http/openapi-schemas.ts';
import { DOCUMENT_KINDS } from './matter.ts';

export const MatterSchema = z
  .object({
    id: z.uuid(),
    dnr: z.string().openapi({ example: '0064/23' }),
    registeredOn: z.string(),
    subject: z.string(),
    sender: z.string().nullable(),
    recipient: z.string().nullable(),
    organisationId: z.uuid(),
    reportId: z.uuid().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Matter');

export const DocumentSchema = z
  .object({
    id: z.uuid(),
    matterId: z.uuid(),
    kind: z.enum(DOCUMENT_KINDS),
    title: z.string(),
    registeredOn: z.string(),
    sender: z.string().nullable(),
    recipient: z.string().nullable(),
    secret: z.boolean(),
    secrecyGround: z.string().nullable(),
    body: z.record(z.string(), z.unknown()).nullable(),
    text: z.string(),
  })
  .openapi('MatterDocument');

export const PointSchema = z
  .object({ id: z.uuid(), number: z.number().int(), text: z.string(), effect: z.string(), assignmentId: z.uuid().nullable(), organisationId: z.uuid().nullable() })
  .openapi('ProposalPoint');

export const MatterViewSchema = z
  .object({
    matter: MatterSchema,
    documents: z.array(DocumentSchema),
    staffReport: DocumentSchema.extend({ points: z.array(PointSchema) }).nullable(),
    motions: z.array(z.record(z.string(), z.unknown())),
    statements: z.array(z.record(z.string(), z.unknown())),
  })
  .openapi('MatterView');

export const RegisterMatterSchema = z
  .object({
    dnr: z.string().min(1).nullable().optional().openapi({ description: 'Utelämna för att få nästa nummer ur diariet.' }),
    registeredOn: IsoDate,
    subject: z.string().min(1).max(500),
    sender: z.string().max(300).nullable().optional(),
    recipient: z.string().max(300).nullable().optional(),
    organisationId: z.uuid(),
  })
  .openapi('RegisterMatter');

export const RegisterDocumentSchema = z
  .object({
    kind: z.enum(DOCUMENT_KINDS),
    title: z.string().min(1).max(500),
    registeredOn: IsoDate,
    sender: z.string().max(300).nullable().optional(),
    recipient: z.string().max(300).nullable().optional(),
    secret: z.boolean().optional(),
    secrecyGround: z.string().max(200).nullable().optional().openapi({ example: 'OSL 18 kap. 8 §' }),
    text: z.string().max(1_000_000).optional(),
  })
  .refine((d) => !d.secret || (d.secrecyGround ?? '').trim() !== '', { message: 'Sekretessgrund krävs för en sekretessbelagd handling.', path: ['secrecyGround'] })
  .openapi('RegisterDocument');

export const StaffReportPatchSchema = z
  .object({
    summary: z.string().max(20_000).optional(),
    background: z.string().max(20_000).optional(),
    assessments: z.array(z.object({ heading: z.string(), text: z.string() })).optional(),
    consultation: z.string().max(2000).optional(),
    attachments: z.array(z.string()).optional(),
    officers: z.array(z.object({ name: z.string(), phone: z.string().optional(), email: z.string().optional() })).optional(),
    signatories: z.array(z.object({ name: z.string(), title: z.string().optional() })).optional(),
    issuedOn: IsoDate.optional(),
  })
  .openapi('StaffReportPatch');

export const PointPatchSchema = z.object({ text: z.string().min(1).max(5000) }).openapi('ProposalPointPatch');
export const NewPointSchema = z
  .object({ text: z.string().min(1).max(5000), assignmentId: z.uuid().nullable().optional(), organisationId: z.uuid().nullable().optional() })
  .refine((p) => !p.assignmentId === !p.organisationId, { message: 'Uppdrag och organisation anges tillsammans.' })
  .openapi('NewProposalPoint');

export const MatterListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().optional(),
});
