/** Single sign-on configuration for administrators (the API behind /arbete/admin/inloggning). */
import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../http/context.ts';
import { notFound } from '../http/errors.ts';
import { errorResponses, IdParams, jsonBody, jsonContent } from '../http/openapi-schemas.ts';
import { secureRoute } from '../http/route.ts';
import { validationHook } from '../http/validation.ts';
import { addGroupRole, createOidcProvider, editOidcProvider, removeGroupRole } from './oidc-provider.commands.ts';
import { findOidcProvider, listGroupRoles, listOidcProviders, type OidcProviderConfig } from './oidc-provider.store.ts';
import { ROLES } from './roles.ts';

export const oidcProviderRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

const GroupRoleSchema = z
  .object({ id: z.uuid(), groupName: z.string(), role: z.enum(ROLES), organisationId: z.uuid().nullable(), partyId: z.uuid().nullable() })
  .openapi('OidcGroupRole');

const ProviderSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    issuer: z.string(),
    clientId: z.string(),
    hasClientSecret: z.boolean(),
    scopes: z.string(),
    groupsClaim: z.string(),
    enabled: z.boolean(),
    groupRoles: z.array(GroupRoleSchema),
  })
  .openapi('OidcProvider');

const ProviderInput = z.object({
  name: z.string().trim().min(2).max(100),
  issuer: z.url().max(500),
  clientId: z.string().trim().min(1).max(500),
  clientSecret: z.string().min(1).max(2000).nullable().optional(),
  scopes: z.string().trim().min(6).max(500).optional(),
  groupsClaim: z.string().trim().min(1).max(100).optional(),
  enabled: z.boolean().optional(),
});

const GroupRoleInput = z
  .object({ groupName: z.string().trim().min(1).max(300), role: z.enum(ROLES), organisationId: z.uuid().nullable().optional(), partyId: z.uuid().nullable().optional() })
  .openapi('OidcGroupRoleInput');

/** The secret is write-only: the API says whether one is set, never what it is. */
async function present(db: Parameters<typeof listGroupRoles>[0], tenantId: string, p: OidcProviderConfig) {
  const { clientSecret, ...rest } = p;
  return { ...rest, hasClientSecret: clientSecret !== null, groupRoles: await listGroupRoles(db, tenantId, p.id) };
}

oidcProviderRoutes.openapi(
  secureRoute({
    method: 'get',
    path: '/oidc-providers',
    permission: 'user.manage',
    tags: ['Konton och behörigheter'],
    summary: 'Kommunens inloggningstjänster (OpenID Connect) med koppling grupp → roll',
    responses: { 200: jsonContent(z.object({ data: z.array(ProviderSchema) }), 'Tjänsterna'), ...errorResponses(401, 403) },
  }),
  async (c) => {
    const { db } = c.get('services');
    const tenantId = c.get('tenant').id;
    const providers = await listOidcProviders(db, tenantId);
    return c.json({ data: await Promise.all(providers.map((p) => present(db, tenantId, p))) }, 200);
  },
);

oidcProviderRoutes.openapi(
  secureRoute({
    method: 'post',
    path: '/oidc-providers',
    permission: 'user.manage',
    tags: ['Konton och behörigheter'],
    summary: 'Lägg till en inloggningstjänst (utfärdare, klient-id, hemlighet)',
    request: { body: jsonBody(ProviderInput.openapi('CreateOidcProvider')) },
    responses: { 201: jsonContent(ProviderSchema, 'Tjänsten'), ...errorResponses(400, 401, 403, 409) },
  }),
  async (c) => {
    const input = c.req.valid('json');
    const { db } = c.get('services');
    const tenantId = c.get('tenant').id;
    const created = await db.transaction().execute((trx) => createOidcProvider(trx, c.get('actor'), tenantId, { ...input, clientSecret: input.clientSecret ?? null }));
    return c.json(await present(db, tenantId, created), 201);
  },
);

oidcProviderRoutes.openapi(
  secureRoute({
    method: 'patch',
    path: '/oidc-providers/{id}',
    permission: 'user.manage',
    tags: ['Konton och behörigheter'],
    summary: 'Ändra en inloggningstjänst (utelämnad hemlighet behålls)',
    request: { params: IdParams, body: jsonBody(ProviderInput.partial().openapi('UpdateOidcProvider')) },
    responses: { 200: jsonContent(ProviderSchema, 'Tjänsten'), ...errorResponses(400, 401, 403, 404, 409) },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    const { clientSecret, ...patch } = c.req.valid('json');
    const { db } = c.get('services');
    const tenantId = c.get('tenant').id;
    const updated = await db.transaction().execute((trx) => editOidcProvider(trx, c.get('actor'), tenantId, id, { ...patch, ...(clientSecret ? { clientSecret } : {}) }));
    return c.json(await present(db, tenantId, updated), 200);
  },
);

oidcProviderRoutes.openapi(
  secureRoute({
    method: 'post',
    path: '/oidc-providers/{id}/group-roles',
    permission: 'user.manage',
    tags: ['Konton och behörigheter'],
    summary: 'Koppla en grupp hos utfärdaren till en roll i Uppsikt',
    request: { params: IdParams, body: jsonBody(GroupRoleInput) },
    responses: { 201: jsonContent(GroupRoleSchema, 'Kopplingen'), ...errorResponses(400, 401, 403, 404) },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    const created = await c.get('services').db.transaction().execute((trx) => addGroupRole(trx, c.get('actor'), c.get('tenant').id, id, input));
    return c.json(created, 201);
  },
);

oidcProviderRoutes.openapi(
  secureRoute({
    method: 'delete',
    path: '/oidc-providers/{id}/group-roles/{groupRoleId}',
    permission: 'user.manage',
    tags: ['Konton och behörigheter'],
    summary: 'Ta bort en koppling grupp → roll',
    request: { params: IdParams.extend({ groupRoleId: z.uuid().openapi({ param: { name: 'groupRoleId', in: 'path' } }) }) },
    responses: { 204: { description: 'Borttagen' }, ...errorResponses(401, 403, 404) },
  }),
  async (c) => {
    const { id, groupRoleId } = c.req.valid('param');
    const { db } = c.get('services');
    if (!(await findOidcProvider(db, c.get('tenant').id, id))) throw notFound('Inloggningstjänsten');
    await db.transaction().execute((trx) => removeGroupRole(trx, c.get('actor'), c.get('tenant').id, id, groupRoleId));
    return c.body(null, 204);
  },
);
