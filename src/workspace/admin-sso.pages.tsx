/** The administrator's single sign-on settings: providers and which groups give which role. */
import { Hono, type Context } from 'hono';
import { addGroupRole, createOidcProvider, editOidcProvider, removeGroupRole } from '../auth/oidc-provider.commands.ts';
import { findOidcProvider, listGroupRoles, listOidcProviders } from '../auth/oidc-provider.store.ts';
import type { AppEnv } from '../http/context.ts';
import { AppError, notFound } from '../http/errors.ts';
import { listOrganisations, listParties } from '../organisations/organisation.store.ts';
import { answerForm, formsAbout, isUuid, optional, readForm, text, transact, type FormValues } from './form-input.ts';
import { GrantFields, grantInput, RemoveGrantButton } from './grant-fields.tsx';
import { describeGrant, scopeNames } from './home.pages.tsx';
import { callbackUrl } from './sso.pages.ts';
import { staffForm, staffPage, WORKSPACE_BASE } from './staff-routes.ts';
import { workspaceFrame, withNotice, type WorkspaceFrame } from './workspace-frame.ts';
import { htmlDocument } from '../pages/layout.tsx';
import { CsrfField, ErrorSummary, WorkspaceLayout } from './workspace-layout.tsx';

export const adminSsoPages = new Hono<AppEnv>();

const ADMIN = `${WORKSPACE_BASE}/admin`;
const SSO = `${ADMIN}/inloggning`;

function providerInput(form: FormValues) {
  const name = text(form, 'name');
  const issuer = text(form, 'issuer');
  const clientId = text(form, 'clientId');
  if (name.length < 2 || !issuer || !clientId) throw new AppError('invalid_input', 'Fyll i namn, utfärdare och klient-id.');
  return {
    name,
    issuer,
    clientId,
    clientSecret: optional(form, 'clientSecret'),
    scopes: text(form, 'scopes') || 'openid email profile',
    groupsClaim: text(form, 'groupsClaim') || 'groups',
    enabled: text(form, 'enabled') === 'on',
  };
}

function ProviderFields(props: { frame: WorkspaceFrame; values: FormValues; hasSecret: boolean }) {
  const { t } = props.frame;
  const v = (name: string) => text(props.values, name);
  return (
    <>
      <div class="field">
        <label for="p-name">{t('ws.admin.sso.name')}</label>
        <input id="p-name" name="name" required value={v('name')} />
      </div>
      <div class="field">
        <label for="p-issuer">{t('ws.admin.sso.issuer')}</label>
        <input id="p-issuer" name="issuer" type="url" required value={v('issuer')} />
      </div>
      <div class="field">
        <label for="p-client">{t('ws.admin.sso.clientId')}</label>
        <input id="p-client" name="clientId" required autocomplete="off" value={v('clientId')} />
      </div>
      <div class="field">
        <label for="p-secret">{t('ws.admin.sso.clientSecret')}</label>
        {props.hasSecret ? (
          <p class="hint" id="p-secret-hint">
            {t('ws.admin.sso.clientSecretKeep')}
          </p>
        ) : (
          ''
        )}
        <input id="p-secret" name="clientSecret" type="password" autocomplete="new-password" aria-describedby={props.hasSecret ? 'p-secret-hint' : undefined} />
      </div>
      <div class="field">
        <label for="p-scopes">{t('ws.admin.sso.scopes')}</label>
        <input id="p-scopes" name="scopes" value={v('scopes') || 'openid email profile'} />
      </div>
      <div class="field">
        <label for="p-claim">{t('ws.admin.sso.groupsClaim')}</label>
        <input id="p-claim" name="groupsClaim" value={v('groupsClaim') || 'groups'} />
      </div>
      <div class="field checkbox">
        <label>
          <input type="checkbox" name="enabled" checked={v('enabled') !== 'off'} /> {t('ws.admin.sso.enabled')}
        </label>
      </div>
    </>
  );
}

