/** Accounts and role grants for administrators: the API behind the administration pages. */
import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../http/context.ts';
import { notFound } from '../http/errors.ts';
import { toJson } from '../http/json.ts';
import { errorResponses, IdParams, jsonBody, jsonContent } from '../http/openapi-schemas.ts';
import { secureRoute } from '../http/route.ts';
import { validationHook } from '../http/validation.ts';
import { sendResetLinkTo } from './password-reset.commands.ts';
import { ROLES } from './roles.ts';
import { addRoleGrant, createUserAccount, removeRoleGrant, updateUserAccount } from './user-admin.commands.ts';
import { findUserAccount, listUsers } from './user-admin.store.ts';

export const userAdminRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

const GrantSchema = z
  .object({
    id: z.uuid(),
    role: z.enum(ROLES),
    organisationId: z.uuid().nullable(),
    partyId: z.uuid().nullable(),
    source: z.enum(['manual', 'oidc']).openapi({ description: 'manual: given here; oidc: från kommunens inloggning, ersätts vid varje inloggning.' }),
  })
  .openapi('RoleGrant');

const UserSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    active: z.boolean(),
    hasPassword: z.boolean(),
    externalSubject: z.string().nullable(),
    lockedUntil: z.string().nullable(),
    createdAt: z.string(),
    grants: z.array(GrantSchema),
  })
  .openapi('UserAccount');

const GrantInputSchema = z
  .object({ role: z.enum(ROLES), organisationId: z.uuid().nullable().optional(), partyId: z.uuid().nullable().optional() })
  .openapi('RoleGrantInput');

const CreateUserSchema = z
  .object({
    email: z.email().max(320),
    name: z.string().trim().min(1).max(200),
    grants: z.array(GrantInputSchema).max(50).optional(),
  })
  .openapi('CreateUserAccount');

const UpdateUserSchema = z
  .object({ email: z.email().max(320).optional(), name: z.string().trim().min(1).max(200).optional(), active: z.boolean().optional() })
  .openapi('UpdateUserAccount');

const GrantParams = IdParams.extend({ grantId: z.uuid().openapi({ param: { name: 'grantId', in: 'path' } }) });

userAdminRoutes.openapi(
  secureRoute({
    method: 'get',
    path: '/users',
    permission: 'user.manage',
    tags: ['Konton och behörigheter'],
    summary: 'Alla konton med deras behörigheter',
    responses: { 200: jsonContent(z.object({ data: z.array(UserSchema) }), 'Kontona'), ...errorResponses(401, 403) },
  }),
  async (c) => c.json(toJson({ data: await listUsers(c.get('services').db, c.get('tenant').id) }), 200),
);

userAdminRoutes.openapi(
  secureRoute({
    method: 'get',
    path: '/users/{id}',
    permission: 'user.manage',
    tags: ['Konton och behörigheter'],
    summary: 'Ett konto med dess behörigheter',
    request: { params: IdParams },
    responses: { 200: jsonContent(UserSchema, 'Kontot'), ...errorResponses(401, 403, 404) },
  }),
  async (c) => {
    const found = await findUserAccount(c.get('services').db, c.get('tenant').id, c.req.valid('param').id);
    if (!found) throw notFound('Kontot');
    return c.json(toJson(found), 200);
  },
);

userAdminRoutes.openapi(
  secureRoute({
    method: 'post',
    path: '/users',
    permission: 'user.manage',
    tags: ['Konton och behörigheter'],
    summary: 'Skapa ett konto (utan lösenord; personen väljer ett via återställningslänk eller loggar in via kommunens konto)',
    request: { body: jsonBody(CreateUserSchema) },
    responses: { 201: jsonContent(UserSchema, 'Det nya kontot'), ...errorResponses(400, 401, 403, 409) },
  }),
  async (c) => {
    const input = c.req.valid('json');
    const created = await c.get('services').db.transaction().execute((trx) => createUserAccount(trx, c.get('actor'), c.get('tenant').id, input));
    return c.json(toJson(created), 201);
  },
);

userAdminRoutes.openapi(
  secureRoute({
    method: 'patch',
    path: '/users/{id}',
    permission: 'user.manage',
    tags: ['Konton och behörigheter'],
    summary: 'Ändra namn, e-postadress eller stäng av/aktivera ett konto',
    description: 'Ett avstängt konto loggas ut direkt. Den sista aktiva administratören kan inte stängas av (not_applicable).',
    request: { params: IdParams, body: jsonBody(UpdateUserSchema) },
    responses: { 200: jsonContent(UserSchema, 'Kontot efter ändringen'), ...errorResponses(400, 401, 403, 404, 409) },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    const patch = c.req.valid('json');
    const updated = await c.get('services').db.transaction().execute((trx) => updateUserAccount(trx, c.get('actor'), c.get('tenant').id, id, patch));
    return c.json(toJson(updated), 200);
  },
);

userAdminRoutes.openapi(
  secureRoute({
    method: 'post',
    path: '/users/{id}/grants',
    permission: 'user.manage',
    tags: ['Konton och behörigheter'],
    summary: 'Ge ett konto en behörighet (roll, med organisation eller parti när rollen kräver det)',
    request: { params: IdParams, body: jsonBody(GrantInputSchema) },
    responses: { 201: jsonContent(UserSchema, 'Kontot med den nya behörigheten'), ...errorResponses(400, 401, 403, 404, 409) },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    const updated = await c.get('services').db.transaction().execute((trx) => addRoleGrant(trx, c.get('actor'), c.get('tenant').id, id, input));
    return c.json(toJson(updated), 201);
  },
);

userAdminRoutes.openapi(
  secureRoute({
    method: 'delete',
    path: '/users/{id}/grants/{grantId}',
    permission: 'user.manage',
    tags: ['Konton och behörigheter'],
    summary: 'Ta bort en behörighet',
    request: { params: GrantParams },
    responses: { 200: jsonContent(UserSchema, 'Kontot utan behörigheten'), ...errorResponses(401, 403, 404, 409) },
  }),
  async (c) => {
    const { id, grantId } = c.req.valid('param');
    const updated = await c.get('services').db.transaction().execute((trx) => removeRoleGrant(trx, c.get('actor'), c.get('tenant').id, id, grantId));
    return c.json(toJson(updated), 200);
  },
);

userAdminRoutes.openapi(
  secureRoute({
    method: 'post',
    path: '/users/{id}/password-reset',
    permission: 'user.manage',
    tags: ['Konton och behörigheter'],
    summary: 'Skapa en engångslänk för att välja lösenord (skrivs i serverns logg när e-post saknas)',
    request: { params: IdParams },
    responses: { 202: { description: 'Länken är skapad och skickad' }, ...errorResponses(401, 403, 404, 409) },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    const { db, config, log } = c.get('services');
    await db.transaction().execute((trx) => sendResetLinkTo(trx, c.get('actor'), c.get('tenant').id, id, { publicUrl: config.publicUrl, log }));
    return c.body(null, 202);
  },
);
