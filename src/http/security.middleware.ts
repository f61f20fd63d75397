import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { secureHeaders } from 'hono/secure-headers';
import { loadSession } from '../auth/session.store.ts';
import type { AppEnv } from './context.ts';
import { AppError } from './errors.ts';

export const SESSION_COOKIE = 'uppsikt_session';

/** Is this request on TLS (directly, or behind a proxy we trust to say so)? */
export function isSecureRequest(url: string, forwardedProto: string | undefined, trustProxy: boolean): boolean {
  if (new URL(url).protocol === 'https:') return true;
  return trustProxy && forwardedProto?.split(',')[0]?.trim() === 'https';
}

/**
 * Security headers on every response: a CSP that allows no inline scripts (our few client
 * scripts are files under /assets), no framing, no referrer leaks; HSTS only on TLS, where it
 * means something.
 */
export function securityHeaders(): MiddlewareHandler<AppEnv> {
  const plain = secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    strictTransportSecurity: false,
    referrerPolicy: 'strict-origin-when-cross-origin',
    crossOriginEmbedderPolicy: false,
  });
  return async (c, next) => {
    await plain(c, next);
    const { trustProxy } = c.get('services').config;
    if (isSecureRequest(c.req.url, c.req.header('x-forwarded-proto'), trustProxy)) {
      c.header('Strict-Transport-Security', 'max-age=63072000; includeSubDomains');
    }
  };
}

/** Finds the tenant for the request's host; without one nothing but /healthz can be served. */
export function resolveTenant(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const tenant = await c.get('services').tenants.resolve(c.req.header('host'));
    if (!tenant) throw new AppError('not_found', 'Ingen kommun är uppsatt i den här installationen ännu (kör `uppsikt create-tenant`, eller `uppsikt seed-demo` för demokommunen).');
    c.set('tenant', tenant);
    c.set('actor', { kind: 'anonymous', tenantId: tenant.id });
    c.set('session', undefined);
    await next();
  };
}

/** Loads the signed-in user from the session cookie, if any. */
export function loadActor(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) {
      const loaded = await loadSession(c.get('services').db, c.get('tenant').id, token);
      if (loaded) {
        c.set('actor', loaded.actor);
        c.set('session', loaded.session);
      }
    }
    await next();
  };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF: a cookie-authenticated change must carry the session's token, as the `X-CSRF-Token`
 * header (API clients) or the `_csrf` form field (HTML forms). A cross-site page can make the
 * browser send the cookie but cannot read the token.
 */
export function requireCsrfToken(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const session = c.get('session');
    if (session && !SAFE_METHODS.has(c.req.method)) {
      let token = c.req.header('x-csrf-token');
      if (!token) {
        const type = c.req.header('content-type') ?? '';
        if (type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data')) {
          const form = await c.req.parseBody();
          token = typeof form._csrf === 'string' ? form._csrf : undefined;
        }
      }
      if (token !== session.csrfToken) {
        throw new AppError('csrf_failed', 'Formuläret har gått ut eller kom från en annan webbplats. Ladda om sidan och försök igen.');
      }
    }
    await next();
  };
}
