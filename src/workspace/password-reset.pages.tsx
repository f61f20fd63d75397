/** "Forgot your password?": ask for a one-time link, then choose a new password through it. */
import { Hono, type Context } from 'hono';
import { clientIp } from '../auth/client-ip.ts';
import { completePasswordReset, requestPasswordReset, resetLinkIsUsable } from '../auth/password-reset.commands.ts';
import { assertFormToken, formToken } from '../auth/pre-session-csrf.ts';
import { attemptKeys, RESET_LIMITS, takeAttempt } from '../auth/sign-in-limits.ts';
import type { AppEnv } from '../http/context.ts';
import { AppError } from '../http/errors.ts';
import { EmailField, postedEmail } from './sign-in.pages.tsx';
import { staffForm, staffPage, WORKSPACE_BASE } from './staff-routes.ts';
import { workspaceFrame, withNotice } from './workspace-frame.ts';
import { htmlDocument } from '../pages/layout.tsx';
import { CsrfField, ErrorSummary, WorkspaceLayout } from './workspace-layout.tsx';

export const passwordResetPages = new Hono<AppEnv>();

const REQUEST_PATH = `${WORKSPACE_BASE}/losenord`;
const NEW_PATH = `${WORKSPACE_BASE}/losenord/nytt`;

async function renderRequest(c: Context<AppEnv>, sent: boolean, errors: string[] = [], status: 200 | 429 = 200) {
  const frame = workspaceFrame(c, await formToken(c));
  const { t } = frame;
  return c.html(
    htmlDocument(
      <WorkspaceLayout frame={frame} title={t('ws.reset.title')}>
        <h1>{t('ws.reset.title')}</h1>
        <ErrorSummary frame={frame} errors={errors} />
        {sent ? (
          <p class="notice" role="status">
            {t('ws.reset.sent')}
          </p>
        ) : (
          <>
            <p>{t('ws.reset.intro')}</p>
            <form method="post" action={REQUEST_PATH} class="stack narrow">
              <CsrfField frame={frame} />
              <EmailField frame={frame} />
              <p>
                <button type="submit">{t('ws.reset.submit')}</button>
              </p>
            </form>
          </>
        )}
        <p>
          <a href={`${WORKSPACE_BASE}/logga-in`}>{t('ws.signIn.title')}</a>
        </p>
      </WorkspaceLayout>,
    ),
    status,
  );
}

staffPage(passwordResetPages, REQUEST_PATH, 'public', (c) => renderRequest(c, false));

staffForm(passwordResetPages, REQUEST_PATH, 'public', async (c) => {
  const form = await c.req.parseBody();
  await assertFormToken(c, form._csrf);
  const email = postedEmail(form);
  const { db, config, log } = c.get('services');
  const tenantId = c.get('tenant').id;
  try {
    if (email) {
      await takeAttempt(db, tenantId, attemptKeys('reset', clientIp(c), email), RESET_LIMITS);
      await db.transaction().execute((trx) => requestPasswordReset(trx, tenantId, email, { publicUrl: config.publicUrl, log }));
    }
  } catch (error) {
    if (error instanceof AppError && error.code === 'rate_limited') return renderRequest(c, false, [error.message], 429);
    throw error;
  }
  return renderRequest(c, true);
});

async function renderNew(c: Context<AppEnv>, token: string, errors: string[], status: 200 | 400 = 200) {
  const frame = workspaceFrame(c, await formToken(c));
  const { t } = frame;
  const usable = token ? await resetLinkIsUsable(c.get('services').db, c.get('tenant').id, token) : false;
  return c.html(
    htmlDocument(
      <WorkspaceLayout frame={frame} title={t('ws.reset.newTitle')}>
        <h1>{t('ws.reset.newTitle')}</h1>
        <ErrorSummary frame={frame} errors={errors} />
        {usable ? (
          <form method="post" action={NEW_PATH} class="stack narrow">
            <CsrfField frame={frame} />
            <input type="hidden" name="token" value={token} />
            <div class="field">
              <label for="password">{t('ws.reset.newPassword')}</label>
              <p class="hint" id="password-hint">
                {t('ws.reset.newPasswordHint')}
              </p>
              <input id="password" name="password" type="password" autocomplete="new-password" required minlength={12} aria-describedby="password-hint" />
            </div>
            <div class="field">
              <label for="repeated">{t('ws.reset.repeat')}</label>
              <input id="repeated" name="repeated" type="password" autocomplete="new-password" required />
            </div>
            <p>
              <button type="submit">{t('ws.reset.save')}</button>
            </p>
          </form>
        ) : (
          <p>
            {t('ws.reset.invalid')} <a href={REQUEST_PATH}>{t('ws.reset.again')}</a>
          </p>
        )}
      </WorkspaceLayout>,
    ),
    status,
  );
}

staffPage(passwordResetPages, NEW_PATH, 'public', (c) => renderNew(c, c.req.query('token') ?? '', []));

staffForm(passwordResetPages, NEW_PATH, 'public', async (c) => {
  const form = await c.req.parseBody();
  await assertFormToken(c, form._csrf);
  const str = (k: string) => (typeof form[k] === 'string' ? (form[k] as string) : '');
  const token = str('token');
  const { db } = c.get('services');
  try {
    await db.transaction().execute((trx) => completePasswordReset(trx, c.get('tenant').id, token, str('password'), str('repeated')));
  } catch (error) {
    if (error instanceof AppError && error.code === 'invalid_input') return renderNew(c, token, [error.message], 400);
    throw error;
  }
  return c.redirect(withNotice(`${WORKSPACE_BASE}/logga-in`, 'passwordChanged'), 303);
});
