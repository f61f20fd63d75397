import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../http/context.ts';
import { errorResponses, IdParams, jsonBody, jsonContent } from '../http/openapi-schemas.ts';
import { secureRoute } from '../http/route.ts';
import { validationHook } from '../http/validation.ts';
import { editOrganisation } from './organisation.commands.ts';
import { OrganisationSchema } from './organisation.schemas.ts';

/** Editing organisations (the administrator's page uses the same command). */
export const organisationAdminRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

const UpdateOrganisationSchema = z
  .object({
    name: z.string().trim().min(2).max(200).optional(),
    shortName: z.string().trim().min(1).max(40).nullable().optional(),
    parentId: z.uuid().nullable().optional(),
    servesId: z.uuid().nullable().optional(),
    sortOrder: z.number().int().min(0).max(100_000).optional(),
  })
  .openapi('UpdateOrganisation');

organisationAdminRoutes.openapi(
  secureRoute({
    method: 'patch',
    path: '/organisations/{id}',
    permission: 'organisation.manage',
    tags: ['Organisationer'],
    summary: 'Ändra en organisations namn, kortnamn, plats i trädet eller vilken nämnd en förvaltning betjänar',
    request: { params: IdParams, body: jsonBody(UpdateOrganisationSchema) },
    responses: { 200: jsonContent(OrganisationSchema, 'Organisationen efter ändringen'), ...errorResponses(400, 401, 403, 404, 409) },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    const patch = c.req.valid('json');
    const updated = await c.get('services').db.transaction().execute((trx) => editOrganisation(trx, c.get('actor'), c.get('tenant').id, id, patch));
    return c.json(updated, 200);
  },
);
