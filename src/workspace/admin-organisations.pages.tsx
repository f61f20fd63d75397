/** The administrator's organisation tree: list, add, and edit name, place and what it serves. */
import { Hono, type Context } from 'hono';
import type { AppEnv } from '../http/context.ts';
import { AppError, notFound } from '../http/errors.ts';
import { createOrganisation, editOrganisation } from '../organisations/organisation.commands.ts';
import { listOrganisations } from '../organisations/organisation.store.ts';
import { ORGANISATION_KINDS, type Organisation, type OrganisationKind } from '../organisations/organisation.ts';
import { answerForm, isUuid, optional, readForm, text, transact, type FormValues } from './form-input.ts';
import { staffForm, staffPage, WORKSPACE_BASE } from './staff-routes.ts';
import { workspaceFrame, withNotice, type WorkspaceFrame } from './workspace-frame.ts';
import { htmlDocument } from '../pages/layout.tsx';
import { ScrollRegion } from '../pages/scroll-region.tsx';
import { CsrfField, ErrorSummary, WorkspaceLayout } from './workspace-layout.tsx';

export const adminOrganisationPages = new Hono<AppEnv>();

const ADMIN = `${WORKSPACE_BASE}/admin`;
const ORGS = `${ADMIN}/organisationer`;

function reference(form: FormValues, name: string): string | null {
  const id = optional(form, name);
  if (id && !isUuid(id)) throw new AppError('invalid_input', 'Ogiltigt val av organisation.');
  return id;
}

function OrganisationSelect(props: { id: string; name: string; label: string; frame: WorkspaceFrame; all: Organisation[]; current: string | null; exclude?: string }) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <select id={props.id} name={props.name}>
        <option value="">{props.frame.t('ws.admin.org.noneSelected')}</option>
        {props.all
          .filter((o) => o.id !== props.exclude)
          .map((o) => (
            <option value={o.id} selected={props.current === o.id}>
              {o.name}
            </option>
          ))}
      </select>
    </div>
  );
}

