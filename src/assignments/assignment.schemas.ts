import { z } from '@hono/zod-openapi';
import { IsoDate } from '../http/openapi-schemas.ts';
import { ASSIGNMENT_ORIGINS } from './assignment.ts';
import { ASSIGNMENT_STATUSES } from './assignment-status.ts';

export const AssignmentStatusSchema = z.enum(ASSIGNMENT_STATUSES).openapi('AssignmentStatus');
export const AssignmentOriginSchema = z.enum(ASSIGNMENT_ORIGINS).openapi('AssignmentOrigin');

export const AssigneeSchema = z
  .object({
    organisationId: z.uuid(),
    organisationName: z.string(),
    status: AssignmentStatusSchema,
    version: z.number().int(),
  })
  .openapi('Assignee');

export const AssignmentSchema = z
  .object({
    id: z.uuid(),
    dnr: z.string().openapi({ example: '1446/22' }),
    title: z.string(),
    description: z.string().nullable(),
    origin: AssignmentOriginSchema,
    originYear: z.number().int().nullable(),
    originDecidedOn: z.string().nullable(),
    originReference: z.string().nullable(),
    assignedToAll: z.boolean(),
    dueOn: z.string().nullable(),
    version: z.number().int(),
    assignees: z.array(AssigneeSchema),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Assignment');

export const StatusChangeSchema = z
  .object({
    id: z.uuid(),
    organisationId: z.uuid(),
    organisationName: z.string(),
    from: AssignmentStatusSchema.nullable(),
    to: AssignmentStatusSchema,
    at: z.string(),
    by: z.string().nullable(),
    reason: z.string().nullable(),
    reportId: z.string().nullable(),
    decisionId: z.string().nullable(),
  })
  .openapi('StatusChange');

const title = z.string().trim().min(3, 'minst 3 tecken').max(1000);

export const CreateAssignmentSchema = z
  .object({
    dnr: z.string().trim().min(1).max(40).openapi({ example: 'SLK-2023-01047' }),
    title,
    description: z.string().max(20_000).nullable().optional(),
    origin: AssignmentOriginSchema,
    originYear: z.number().int().min(1900).max(2200).nullable().optional(),
    originDecidedOn: IsoDate.nullable().optional(),
    originReference: z.string().max(200).nullable().optional(),
    assignedToAll: z.boolean().optional(),
    organisationIds: z.array(z.uuid()).max(500).optional(),
    dueOn: IsoDate.nullable().optional(),
  })
  .refine((v) => v.origin !== 'council-budget' || (v.originYear ?? null) !== null, {
    message: 'ett budgetuppdrag behöver budgetår (originYear)',
    path: ['originYear'],
  })
  .refine((v) => v.assignedToAll || (v.organisationIds?.length ?? 0) > 0, {
    message: 'ange organisationIds eller assignedToAll',
    path: ['organisationIds'],
  })
  .openapi('CreateAssignment');

export const UpdateAssignmentSchema = z
  .object({
    version: z.number().int().min(1),
    title: title.optional(),
    description: z.string().max(20_000).nullable().optional(),
    dueOn: IsoDate.nullable().optional(),
  })
  .openapi('UpdateAssignment');

export const TransitionSchema = z
  .object({
    to: AssignmentStatusSchema,
    reason: z.string().trim().max(4000).nullable().optional(),
    version: z.number().int().min(1).optional(),
  })
  .openapi('AssignmentTransition');

export const AssignmentListQuery = z.object({
  status: AssignmentStatusSchema.optional(),
  organisation: z.uuid().optional(),
  origin: AssignmentOriginSchema.optional(),
  year: z.coerce.number().int().min(1900).max(2200).optional().openapi({ description: 'Budgetåret, eller för andra uppdrag året för beslutet' }),
  text: z.string().trim().max(200).optional().openapi({ description: 'Diarienummer eller ord i titel och beskrivning, i alla böjningsformer' }),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});
