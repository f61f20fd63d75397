/** Single sign-on: off to the tenant's identity provider, and back with a session. */
import { Hono, type Context } from 'hono';
import { beginSignOn, completeSignOn, SsoError } from '../auth/oidc-sign-in.ts';
import { onTls, setSessionCookie } from '../auth/session-cookie.ts';
import type { AppEnv } from '../http/context.ts';
import { notFound } from '../http/errors.ts';
import { isUuid } from './form-input.ts';
import { safeReturnPath } from './return-path.ts';
import { staffPage, WORKSPACE_BASE } from './staff-routes.ts';

export const ssoPages = new Hono<AppEnv>();

export const SSO_CALLBACK_PATH = `${WORKSPACE_BASE}/sso/tillbaka`;

/**
 * The redirect URI for this tenant's host. The provider accepts only URIs registered with it,
 * so a forged Host header leads nowhere.
 */
export function callbackUrl(c: Context<AppEnv>): string {
  return `${onTls(c) ? 'https' : 'http'}://${c.req.header('host')}${SSO_CALLBACK_PATH}`;
}

staffPage(ssoPages, SSO_CALLBACK_PATH, 'public', async (c) => {
  const { db, log } = c.get('services');
  const back = new URL(callbackUrl(c));
  back.search = new URL(c.req.url).search;
  try {
    const result = await completeSignOn(db, c.get('tenant').id, back);
    setSessionCookie(c, result.token);
    return c.redirect(safeReturnPath(result.returnTo), 303);
  } catch (error) {
    if (!(error instanceof SsoError)) throw error;
    log(`Inloggning via OpenID Connect misslyckades (${error.reason}): ${error.message}`);
    return c.redirect(`${WORKSPACE_BASE}/logga-in?sso-fel=${error.reason}`, 303);
  }
});

staffPage(ssoPages, `${WORKSPACE_BASE}/sso/:providerId`, 'public', async (c) => {
  const providerId = c.req.param('providerId') ?? '';
  if (!isUuid(providerId)) throw notFound('Inloggningstjänsten');
  const returnTo = safeReturnPath(c.req.query('till'));
  try {
    const target = await beginSignOn(c.get('services').db, c.get('tenant').id, providerId, callbackUrl(c), returnTo);
    return c.redirect(target.href, 303);
  } catch (error) {
    if (!(error instanceof SsoError)) throw error;
    c.get('services').log(`Inloggning via OpenID Connect kunde inte starta: ${error.message}`);
    return c.redirect(`${WORKSPACE_BASE}/logga-in?sso-fel=${error.reason}`, 303);
  }
});
