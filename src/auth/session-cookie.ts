import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from '../http/context.ts';
import { isSecureRequest, SESSION_COOKIE } from '../http/security.middleware.ts';
import { SESSION_TTL_MS } from './session.store.ts';

/** Whether this request reached us over TLS (directly or through a trusted proxy). */
export function onTls(c: Context<AppEnv>): boolean {
  return isSecureRequest(c.req.url, c.req.header('x-forwarded-proto'), c.get('services').config.trustProxy);
}

/** The session cookie as the API sets it: HttpOnly, SameSite=Lax, Secure behind TLS. */
export function setSessionCookie(c: Context<AppEnv>, token: string): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: onTls(c),
    path: '/',
    maxAge: Math.floor(SESSION_TTL_MS / 1000),
  });
}

export function clearSessionCookie(c: Context<AppEnv>): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: onTls(c) });
}
