import { ROLES } from '../auth/roles.ts';
import type { Organisation, Party } from '../organisations/organisation.ts';
import type { WorkspaceFrame } from './workspace-frame.ts';

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
