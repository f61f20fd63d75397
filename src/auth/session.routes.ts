import { OpenAPIHono, z } from '@hono/zod-openapi';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from '../http/context.ts';
import { errorResponses, jsonBody, jsonContent } from '../http/openapi-schemas.ts';
import { secureRoute } from '../http/route.ts';
import { isSecureRequest, SESSION_COOKIE } from '../http/security.middleware.ts';
import { validationHook } from '../http/validation.ts';
import { ROLES } from './roles.ts';
import { deleteSession, loadGrants, SESSION_TTL_MS } from './session.store.ts';
import { clientIp } from './client-ip.ts';
import { signInWithinLimits } from './sign-in-limits.ts';

export const sessionRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

const SessionSchema = z
  .object({
    user: z.object({ id: z.uuid(), name: z.string(), email: z.string() }),
    grants: z.array(z.object({ role: z.enum(ROLES), organisationId: z.string().nullable(), partyId: z.string().nullable() })),
    csrfToken: z.string().openapi({ description: 'Skickas som X-CSRF-Token på varje ändrande anrop.' }),
  })
  .openapi('Session');

sessionRoutes.openapi(
  secureRoute({
    method: 'post',
    path: '/session',
    permission: 'public',
    tags: ['Inloggning'],
    summary: 'Logga in med e-post och lösenord',
    description: 'Sätter en HttpOnly-kaka med sessionen. Fem misslyckade försök i rad låser kontot i 15 minuter; misslyckade försök är dessutom begränsade per klientadress och per konto (rate_limited, 429).',
    request: {
      body: jsonBody(z.object({ email: z.string().trim().min(3).max(320), password: z.string().min(1).max(1000) })),
    },
    responses: { 200: jsonContent(SessionSchema, 'Inloggad'), ...errorResponses(400, 401, 429) },
  }),
  async (c) => {
    const { email, password } = c.req.valid('json');
    const { db, config } = c.get('services');
    const result = await signInWithinLimits(db, c.get('tenant').id, clientIp(c), email, password);
    setCookie(c, SESSION_COOKIE, result.token, {
      httpOnly: true,
      sameSite: 'Lax',
      secure: isSecureRequest(c.req.url, c.req.header('x-forwarded-proto'), config.trustProxy),
      path: '/',
      maxAge: Math.floor(SESSION_TTL_MS / 1000),
    });
    const grants = await loadGrants(db, c.get('tenant').id, result.user.id);
    return c.json({ user: result.user, grants, csrfToken: result.csrfToken }, 200);
  },
);

sessionRoutes.openapi(
  secureRoute({
    method: 'get',
    path: '/session',
    permission: 'signed-in',
    tags: ['Inloggning'],
    summary: 'Den inloggade användaren och dess behörigheter',
    responses: { 200: jsonContent(SessionSchema, 'Sessionen'), ...errorResponses(401) },
  }),
  async (c) => {
    const actor = c.get('actor');
    const session = c.get('session');
    if (actor.kind !== 'user' || !session) throw new Error('unreachable: route requires a signed-in user');
    return c.json(
      { user: { id: actor.userId, name: actor.name, email: actor.email }, grants: actor.grants, csrfToken: session.csrfToken },
      200,
    );
  },
);

sessionRoutes.openapi(
  secureRoute({
    method: 'delete',
    path: '/session',
    permission: 'signed-in',
    tags: ['Inloggning'],
    summary: 'Logga ut',
    responses: { 204: { description: 'Utloggad' }, ...errorResponses(401, 403) },
  }),
  async (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) await deleteSession(c.get('services').db, c.get('tenant').id, token);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  },
);
