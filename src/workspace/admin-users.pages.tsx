/** The administrator's accounts: list, create, edit, switch off, grants, reset links. */
import { Hono, type Context } from 'hono';
import { sendResetLinkTo } from '../auth/password-reset.commands.ts';
import { addRoleGrant, createUserAccount, removeRoleGrant, updateUserAccount } from '../auth/user-admin.commands.ts';
import { findUserAccount, listUsers, type UserAccount } from '../auth/user-admin.store.ts';
import type { AppEnv } from '../http/context.ts';
import { AppError, notFound } from '../http/errors.ts';
import { listOrganisations, listParties } from '../organisations/organisation.store.ts';
import { GrantFields, grantInput, RemoveGrantButton } from './grant-fields.tsx';
import { answerForm, formsAbout, isUuid, readForm, text, transact, type FormValues } from './form-input.ts';
import { describeGrant, scopeNames } from './home.pages.tsx';
import { staffForm, staffPage, WORKSPACE_BASE } from './staff-routes.ts';
import { workspaceFrame, withNotice, type WorkspaceFrame } from './workspace-frame.ts';
import { htmlDocument } from '../pages/layout.tsx';
import { ScrollRegion } from '../pages/scroll-region.tsx';
import { CsrfField, ErrorSummary, WorkspaceLayout } from './workspace-layout.tsx';

export const adminUserPages = new Hono<AppEnv>();

const ADMIN = `${WORKSPACE_BASE}/admin`;
const USERS = `${ADMIN}/personer`;

function StatusText(props: { frame: WorkspaceFrame; user: UserAccount }) {
  return <>{props.user.active ? props.frame.t('ws.admin.user.active') : props.frame.t('ws.admin.user.inactive')}</>;
}

staffPage(adminUserPages, ADMIN, 'user.manage', (c) => {
  const frame = workspaceFrame(c);
  const { t } = frame;
  return c.html(
    htmlDocument(
      <WorkspaceLayout frame={frame} title={t('ws.admin.title')}>
        <h1>{t('ws.admin.title')}</h1>
        <ul class="cards">
          <li class="card">
            <h2 class="card-title">
              <a href={USERS}>{t('ws.admin.users')}</a>
            </h2>
          </li>
          <li class="card">
            <h2 class="card-title">
              <a href={`${ADMIN}/organisationer`}>{t('ws.admin.organisations')}</a>
            </h2>
          </li>
          <li class="card">
            <h2 class="card-title">
              <a href={`${WORKSPACE_BASE}/ledamoter`}>{t('ws.members.title')}</a>
            </h2>
          </li>
          <li class="card">
            <h2 class="card-title">
              <a href={`${ADMIN}/inloggning`}>{t('ws.admin.sso')}</a>
            </h2>
          </li>
          <li class="card">
            <h2 class="card-title">
              <a href={`${WORKSPACE_BASE}/andringslogg`}>{t('ws.nav.auditLog')}</a>
            </h2>
          </li>
        </ul>
      </WorkspaceLayout>,
    ),
  );
});

