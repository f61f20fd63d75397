import type { Child } from 'hono/jsx';
import type { Locale, MessageKey, Translate } from '../i18n/messages.ts';

export interface PageFrame {
  t: Translate;
  locale: Locale;
  tenantName: string;
  /** Path of the current page, to mark the current menu item. */
  path: string;
  signedIn: boolean;
  /** Query string of the current page (with `?`), kept when switching language. */
  search?: string;
}

export interface NavItem {
  href: string;
  key: MessageKey;
}

/** The public menu (search has its own form in the header). */
export const NAV: NavItem[] = [
  { href: '/', key: 'nav.start' },
  { href: '/mal', key: 'nav.goals' },
  { href: '/uppdrag', key: 'nav.assignments' },
  { href: '/rapporter', key: 'nav.reports' },
  { href: '/arenden', key: 'nav.matters' },
  { href: '/sammantraden', key: 'nav.meetings' },
  { href: '/anslagstavla', key: 'nav.noticeBoard' },
  { href: '/organisationer', key: 'nav.organisations' },
];

/** Links in the footer: the site's fine print. */
export const FOOTER_NAV: NavItem[] = [
  { href: '/oppna-data', key: 'nav.openData' },
  { href: '/tillganglighet', key: 'nav.accessibility' },
];

export interface FeedLink {
  href: string;
  title: string;
}

export interface LayoutProps {
  frame: PageFrame;
  title: string;
  children: Child;
  /** Atom feeds of the page, announced to feed readers in <head>. */
  feeds?: FeedLink[];
  /** Trail of parent pages, shown above the heading. */
  breadcrumbs?: Array<{ href: string; label: string }>;
}

/** Link to the same page in the other language, keeping the page's query. */
/** This page in the other language (the choice is remembered in a cookie, see page-context.ts). */
export function languageHref(frame: PageFrame, other: Locale): string {
  const params = new URLSearchParams(frame.search ?? '');
  params.set('lang', other);
  return `${frame.path}?${params.toString()}`;
}

/** Is `href` the page at `path` or one above it? The start page (`home`) only for itself. */
export function isCurrent(href: string, path: string, home = '/'): boolean {
  return href === home ? path === home : path === href || path.startsWith(`${href}/`);
}

/** The head of every page; `children` adds the page's own links after the site's stylesheet. */
export function DocumentHead(props: { title: string; refreshSeconds?: number | undefined; children?: Child }) {
  return (
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      {props.refreshSeconds ? <meta http-equiv="refresh" content={String(props.refreshSeconds)} /> : ''}
      <title>{props.title}</title>
      <link rel="stylesheet" href="/assets/site.css" />
      {props.children}
    </head>
  );
}

export function SkipLink(props: { t: Translate }) {
  return (
    <a class="skip-link" href="#main">
      {props.t('nav.skip')}
    </a>
  );
}

/** Menu entries as list items, the current page's marked for screen readers. */
export function MenuLinks(props: { t: Translate; items: NavItem[]; path: string; home?: string }) {
  const { t, path } = props;
  return (
    <>
      {props.items.map((item) => (
        <li>
          <a href={item.href} aria-current={isCurrent(item.href, path, props.home) ? 'page' : undefined}>
            {t(item.key)}
          </a>
        </li>
      ))}
    </>
  );
}

export function Breadcrumbs(props: { label: string; items: Array<{ href: string; label: string }> | undefined }) {
  if (!props.items || props.items.length === 0) return <></>;
  return (
    <nav aria-label={props.label} class="breadcrumbs">
      <ol>
        {props.items.map((b) => (
          <li>
            <a href={b.href}>{b.label}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** The frame of every page: skip link, header with menu and search, main landmark, footer. */
export function Layout(props: LayoutProps) {
  const { frame } = props;
  const { t, locale, tenantName, path } = frame;
  const other: Locale = locale === 'sv' ? 'en' : 'sv';
  return (
    <html lang={locale}>
      <DocumentHead title={`${props.title} – ${tenantName} – ${t('app.name')}`}>
        {(props.feeds ?? []).map((f) => (
          <link rel="alternate" type="application/atom+xml" href={f.href} title={f.title} />
        ))}
      </DocumentHead>
      <body>
        <SkipLink t={t} />
        <header class="site-header">
          <div class="wrap">
            <p class="brand">
              <a href="/">
                <span class="brand-name">{t('app.name')}</span> <span class="brand-tenant">{tenantName}</span>
              </a>
            </p>
            <form class="site-search" method="get" action="/sok" role="search" aria-label={t('search.site')}>
              <label class="visually-hidden" for="site-q">
                {t('search.label')}
              </label>
              <input id="site-q" name="q" type="search" />
              <button type="submit">{t('nav.search')}</button>
            </form>
          </div>
          <nav aria-label={t('nav.main')} class="wrap">
            <ul class="menu">
              <MenuLinks t={t} items={NAV} path={path} />
              <li class="menu-language">
                <a href={languageHref(frame, other)} lang={other} hreflang={other}>
                  {t('nav.language')}
                </a>
              </li>
              <li>
                {/* Staff find their way to the workspace from every public page. */}
                <a href={frame.signedIn ? '/arbete' : '/arbete/logga-in'}>{t(frame.signedIn ? 'nav.workspace' : 'nav.signIn')}</a>
              </li>
            </ul>
          </nav>
        </header>
        <main id="main" class="wrap" tabindex={-1}>
          <Breadcrumbs label={t('nav.breadcrumbs')} items={props.breadcrumbs} />
          {props.children}
        </main>
        <footer class="site-footer">
          <div class="wrap">
            <ul class="footer-links">
              <MenuLinks t={t} items={FOOTER_NAV} path={path} />
              <li>
                <a href="/api/openapi.json">{t('footer.api')}</a>
              </li>
            </ul>
            <p class="muted">{t('footer.publisher', { tenant: tenantName })}</p>
          </div>
        </footer>
      </body>
    </html>
  );
}

/** A complete HTML document string for a page component tree. */
export function htmlDocument(page: Child): string {
  return `<!doctype html>${String(page)}`;
}
