/** The workspace start page: who you are, what you may do, and where each day's work starts. */
import { Hono } from 'hono';
import { can } from '../auth/permissions.ts';
import type { RoleGrant } from '../auth/roles.ts';
import type { AppEnv } from '../http/context.ts';
import type { Translate } from '../i18n/messages.ts';
import { listOrganisations, listParties } from '../organisations/organisation.store.ts';
import { staffPage, WORKSPACE_BASE } from './staff-routes.ts';
import { workspaceFrame } from './workspace-frame.ts';
import { htmlDocument } from '../pages/layout.tsx';
import { WorkspaceLayout } from './workspace-layout.tsx';

export const homePages = new Hono<AppEnv>();

/** "Rapportör för Stadsledningskontoret", "Administratör". */
export function describeGrant(t: Translate, grant: RoleGrant, names: Map<string, string>): string {
  const role = t(`role.${grant.role}`);
  const scopeId = grant.organisationId ?? grant.partyId;
  return scopeId ? t('ws.role.scoped', { role, scope: names.get(scopeId) ?? scopeId }) : role;
}

export async function scopeNames(db: Parameters<typeof listOrganisations>[0], tenantId: string): Promise<Map<string, string>> {
  const [organisations, parties] = [await listOrganisations(db, tenantId), await listParties(db, tenantId)];
  return new Map([...organisations.map((o) => [o.id, o.name] as const), ...parties.map((p) => [p.id, `${p.name} (${p.abbreviation})`] as const)]);
}

/** Areas of the workspace, each shown to those whose role can use it. */
export interface WorkArea {
  href: string;
  title: string;
  text: string;
  show: boolean;
}

/** Feature pages add their areas here (reports, cycles, matters) as they land. */
export const WORK_AREAS: Array<(frame: ReturnType<typeof workspaceFrame>) => WorkArea> = [
  (f) => ({ href: `${WORKSPACE_BASE}/rapporter`, title: f.t('ws.nav.myReports'), text: f.t('ws.home.reporter'), show: can(f.actor, 'report.edit') }),
  (f) => ({ href: `${WORKSPACE_BASE}/uppfoljning`, title: f.t('ws.nav.cycles'), text: f.t('ws.home.controller'), show: can(f.actor, 'cycle.manage') }),
  (f) => ({ href: `${WORKSPACE_BASE}/arenden`, title: f.t('ws.nav.matters'), text: can(f.actor, 'matter.manage') ? f.t('ws.home.secretary') : f.t('ws.home.partySecretary'), show: can(f.actor, 'motion.file') }),
  (f) => ({ href: `${WORKSPACE_BASE}/admin`, title: f.t('ws.nav.admin'), text: f.t('ws.home.admin'), show: can(f.actor, 'user.manage') }),
  (f) => ({ href: `${WORKSPACE_BASE}/andringslogg`, title: f.t('ws.nav.auditLog'), text: f.t('ws.home.auditor'), show: can(f.actor, 'audit-log.read') }),
];

staffPage(homePages, WORKSPACE_BASE, 'signed-in', async (c) => {
  const frame = workspaceFrame(c);
  const { t } = frame;
  const names = await scopeNames(c.get('services').db, c.get('tenant').id);
  const areas = WORK_AREAS.map((area) => area(frame)).filter((a) => a.show);
  return c.html(
    htmlDocument(
      <WorkspaceLayout frame={frame} title={t('ws.home.title')}>
        <h1>{t('ws.home.title')}</h1>
        <p class="lead">{t('ws.home.intro')}</p>
        <h2>{t('ws.roles')}</h2>
        {frame.grants.length > 0 ? (
          <ul>
            {frame.grants.map((g) => (
              <li>{describeGrant(t, g, names)}</li>
            ))}
          </ul>
        ) : (
          <p>{t('ws.home.noRoles')}</p>
        )}
        {areas.length > 0 ? (
          <ul class="cards">
            {areas.map((a) => (
              <li class="card">
                <h2 class="card-title">
                  <a href={a.href}>{a.title}</a>
                </h2>
                <p>{a.text}</p>
              </li>
            ))}
          </ul>
        ) : (
          ''
        )}
      </WorkspaceLayout>,
    ),
  );
});
