import { createRoute, type RouteConfig } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { can, type Action } from '../auth/permissions.ts';
import type { AppEnv } from './context.ts';
import { AppError } from './errors.ts';

/** `public`: anyone may call it (reads). `signed-in`: any signed-in user (own session, own profile). */
export type RoutePermission = Action | 'public' | 'signed-in';

/**
 * Route-level guard: refuses actors whose roles can never perform the action. The handler
 * still checks the scope (which organisation or party) with `can(actor, action, target)`.
 */
export function requireRoute(permission: RoutePermission): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (permission !== 'public') {
      const actor = c.get('actor');
      if (actor.kind === 'anonymous') throw new AppError('unauthenticated', 'Du behöver logga in.');
      if (permission !== 'signed-in' && !can(actor, permission)) {
        throw new AppError('forbidden', 'Du har inte behörighet att göra detta.');
      }
    }
    await next();
  };
}

/**
 * An OpenAPI route that must say who may call it. The permission is published in the OpenAPI
 * document as `x-permission`, which is also what the authorisation tests are generated from,
 * so a new write endpoint without a rule cannot slip through.
 */
export function secureRoute<const R extends RouteConfig>(route: R & { permission: RoutePermission }): R {
  const { permission, ...rest } = route;
  return createRoute({ ...rest, 'x-permission': permission, middleware: [requireRoute(permission)] } as unknown as R);
}

/** Throws `forbidden` unless the actor may perform the action on the target. */
export function assertCan(...args: Parameters<typeof can>): void {
  if (!can(...args)) {
    const actor = args[0];
    if (actor.kind === 'anonymous') throw new AppError('unauthenticated', 'Du behöver logga in.');
    throw new AppError('forbidden', 'Du har inte behörighet att göra detta.');
  }
}