async function renderUsers(c: Context<AppEnv>, errors: string[] = [], values: FormValues = {}, status = 200) {
  const frame = workspaceFrame(c);
  const { t } = frame;
  const { db } = c.get('services');
  const tenantId = c.get('tenant').id;
  const [users, names, organisations, parties] = [await listUsers(db, tenantId), await scopeNames(db, tenantId), await listOrganisations(db, tenantId), await listParties(db, tenantId)];
  return c.html(
    htmlDocument(
      <WorkspaceLayout frame={frame} title={t('ws.admin.users')} breadcrumbs={[{ href: ADMIN, label: t('ws.admin.title') }]}>
        <h1>{t('ws.admin.users')}</h1>
        <ScrollRegion label={t('ws.section.table')}>
          <table>
            <caption class="visually-hidden">{t('ws.admin.users')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ws.admin.user.name')}</th>
                <th scope="col">{t('ws.admin.user.email')}</th>
                <th scope="col">{t('ws.admin.user.status')}</th>
                <th scope="col">{t('ws.admin.user.grants')}</th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => (
                <tr>
                  <td>
                    <a href={`${USERS}/${u.id}`}>{u.name}</a>
                  </td>
                  <td>{u.email}</td>
                  <td>
                    <StatusText frame={frame} user={u} />
                  </td>
                  <td>{u.grants.map((g) => describeGrant(t, g, names)).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
        <h2 id="new-user">{t('ws.admin.user.new')}</h2>
        <ErrorSummary frame={frame} errors={errors} />
        <form method="post" action={USERS} class="stack narrow" aria-labelledby="new-user">
          <CsrfField frame={frame} />
          <p class="hint">{t('ws.admin.user.createHint')}</p>
          <div class="field">
            <label for="u-name">{t('ws.admin.user.name')}</label>
            <input id="u-name" name="name" required autocomplete="off" value={text(values, 'name')} />
          </div>
          <div class="field">
            <label for="u-email">{t('ws.admin.user.email')}</label>
            <input id="u-email" name="email" type="email" required autocomplete="off" value={text(values, 'email')} />
          </div>
          <GrantFields frame={frame} idPrefix="u" organisations={organisations} parties={parties} />
          <p>
            <button type="submit">{t('ws.admin.user.create')}</button>
          </p>
        </form>
      </WorkspaceLayout>,
    ),
    status as 200,
  );
}

staffPage(adminUserPages, USERS, 'user.manage', (c) => renderUsers(c));

staffForm(adminUserPages, USERS, 'user.manage', async (c) => {
  const form = await readForm(c);
  return answerForm(
    c,
    async () => {
      const email = text(form, 'email');
      const name = text(form, 'name');
      if (!email.includes('@') || !name) throw new AppError('invalid_input', 'Fyll i namn och en e-postadress.');
      const created = await c.get('services').db.transaction().execute((trx) =>
        createUserAccount(trx, c.get('actor'), c.get('tenant').id, { email, name, grants: [grantInput(form)] }),
      );
      return c.redirect(withNotice(`${USERS}/${created.id}`, 'created'), 303);
    },
    (errors, status) => renderUsers(c, errors, form, status),
  );
});

async function renderUser(c: Context<AppEnv>, errors: string[] = [], status = 200) {
  const id = c.req.param('id') ?? '';
  const { db } = c.get('services');
  const tenantId = c.get('tenant').id;
  const user = isUuid(id) ? await findUserAccount(db, tenantId, id) : undefined;
  if (!user) throw notFound('Kontot');
  const frame = workspaceFrame(c);
  const { t } = frame;
  const [names, organisations, parties] = [await scopeNames(db, tenantId), await listOrganisations(db, tenantId), await listParties(db, tenantId)];
  const base = `${USERS}/${user.id}`;
  return c.html(
    htmlDocument(
      <WorkspaceLayout
        frame={frame}
        title={user.name}
        breadcrumbs={[
          { href: ADMIN, label: t('ws.admin.title') },
          { href: USERS, label: t('ws.admin.users') },
        ]}
      >
        <h1>{user.name}</h1>
        <ErrorSummary frame={frame} errors={errors} />
        <dl class="facts">
          <dt>{t('ws.admin.user.email')}</dt>
          <dd>{user.email}</dd>
          <dt>{t('ws.admin.user.status')}</dt>
          <dd>
            <StatusText frame={frame} user={user} />
          </dd>
          {user.externalSubject ? (
            <>
              <dt>{t('ws.admin.sso')}</dt>
              <dd>{user.externalSubject}</dd>
            </>
          ) : (
            ''
          )}
        </dl>
        <form method="post" action={base} class="stack narrow">
          <CsrfField frame={frame} />
          <div class="field">
            <label for="e-name">{t('ws.admin.user.name')}</label>
            <input id="e-name" name="name" required value={user.name} />
          </div>
          <div class="field">
            <label for="e-email">{t('ws.admin.user.email')}</label>
            <input id="e-email" name="email" type="email" required value={user.email} />
          </div>
          <p>
            <button type="submit">{t('ws.save')}</button>
          </p>
        </form>
        <div class="actions">
          <form method="post" action={`${base}/status`}>
            <CsrfField frame={frame} />
            <input type="hidden" name="active" value={user.active ? 'false' : 'true'} />
            <button type="submit">{user.active ? t('ws.admin.user.deactivate') : t('ws.admin.user.activate')}</button>
          </form>
          {user.active ? (
            <form method="post" action={`${base}/aterstallning`}>
              <CsrfField frame={frame} />
              <button type="submit" aria-describedby="reset-hint">
                {t('ws.admin.user.resetLink')}
              </button>{' '}
              <span class="hint" id="reset-hint">
                {t('ws.admin.user.resetLinkHint')}
              </span>
            </form>
          ) : (
            ''
          )}
        </div>
        <h2>{t('ws.admin.user.grants')}</h2>
        {user.grants.length === 0 ? (
          <p>{t('ws.home.noRoles')}</p>
        ) : (
          <ul>
            {user.grants.map((g) => {
              const label = describeGrant(t, g, names);
              return (
                <li>
                  {label}
                  {g.source === 'oidc' ? ` (${t('ws.admin.grant.fromSso')})` : ''}{' '}
                  <RemoveGrantButton frame={frame} action={`${base}/behorigheter/${g.id}/ta-bort`} label={label} />
                </li>
              );
            })}
          </ul>
        )}
        <h3 id="add-grant">{t('ws.admin.grant.add')}</h3>
        <form method="post" action={`${base}/behorigheter`} class="stack narrow" aria-labelledby="add-grant">
          <CsrfField frame={frame} />
          <GrantFields frame={frame} idPrefix="g" organisations={organisations} parties={parties} />
          <p>
            <button type="submit">{t('ws.admin.grant.add')}</button>
          </p>
        </form>
      </WorkspaceLayout>,
    ),
    status as 200,
  );
}

staffPage(adminUserPages, `${USERS}/:id`, 'user.manage', (c) => renderUser(c));

/** Every form on the account page: run the command, come back with a notice or the error. */
const userForm = formsAbout(adminUserPages, USERS, 'Kontot', (c, errors, status) => renderUser(c, errors, status));

userForm(
  '',
  'user.manage',
  (c, id, form) => transact(c, (trx) => updateUserAccount(trx, c.get('actor'), c.get('tenant').id, id, { name: text(form, 'name'), email: text(form, 'email') })),
  'saved',
);
userForm('/status', 'user.manage', (c, id, form) => transact(c, (trx) => updateUserAccount(trx, c.get('actor'), c.get('tenant').id, id, { active: text(form, 'active') === 'true' })), 'saved');
userForm('/behorigheter', 'user.manage', (c, id, form) => transact(c, (trx) => addRoleGrant(trx, c.get('actor'), c.get('tenant').id, id, grantInput(form))), 'saved');
staffForm(adminUserPages, `${USERS}/:id/behorigheter/:grantId/ta-bort`, 'user.manage', async (c) => {
  const id = c.req.param('id') ?? '';
  const grantId = c.req.param('grantId') ?? '';
  if (!isUuid(id) || !isUuid(grantId)) throw notFound('Behörigheten');
  return answerForm(
    c,
    async () => {
      await transact(c, (trx) => removeRoleGrant(trx, c.get('actor'), c.get('tenant').id, id, grantId));
      return c.redirect(withNotice(`${USERS}/${id}`, 'removed'), 303);
    },
    (errors, status) => renderUser(c, errors, status),
  );
});
userForm(
  '/aterstallning',
  'user.manage',
  (c, id) => {
    const { config, log } = c.get('services');
    return transact(c, (trx) => sendResetLinkTo(trx, c.get('actor'), c.get('tenant').id, id, { publicUrl: config.publicUrl, log }));
  },
  'sent',
);