async function renderList(c: Context<AppEnv>, errors: string[] = [], values: FormValues = {}, status = 200) {
  const frame = workspaceFrame(c);
  const { t } = frame;
  const providers = await listOidcProviders(c.get('services').db, c.get('tenant').id);
  return c.html(
    htmlDocument(
      <WorkspaceLayout frame={frame} title={t('ws.admin.sso')} breadcrumbs={[{ href: ADMIN, label: t('ws.admin.title') }]}>
        <h1>{t('ws.admin.sso')}</h1>
        <p>{t('ws.admin.sso.redirect', { url: callbackUrl(c) })}</p>
        {providers.length > 0 ? (
          <ul>
            {providers.map((p) => (
              <li>
                <a href={`${SSO}/${p.id}`}>{p.name}</a> – {p.issuer} {p.enabled ? '' : `(${t('ws.admin.user.inactive')})`}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('ws.none')}</p>
        )}
        <h2 id="new-provider">{t('ws.admin.sso.new')}</h2>
        <ErrorSummary frame={frame} errors={errors} />
        <form method="post" action={SSO} class="stack narrow" aria-labelledby="new-provider">
          <CsrfField frame={frame} />
          <ProviderFields frame={frame} values={values} hasSecret={false} />
          <p>
            <button type="submit">{t('ws.admin.sso.create')}</button>
          </p>
        </form>
      </WorkspaceLayout>,
    ),
    status as 200,
  );
}

staffPage(adminSsoPages, SSO, 'user.manage', (c) => renderList(c));

staffForm(adminSsoPages, SSO, 'user.manage', async (c) => {
  const form = await readForm(c);
  return answerForm(
    c,
    async () => {
      const created = await transact(c, (trx) => createOidcProvider(trx, c.get('actor'), c.get('tenant').id, providerInput(form)));
      return c.redirect(withNotice(`${SSO}/${created.id}`, 'created'), 303);
    },
    (errors, status) => renderList(c, errors, form, status),
  );
});

async function renderProvider(c: Context<AppEnv>, errors: string[] = [], status = 200) {
  const id = c.req.param('id') ?? '';
  const { db } = c.get('services');
  const tenantId = c.get('tenant').id;
  const provider = isUuid(id) ? await findOidcProvider(db, tenantId, id) : undefined;
  if (!provider) throw notFound('Inloggningstjänsten');
  const frame = workspaceFrame(c);
  const { t } = frame;
  const [mappings, names, organisations, parties] = [await listGroupRoles(db, tenantId, id), await scopeNames(db, tenantId), await listOrganisations(db, tenantId), await listParties(db, tenantId)];
  const values: FormValues = { ...provider, enabled: provider.enabled ? 'on' : 'off', clientSecret: '' } as unknown as FormValues;
  const base = `${SSO}/${provider.id}`;
  return c.html(
    htmlDocument(
      <WorkspaceLayout
        frame={frame}
        title={provider.name}
        breadcrumbs={[
          { href: ADMIN, label: t('ws.admin.title') },
          { href: SSO, label: t('ws.admin.sso') },
        ]}
      >
        <h1>{provider.name}</h1>
        <p>{t('ws.admin.sso.redirect', { url: callbackUrl(c) })}</p>
        <ErrorSummary frame={frame} errors={errors} />
        <form method="post" action={base} class="stack narrow">
          <CsrfField frame={frame} />
          <ProviderFields frame={frame} values={values} hasSecret={provider.clientSecret !== null} />
          <p>
            <button type="submit">{t('ws.save')}</button>
          </p>
        </form>
        <h2>{t('ws.admin.sso.mappings')}</h2>
        {mappings.length === 0 ? (
          <p>{t('ws.none')}</p>
        ) : (
          <ul>
            {mappings.map((m) => {
              const label = `${m.groupName} → ${describeGrant(t, m, names)}`;
              return (
                <li>
                  {label}{' '}
                  <RemoveGrantButton frame={frame} action={`${base}/grupper/${m.id}/ta-bort`} label={label} />
                </li>
              );
            })}
          </ul>
        )}
        <h3 id="add-mapping">{t('ws.admin.sso.addMapping')}</h3>
        <form method="post" action={`${base}/grupper`} class="stack narrow" aria-labelledby="add-mapping">
          <CsrfField frame={frame} />
          <div class="field">
            <label for="m-group">{t('ws.admin.sso.group')}</label>
            <input id="m-group" name="groupName" required />
          </div>
          <GrantFields frame={frame} idPrefix="m" organisations={organisations} parties={parties} />
          <p>
            <button type="submit">{t('ws.admin.sso.addMapping')}</button>
          </p>
        </form>
      </WorkspaceLayout>,
    ),
    status as 200,
  );
}

staffPage(adminSsoPages, `${SSO}/:id`, 'user.manage', (c) => renderProvider(c));

const providerForm = formsAbout(adminSsoPages, SSO, 'Inloggningstjänsten', (c, errors, status) => renderProvider(c, errors, status));

providerForm('', 'user.manage', (c, id, form) => transact(c, (trx) => editOidcProvider(trx, c.get('actor'), c.get('tenant').id, id, providerInput(form))), 'saved');
providerForm(
  '/grupper',
  'user.manage',
  (c, id, form) => {
    const grant = grantInput(form);
    return transact(c, (trx) => addGroupRole(trx, c.get('actor'), c.get('tenant').id, id, { groupName: text(form, 'groupName'), ...grant }));
  },
  'saved',
);
providerForm(
  '/grupper/:mappingId/ta-bort',
  'user.manage',
  (c, id) => {
    const mappingId = c.req.param('mappingId') ?? '';
    if (!isUuid(mappingId)) throw notFound('Kopplingen');
    return transact(c, (trx) => removeGroupRole(trx, c.get('actor'), c.get('tenant').id, id, mappingId));
  },
  'removed',
);
