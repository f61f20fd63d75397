import type { Context } from 'hono';
import type { AppEnv } from '../http/context.ts';
import type { AppError } from '../http/errors.ts';
import { translator } from '../i18n/messages.ts';
import { Layout, type PageFrame } from './layout.tsx';

/** HTML error page for browsers; API clients get the JSON error body instead. */
export function renderErrorPage(c: Context<AppEnv>, error: AppError) {
  const locale = c.get('locale') ?? 'sv';
  const t = translator(locale);
  const frame: PageFrame = { t, locale, tenantName: c.get('tenant')?.name ?? 'Uppsikt', path: c.req.path, signedIn: false };
  const title = error.code === 'not_found' ? t('error.notFound') : t('error.title');
  return (
    '<!doctype html>' +
    (
      <Layout frame={frame} title={title}>
        <h1>{title}</h1>
        <p>{error.message}</p>
        <p>
          <a href="/">{t('error.back')}</a>
        </p>
      </Layout>
    ).toString()
  );
}
