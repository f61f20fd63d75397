import type { Child } from 'hono/jsx';
import type { Translate } from '../i18n/messages.ts';
import type { Locale } from '../i18n/messages.ts';

export interface PageFrame {
  t: Translate;
  locale: Locale;
  tenantName: string;
  /** Path of the current page, to mark the current menu item. */
  path: string;
  signedIn: boolean;
}

const NAV: Array<{ href: string; key: Parameters<Translate>[0] }> = [
  { href: '/', key: 'nav.start' },
  { href: '/mal', key: 'nav.goals' },
  { href: '/uppdrag', key: 'nav.assignments' },
];

/** The frame of every page: skip link, header with menu, main landmark, footer. */
export function Layout(props: { frame: PageFrame; title: string; children: Child }) {
  const { t, locale, tenantName, path } = props.frame;
  const other = locale === 'sv' ? 'en' : 'sv';
  return (
    <html lang={locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} – ${tenantName} – ${t('app.name')}`}</title>
        <link rel="stylesheet" href="/assets/site.css" />
      </head>
      <body>
        <a class="skip-link" href="#main">
          {t('nav.skip')}
        </a>
        <header class="site-header">
          <div class="wrap">
            <p class="brand">
              <a href="/">
                <span class="brand-name">{t('app.name')}</span> <span class="brand-tenant">{tenantName}</span>
              </a>
            </p>
            <nav aria-label={t('nav.main')}>
              <ul class="menu">
                {NAV.map((item) => {
                  const current = item.href === '/' ? path === '/' : path.startsWith(item.href);
                  return (
                    <li>
                      <a href={item.href} aria-current={current ? 'page' : undefined}>
                        {t(item.key)}
                      </a>
                    </li>
                  );
                })}
                <li>
                  <a href={`?lang=${other}`} lang={other} hreflang={other}>
                    {t('nav.language')}
                  </a>
                </li>
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" class="wrap" tabindex={-1}>
          {props.children}
        </main>
        <footer class="site-footer">
          <div class="wrap">
            <p>
              <a href="/api/openapi.json">{t('footer.api')}</a>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
