import type { Child } from 'hono/jsx';
import { can, type Action } from '../auth/permissions.ts';
import { Breadcrumbs, DocumentHead, languageHref, MenuLinks, SkipLink, type NavItem } from '../pages/layout.tsx';
import type { WorkspaceFrame } from './workspace-frame.ts';
import { WORKSPACE_BASE } from './staff-routes.ts';

interface MenuItem extends NavItem {
  /** Shown only to those the server would let in. */
  permission?: Action;
}

/** The workspace menu; each item appears only for roles that can use the page behind it. */
export const WORKSPACE_MENU: MenuItem[] = [
  { href: WORKSPACE_BASE, key: 'ws.nav.home' },
  { href: `${WORKSPACE_BASE}/rapporter`, key: 'ws.nav.myReports', permission: 'report.edit' },
  { href: `${WORKSPACE_BASE}/uppfoljning`, key: 'ws.nav.cycles', permission: 'cycle.manage' },
  { href: `${WORKSPACE_BASE}/arenden`, key: 'ws.nav.matters', permission: 'motion.file' },
  { href: `${WORKSPACE_BASE}/admin`, key: 'ws.nav.admin', permission: 'user.manage' },
  { href: `${WORKSPACE_BASE}/andringslogg`, key: 'ws.nav.auditLog', permission: 'audit-log.read' },
  { href: `${WORKSPACE_BASE}/arbeten`, key: 'ws.nav.jobs' },
];

/** Hidden field with the form's CSRF token; every workspace form carries one. */
export function CsrfField(props: { frame: WorkspaceFrame }) {
  return <input type="hidden" name="_csrf" value={props.frame.csrfToken} />;
}

/** A list of what is wrong with a submitted form, announced and focusable. */
export function ErrorSummary(props: { frame: WorkspaceFrame; errors: string[] }) {
  if (props.errors.length === 0) return <></>;
  return (
    <div class="error-summary" role="alert" tabindex={-1} id="error-summary">
      <h2>{props.frame.t('ws.errorSummary')}</h2>
      <ul>
        {props.errors.map((e) => (
          <li>{e}</li>
        ))}
      </ul>
    </div>
  );
}

export interface WorkspaceLayoutProps {
  frame: WorkspaceFrame;
  title: string;
  children: Child;
  /** Seconds until the page reloads itself (progress pages without JavaScript). */
  refreshSeconds?: number;
  breadcrumbs?: Array<{ href: string; label: string }>;
}

/** The frame of every workspace page: skip link, staff header and menu, main landmark. */
export function WorkspaceLayout(props: WorkspaceLayoutProps) {
  const { frame } = props;
  const { t, locale, tenantName, path, actor } = frame;
  const other = locale === 'sv' ? 'en' : 'sv';
  const menu = WORKSPACE_MENU.filter((item) => actor.kind === 'user' && (!item.permission || can(actor, item.permission)));
  return (
    <html lang={locale}>
      <DocumentHead title={`${props.title} – ${t('ws.name')} – ${tenantName} – ${t('app.name')}`} refreshSeconds={props.refreshSeconds}>
        <link rel="stylesheet" href={`${WORKSPACE_BASE}/assets/workspace.css`} />
        <script src={`${WORKSPACE_BASE}/assets/workspace.js`} defer></script>
      </DocumentHead>
      <body class="workspace">
        <SkipLink t={t} />
        <header class="site-header ws-header">
          <div class="wrap">
            <p class="brand">
              <a href={WORKSPACE_BASE}>
                <span class="brand-name">{t('app.name')}</span> <span class="brand-tenant">{`${t('ws.name')} · ${tenantName}`}</span>
              </a>
            </p>
            {actor.kind === 'user' ? (
              <form method="post" action={`${WORKSPACE_BASE}/logga-ut`} class="ws-user">
                <span>{t('ws.signedInAs', { name: actor.name })}</span> <CsrfField frame={frame} />
                <button type="submit" class="button-secondary">
                  {t('ws.signOut')}
                </button>
              </form>
            ) : (
              ''
            )}
          </div>
          <nav aria-label={t('ws.menu')} class="wrap">
            <ul class="menu">
              {menu.length > 0 ? <MenuLinks t={t} items={menu} path={path} home={WORKSPACE_BASE} /> : ''}
              <li>
                <a href="/">{t('ws.nav.publicSite')}</a>
              </li>
              <li class="menu-language">
                <a href={languageHref(frame, other)} lang={other} hreflang={other}>
                  {t('nav.language')}
                </a>
              </li>
            </ul>
          </nav>
        </header>
        <main id="main" class="wrap" tabindex={-1}>
          <Breadcrumbs label={t('ws.breadcrumbs')} items={props.breadcrumbs} />
          {frame.notice ? (
            <p class="notice" role="status">
              {t(`ws.notice.${frame.notice}`)}
            </p>
          ) : (
            ''
          )}
          {props.children}
        </main>
      </body>
    </html>
  );
}
