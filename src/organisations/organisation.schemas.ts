import { z } from '@hono/zod-openapi';
import { ORGANISATION_KINDS } from './organisation.ts';

export const OrganisationSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(ORGANISATION_KINDS),
    name: z.string(),
    shortName: z.string().nullable(),
    parentId: z.uuid().nullable(),
    servesId: z.uuid().nullable(),
    sortOrder: z.number().int(),
  })
  .openapi('Organisation');

export const CreateOrganisationSchema = z
  .object({
    kind: z.enum(ORGANISATION_KINDS),
    name: z.string().trim().min(2).max(200),
    shortName: z.string().trim().min(1).max(40).nullable().optional(),
    parentId: z.uuid().nullable().optional(),
    servesId: z.uuid().nullable().optional(),
    sortOrder: z.number().int().min(0).max(100_000).optional(),
  })
  .refine((o) => !o.servesId || o.kind === 'administration', {
    message: 'bara en förvaltning kan betjäna en nämnd (servesId)',
    path: ['servesId'],
  })
  .openapi('CreateOrganisation');

export const PartySchema = z.object({ id: z.uuid(), abbreviation: z.string(), name: z.string() }).openapi('Party');

export const CreatePartySchema = z
  .object({ abbreviation: z.string().trim().min(1).max(10), name: z.string().trim().min(2).max(200) })
  .openapi('CreateParty');
