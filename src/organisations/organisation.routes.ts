import { OpenAPIHono, z } from '@hono/zod-openapi';
import { recordChange } from '../audit-log/audit-log.store.ts';
import type { AppEnv } from '../http/context.ts';
import { notFound } from '../http/errors.ts';
import { errorResponses, IdParams, jsonBody, jsonContent } from '../http/openapi-schemas.ts';
import { secureRoute } from '../http/route.ts';
import { validationHook } from '../http/validation.ts';
import { ORGANISATION_KINDS } from './organisation.ts';
import { CreateOrganisationSchema, CreatePartySchema, OrganisationSchema, PartySchema } from './organisation.schemas.ts';
import { createOrganisation } from './organisation.commands.ts';
import { findOrganisation, insertParty, listOrganisations, listParties } from './organisation.store.ts';

export const organisationRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

organisationRoutes.openapi(
  secureRoute({
    method: 'get',
    path: '/organisations',
    permission: 'public',
    tags: ['Organisationer'],
    summary: 'Kommunens organisationer: fullmäktige, styrelse, nämnder, bolag och förvaltningar',
    request: { query: z.object({ kind: z.enum(ORGANISATION_KINDS).optional() }) },
    responses: { 200: jsonContent(z.object({ data: z.array(OrganisationSchema) }), 'Organisationerna'), ...errorResponses(400) },
  }),
  async (c) => {
    const { kind } = c.req.valid('query');
    const data = await listOrganisations(c.get('services').db, c.get('tenant').id, kind ? [kind] : undefined);
    return c.json({ data }, 200);
  },
);

organisationRoutes.openapi(
  secureRoute({
    method: 'get',
    path: '/organisations/{id}',
    permission: 'public',
    tags: ['Organisationer'],
    summary: 'En organisation',
    request: { params: IdParams },
    responses: { 200: jsonContent(OrganisationSchema, 'Organisationen'), ...errorResponses(404) },
  }),
  async (c) => {
    const found = await findOrganisation(c.get('services').db, c.get('tenant').id, c.req.valid('param').id);
    if (!found) throw notFound('Organisationen');
    return c.json(found, 200);
  },
);

organisationRoutes.openapi(
  secureRoute({
    method: 'post',
    path: '/organisations',
    permission: 'organisation.manage',
    tags: ['Organisationer'],
    summary: 'Lägg till en organisation',
    request: { body: jsonBody(CreateOrganisationSchema) },
    responses: { 201: jsonContent(OrganisationSchema, 'Den nya organisationen'), ...errorResponses(400, 401, 403, 409) },
  }),
  async (c) => {
    const input = c.req.valid('json');
    const created = await c.get('services').db.transaction().execute((trx) => createOrganisation(trx, c.get('actor'), c.get('tenant').id, input));
    return c.json(created, 201);
  },
);

organisationRoutes.openapi(
  secureRoute({
    method: 'get',
    path: '/parties',
    permission: 'public',
    tags: ['Organisationer'],
    summary: 'Partier',
    responses: { 200: jsonContent(z.object({ data: z.array(PartySchema) }), 'Partierna') },
  }),
  async (c) => c.json({ data: await listParties(c.get('services').db, c.get('tenant').id) }, 200),
);

organisationRoutes.openapi(
  secureRoute({
    method: 'post',
    path: '/parties',
    permission: 'party.manage',
    tags: ['Organisationer'],
    summary: 'Lägg till ett parti',
    request: { body: jsonBody(CreatePartySchema) },
    responses: { 201: jsonContent(PartySchema, 'Partiet'), ...errorResponses(400, 401, 403, 409) },
  }),
  async (c) => {
    const input = c.req.valid('json');
    const party = await c.get('services').db.transaction().execute(async (trx) => {
      const created = await insertParty(trx, c.get('tenant').id, input);
      await recordChange(trx, c.get('actor'), { action: 'party.create', entityType: 'party', entityId: created.id, after: created });
      return created;
    });
    return c.json(party, 201);
  },
);
