import { ROLES, type Role } from '../auth/roles.ts';
import { AppError } from '../http/errors.ts';
import type { Organisation, Party } from '../organisations/organisation.ts';
import { isUuid, optional, text, type FormValues } from './form-input.ts';
import type { WorkspaceFrame } from './workspace-frame.ts';
import { CsrfField } from './workspace-layout.tsx';

/** Role, organisation and party choices of a grant (used for accounts and for SSO group mappings). */
export function GrantFields(props: { frame: WorkspaceFrame; idPrefix: string; organisations: Organisation[]; parties: Party[] }) {
  const { t } = props.frame;
  const p = props.idPrefix;
  return (
    <>
      <div class="field">
        <label for={`${p}-role`}>{t('ws.admin.grant.role')}</label>
        <select id={`${p}-role`} name="role" required>
          {ROLES.map((r) => (
            <option value={r}>{t(`role.${r}`)}</option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for={`${p}-org`}>{t('ws.admin.grant.organisation')}</label>
        <select id={`${p}-org`} name="organisationId">
          <option value="">{t('ws.admin.org.noneSelected')}</option>
          {props.organisations.map((o) => (
            <option value={o.id}>{o.name}</option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for={`${p}-party`}>{t('ws.admin.grant.party')}</label>
        <select id={`${p}-party`} name="partyId">
          <option value="">{t('ws.admin.org.noneSelected')}</option>
          {props.parties.map((x) => (
            <option value={x.id}>{`${x.name} (${x.abbreviation})`}</option>
          ))}
        </select>
      </div>
    </>
  );
}

/** The grant chosen in GrantFields, checked. */
export function grantInput(form: FormValues) {
  const role = text(form, 'role');
  if (!(ROLES as readonly string[]).includes(role)) throw new AppError('invalid_input', 'Välj en roll.');
  const organisationId = optional(form, 'organisationId');
  const partyId = optional(form, 'partyId');
  if ((organisationId && !isUuid(organisationId)) || (partyId && !isUuid(partyId))) throw new AppError('invalid_input', 'Ogiltigt val.');
  return { role: role as Role, organisationId, partyId };
}

/** A button that takes a grant (or group mapping) away, named with what it removes. */
export function RemoveGrantButton(props: { frame: WorkspaceFrame; action: string; label: string }) {
  const { t } = props.frame;
  return (
    <form method="post" action={props.action} class="inline-form">
      <CsrfField frame={props.frame} />
      <button type="submit" aria-label={t('ws.admin.grant.removeLabel', { grant: props.label })}>
        {t('ws.admin.grant.remove')}
      </button>
    </form>
  );
}
