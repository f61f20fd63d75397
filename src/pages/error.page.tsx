import type { Context } from 'hono';
import type { AppEnv } from '../http/context.ts';
import type { AppError } from '../http/errors.ts';
import { translator, type MessageKey } from '../i18n/messages.ts';
import { Layout, type PageFrame } from './layout.tsx';

const EXPLAINED = ['not_found', 'unauthenticated', 'forbidden', 'invalid_input', 'rate_limited'] as const;

function explanationKey(error: AppError): MessageKey {
  const code = EXPLAINED.find((c) => c === error.code);
  return code ? `error.explain.${code}` : 'error.explain.other';
}

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
        {locale === 'sv' ? (
          <p>{error.message}</p>
        ) : (
          // The errors' own messages are Swedish: English gets what the code means, and the details where they add something.
          <>
            <p>{t(explanationKey(error))}</p>
            {error.code === 'not_found' ? (
              ''
            ) : (
              <p>
                {t('error.detailsInSwedish')} <span lang="sv">{error.message}</span>
              </p>
            )}
          </>
        )}
        <p>
          <a href="/">{t('error.back')}</a>
        </p>
      </Layout>
    ).toString()
  );
}