async function renderOrganisations(c: Context<AppEnv>, errors: string[] = [], values: FormValues = {}, status = 200) {
  const frame = workspaceFrame(c);
  const { t } = frame;
  const all = await listOrganisations(c.get('services').db, c.get('tenant').id);
  const nameOf = new Map(all.map((o) => [o.id, o.name]));
  return c.html(
    htmlDocument(
      <WorkspaceLayout frame={frame} title={t('ws.admin.organisations')} breadcrumbs={[{ href: ADMIN, label: t('ws.admin.title') }]}>
        <h1>{t('ws.admin.organisations')}</h1>
        <ScrollRegion label={t('ws.section.table')}>
          <table>
            <caption class="visually-hidden">{t('ws.admin.organisations')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ws.admin.org.name')}</th>
                <th scope="col">{t('ws.admin.org.kind')}</th>
                <th scope="col">{t('ws.admin.org.parent')}</th>
                <th scope="col">{t('ws.admin.org.serves')}</th>
              </tr>
            </thead>
            <tbody>
              {all.map((o) => (
                <tr>
                  <td>
                    <a href={`${ORGS}/${o.id}`}>{o.name}</a>
                    {o.shortName ? ` (${o.shortName})` : ''}
                  </td>
                  <td>{t(`organisationKind.${o.kind}`)}</td>
                  <td>{o.parentId ? nameOf.get(o.parentId) : ''}</td>
                  <td>{o.servesId ? nameOf.get(o.servesId) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
        <h2 id="new-org">{t('ws.admin.org.new')}</h2>
        <ErrorSummary frame={frame} errors={errors} />
        <form method="post" action={ORGS} class="stack narrow" aria-labelledby="new-org">
          <CsrfField frame={frame} />
          <div class="field">
            <label for="o-kind">{t('ws.admin.org.kind')}</label>
            <select id="o-kind" name="kind">
              {ORGANISATION_KINDS.map((k) => (
                <option value={k} selected={text(values, 'kind') === k}>
                  {t(`organisationKind.${k}`)}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="o-name">{t('ws.admin.org.name')}</label>
            <input id="o-name" name="name" required minlength={2} value={text(values, 'name')} />
          </div>
          <div class="field">
            <label for="o-short">{t('ws.admin.org.shortName')}</label>
            <input id="o-short" name="shortName" value={text(values, 'shortName')} />
          </div>
          <OrganisationSelect id="o-parent" name="parentId" label={t('ws.admin.org.parent')} frame={frame} all={all} current={optional(values, 'parentId')} />
          <OrganisationSelect id="o-serves" name="servesId" label={t('ws.admin.org.serves')} frame={frame} all={all} current={optional(values, 'servesId')} />
          <p>
            <button type="submit">{t('ws.admin.org.create')}</button>
          </p>
        </form>
      </WorkspaceLayout>,
    ),
    status as 200,
  );
}

staffPage(adminOrganisationPages, ORGS, 'organisation.manage', (c) => renderOrganisations(c));

staffForm(adminOrganisationPages, ORGS, 'organisation.manage', async (c) => {
  const form = await readForm(c);
  return answerForm(
    c,
    async () => {
      const kind = text(form, 'kind');
      if (!(ORGANISATION_KINDS as readonly string[]).includes(kind)) throw new AppError('invalid_input', 'Välj slag av organisation.');
      const name = text(form, 'name');
      if (name.length < 2) throw new AppError('invalid_input', 'Organisationen behöver ett namn.');
      await transact(c, (trx) =>
        createOrganisation(trx, c.get('actor'), c.get('tenant').id, {
          kind: kind as OrganisationKind,
          name,
          shortName: optional(form, 'shortName'),
          parentId: reference(form, 'parentId'),
          servesId: reference(form, 'servesId'),
        }),
      );
      return c.redirect(withNotice(ORGS, 'created'), 303);
    },
    (errors, status) => renderOrganisations(c, errors, form, status),
  );
});

async function renderOrganisation(c: Context<AppEnv>, errors: string[] = [], status = 200) {
  const id = c.req.param('id') ?? '';
  const all = await listOrganisations(c.get('services').db, c.get('tenant').id);
  const org = all.find((o) => o.id === id);
  if (!org) throw notFound('Organisationen');
  const frame = workspaceFrame(c);
  const { t } = frame;
  return c.html(
    htmlDocument(
      <WorkspaceLayout
        frame={frame}
        title={org.name}
        breadcrumbs={[
          { href: ADMIN, label: t('ws.admin.title') },
          { href: ORGS, label: t('ws.admin.organisations') },
        ]}
      >
        <h1>{org.name}</h1>
        <p>{t(`organisationKind.${org.kind}`)}</p>
        <ErrorSummary frame={frame} errors={errors} />
        <form method="post" action={`${ORGS}/${org.id}`} class="stack narrow">
          <CsrfField frame={frame} />
          <div class="field">
            <label for="o-name">{t('ws.admin.org.name')}</label>
            <input id="o-name" name="name" required minlength={2} value={org.name} />
          </div>
          <div class="field">
            <label for="o-short">{t('ws.admin.org.shortName')}</label>
            <input id="o-short" name="shortName" value={org.shortName ?? ''} />
          </div>
          <OrganisationSelect id="o-parent" name="parentId" label={t('ws.admin.org.parent')} frame={frame} all={all} current={org.parentId} exclude={org.id} />
          {org.kind === 'administration' ? (
            <OrganisationSelect id="o-serves" name="servesId" label={t('ws.admin.org.serves')} frame={frame} all={all} current={org.servesId} exclude={org.id} />
          ) : (
            ''
          )}
          <p>
            <button type="submit">{t('ws.save')}</button>
          </p>
        </form>
      </WorkspaceLayout>,
    ),
    status as 200,
  );
}

staffPage(adminOrganisationPages, `${ORGS}/:id`, 'organisation.manage', (c) => renderOrganisation(c));

staffForm(adminOrganisationPages, `${ORGS}/:id`, 'organisation.manage', async (c) => {
  const id = c.req.param('id') ?? '';
  if (!isUuid(id)) throw notFound('Organisationen');
  const form = await readForm(c);
  return answerForm(
    c,
    async () => {
      await transact(c, (trx) =>
        editOrganisation(trx, c.get('actor'), c.get('tenant').id, id, {
          name: text(form, 'name'),
          shortName: optional(form, 'shortName'),
          parentId: reference(form, 'parentId'),
          ...('servesId' in form ? { servesId: reference(form, 'servesId') } : {}),
        }),
      );
      return c.redirect(withNotice(`${ORGS}/${id}`, 'saved'), 303);
    },
    (errors, status) => renderOrganisation(c, errors, status),
  );
});
