/**
 * The workspace's own route table. Every page and every form post of /arbete is registered
 * here with the permission it needs, the same way API routes declare `x-permission`: the
 * authorisation tests are generated from this list, so a form without a rule cannot slip in.
 */
import type { Handler, Hono, MiddlewareHandler } from 'hono';
import type { RoutePermission } from '../http/route.ts';
import { requireRoute } from '../http/route.ts';
import type { AppEnv } from '../http/context.ts';

export const WORKSPACE_BASE = '/arbete';

export interface StaffRoute {
  method: 'get' | 'post';
  /** Full path in Hono syntax, e.g. `/arbete/admin/personer/:id/behorigheter`. */
  path: string;
  permission: RoutePermission;
}

export const STAFF_ROUTES: StaffRoute[] = [];

/**
 * Before the route-level check: a browser without a session that asks for a page is sent
 * to the sign-in page (and back afterwards); anything else gets the usual refusal.
 */
function signInFirst(permission: RoutePermission): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (permission !== 'public' && c.get('actor').kind === 'anonymous' && c.req.method === 'GET') {
      const back = new URL(c.req.url);
      return c.redirect(`${WORKSPACE_BASE}/logga-in?till=${encodeURIComponent(back.pathname + back.search)}`, 303);
    }
    await next();
  };
}

/** Staff pages are private: never cached by a shared cache or kept by the browser. */
const noStore: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  c.header('Cache-Control', 'no-store');
};

export function staffPage(router: Hono<AppEnv>, path: string, permission: RoutePermission, handler: Handler<AppEnv>) {
  STAFF_ROUTES.push({ method: 'get', path, permission });
  router.get(path, noStore, signInFirst(permission), requireRoute(permission), handler);
}

/** A form post: CSRF is checked by the app's middleware (session) or the handler (pre-session). */
export function staffForm(router: Hono<AppEnv>, path: string, permission: RoutePermission, handler: Handler<AppEnv>) {
  STAFF_ROUTES.push({ method: 'post', path, permission });
  router.post(path, noStore, requireRoute(permission), handler);
}
