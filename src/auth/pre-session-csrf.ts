/**
 * CSRF tokens for forms shown before there is a session (sign-in, password reset): a signed
 * double-submit. A random value lives in an HttpOnly cookie; the form carries its HMAC under
 * the tenant's key. A cross-site page can neither read the cookie nor compute the HMAC, and a
 * cookie planted from a sibling domain is useless without the key. Nothing is stored per visit.
 */
import { createHmac } from 'node:crypto';
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from '../http/context.ts';
import { AppError } from '../http/errors.ts';
import { newSecretToken, sameSecret } from './secret-token.ts';
import { onTls } from './session-cookie.ts';
import { signingKey } from './signing-key.store.ts';

export const PRE_SESSION_COOKIE = 'uppsikt_presession';
const KEY_PURPOSE = 'pre-session-csrf';

async function sign(c: Context<AppEnv>, nonce: string): Promise<string> {
  const key = await signingKey(c.get('services').db, c.get('tenant').id, KEY_PURPOSE);
  return createHmac('sha256', key).update(nonce).digest('base64url');
}

/** The token for a pre-session form, setting the cookie when the browser has none. */
export async function preSessionToken(c: Context<AppEnv>): Promise<string> {
  let nonce = getCookie(c, PRE_SESSION_COOKIE);
  if (!nonce || nonce.length < 32) {
    nonce = newSecretToken();
    setCookie(c, PRE_SESSION_COOKIE, nonce, { httpOnly: true, sameSite: 'Lax', secure: onTls(c), path: '/', maxAge: 12 * 3600 });
  }
  return sign(c, nonce);
}

/** Refuses a pre-session form post whose token does not match the browser's cookie. */
export async function assertPreSessionToken(c: Context<AppEnv>, token: unknown): Promise<void> {
  const nonce = getCookie(c, PRE_SESSION_COOKIE);
  if (!nonce || typeof token !== 'string' || !sameSecret(await sign(c, nonce), token)) {
    throw new AppError('csrf_failed', 'Formuläret har gått ut eller kom från en annan webbplats. Ladda om sidan och försök igen.');
  }
}

/** The CSRF token for any form: the session's when signed in, else a pre-session token. */
export async function formToken(c: Context<AppEnv>): Promise<string> {
  return c.get('session')?.csrfToken ?? preSessionToken(c);
}

/** Checks the token of a form shown by `formToken`; with a session the app's middleware has already checked it. */
export async function assertFormToken(c: Context<AppEnv>, token: unknown): Promise<void> {
  if (!c.get('session')) await assertPreSessionToken(c, token);
}
