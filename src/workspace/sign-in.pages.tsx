/**
 * Signing in and out of the workspace with an HTML form: works without JavaScript, carries a
 * pre-session CSRF token, and uses the same rate limits and lockout as the API.
 */
import { Hono, type Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { clientIp } from '../auth/client-ip.ts';
import { listOidcProviders } from '../auth/oidc-provider.store.ts';
import { assertFormToken, preSessionToken } from '../auth/pre-session-csrf.ts';
import { clearSessionCookie, setSessionCookie } from '../auth/session-cookie.ts';
import { deleteSession } from '../auth/session.store.ts';
import { signInWithinLimits } from '../auth/sign-in-limits.ts';
import { SSO_FAILURES, type SsoFailure } from '../auth/oidc-sign-in.ts';
import type { AppEnv } from '../http/context.ts';
import { AppError } from '../http/errors.ts';
import { SESSION_COOKIE } from '../http/security.middleware.ts';
import { safeReturnPath } from './return-path.ts';
import { staffForm, staffPage, WORKSPACE_BASE } from './staff-routes.ts';
import { workspaceFrame, withNotice, type WorkspaceFrame } from './workspace-frame.ts';
import { htmlDocument } from '../pages/layout.tsx';
import { CsrfField, ErrorSummary, WorkspaceLayout } from './workspace-layout.tsx';

export const signInPages = new Hono<AppEnv>();

/** The e-mail field of the sign-in and password-reset forms. */
export function EmailField(props: { frame: WorkspaceFrame; value?: string }) {
  return (
    <div class="field">
      <label for="email">{props.frame.t('ws.signIn.email')}</label>
      <input id="email" name="email" type="email" autocomplete="username" required value={props.value} />
    </div>
  );
}

/** The posted e-mail address, trimmed and cut to the longest an address can be. */
export function postedEmail(form: Record<string, unknown>): string {
  return typeof form.email === 'string' ? form.email.trim().slice(0, 320) : '';
}

async function renderSignIn(c: Context<AppEnv>, values: { email?: string; till?: string }, errors: string[], status: 200 | 400 | 401 | 403 | 423 | 429 = 200) {
  const frame = workspaceFrame(c, await preSessionToken(c));
  const { t } = frame;
  const providers = await listOidcProviders(c.get('services').db, c.get('tenant').id, true);
  const till = safeReturnPath(values.till);
  const ssoCode = c.req.query('sso-fel');
  // Only known codes: a crafted link cannot put words of its own on the sign-in page.
  const ssoError = SSO_FAILURES.includes(ssoCode as SsoFailure) ? t(`ws.signIn.ssoError.${ssoCode as SsoFailure}`) : undefined;
  return c.html(
    htmlDocument(
      <WorkspaceLayout frame={frame} title={t('ws.signIn.title')}>
        <h1>{t('ws.signIn.title')}</h1>
        <p class="lead">{t('ws.signIn.intro')}</p>
        <ErrorSummary frame={frame} errors={ssoError ? [ssoError, ...errors] : errors} />
        {providers.length > 0 ? (
          <section aria-labelledby="sso-heading">
            <h2 id="sso-heading">{t('ws.signIn.ssoHeading')}</h2>
            <ul class="plain">
              {providers.map((p) => (
                <li>
                  <a class="button" href={`${WORKSPACE_BASE}/sso/${p.id}?till=${encodeURIComponent(till)}`}>
                    {t('ws.signIn.sso', { name: p.name })}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        ) : (
          ''
        )}
        <section aria-labelledby="local-heading">
          {providers.length > 0 ? <h2 id="local-heading">{t('ws.signIn.localHeading')}</h2> : <h2 id="local-heading" class="visually-hidden">{t('ws.signIn.localHeading')}</h2>}
          <form method="post" action={`${WORKSPACE_BASE}/logga-in`} class="stack narrow">
            <CsrfField frame={frame} />
            <input type="hidden" name="till" value={till} />
            <EmailField frame={frame} value={values.email ?? ''} />
            <div class="field">
              <label for="password">{t('ws.signIn.password')}</label>
              <input id="password" name="password" type="password" autocomplete="current-password" required />
            </div>
            <p>
              <button type="submit">{t('ws.signIn.submit')}</button>
            </p>
          </form>
          <p>
            <a href={`${WORKSPACE_BASE}/losenord`}>{t('ws.signIn.forgot')}</a>
          </p>
        </section>
      </WorkspaceLayout>,
    ),
    status,
  );
}

staffPage(signInPages, `${WORKSPACE_BASE}/logga-in`, 'public', async (c) => {
  const till = c.req.query('till');
  if (c.get('actor').kind === 'user') return c.redirect(safeReturnPath(till), 303);
  return renderSignIn(c, { till }, []);
});

staffForm(signInPages, `${WORKSPACE_BASE}/logga-in`, 'public', async (c) => {
  const form = await c.req.parseBody();
  await assertFormToken(c, form._csrf);
  const email = postedEmail(form);
  const password = typeof form.password === 'string' ? form.password.slice(0, 1000) : '';
  const till = typeof form.till === 'string' ? form.till : undefined;
  if (!email || !password) {
    return renderSignIn(c, { email, till }, [workspaceFrame(c).t('ws.signIn.missing')], 400);
  }
  try {
    const { db } = c.get('services');
    const result = await signInWithinLimits(db, c.get('tenant').id, clientIp(c), email, password);
    const previous = getCookie(c, SESSION_COOKIE);
    if (previous) await deleteSession(db, c.get('tenant').id, previous);
    setSessionCookie(c, result.token);
    return c.redirect(safeReturnPath(till), 303);
  } catch (error) {
    if (error instanceof AppError && ['invalid_credentials', 'locked', 'rate_limited'].includes(error.code)) {
      if (error.code === 'rate_limited') c.header('Retry-After', String(error.details?.retryAfterSeconds ?? 60));
      return renderSignIn(c, { email, till }, [error.message], error.status as 401 | 423 | 429);
    }
    throw error;
  }
});

staffForm(signInPages, `${WORKSPACE_BASE}/logga-ut`, 'signed-in', async (c) => {
  const token = getCookie(c, SESSION_COOKIE);
  if (token) await deleteSession(c.get('services').db, c.get('tenant').id, token);
  clearSessionCookie(c);
  return c.redirect(withNotice(`${WORKSPACE_BASE}/logga-in`, 'signedOut'), 303);
});
