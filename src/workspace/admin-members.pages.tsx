/**
 * Memberships: who sits in which body as chair, member or substitute, for administrators and
 * the body's secretary. Attendance and votes at meetings are checked against this list.
 */
import { Hono, type Context } from 'hono';
import { can } from '../auth/permissions.ts';
import type { AppEnv } from '../http/context.ts';
import { AppError, notFound } from '../http/errors.ts';
import { formatDate, swedishDay } from '../numbers/swedish-format.ts';
import { listOrganisations, listParties } from '../organisations/organisation.store.ts';
import { coveringOrganisations } from '../organisations/organisation.ts';
import { addMembership, createPerson, endMembership } from '../people/person.commands.ts';
import { listMemberships, listPeople } from '../people/person.store.ts';
import { MEMBERSHIP_ROLES, type MembershipRole } from '../people/person.ts';
import { answerForm, isUuid, optional, readForm, text, transact, type FormValues } from './form-input.ts';
import { staffForm, staffPage, WORKSPACE_BASE } from './staff-routes.ts';
import { workspaceFrame, withNotice, type WorkspaceFrame } from './workspace-frame.ts';
import { htmlDocument } from '../pages/layout.tsx';
import { ScrollRegion } from '../pages/scroll-region.tsx';
import { CsrfField, ErrorSummary, WorkspaceLayout } from './workspace-layout.tsx';

export const adminMemberPages = new Hono<AppEnv>();

export const MEMBERS = `${WORKSPACE_BASE}/ledamoter`;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function RoleAndPeriod(props: { frame: WorkspaceFrame; prefix: string }) {
  const { t } = props.frame;
  const p = props.prefix;
  return (
    <>
      <div class="field">
        <label for={`${p}-role`}>{t('ws.members.role')}</label>
        <select id={`${p}-role`} name="role">
          {MEMBERSHIP_ROLES.map((r) => (
            <option value={r} selected={r === 'member'}>
              {t(`ws.membershipRole.${r}`)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for={`${p}-start`}>{t('ws.members.startDate')}</label>
        <input id={`${p}-start`} name="startDate" type="date" />
      </div>
      <div class="field">
        <label for={`${p}-end`}>{t('ws.members.endDate')}</label>
        <input id={`${p}-end`} name="endDate" type="date" />
      </div>
    </>
  );
}

async function renderMembers(c: Context<AppEnv>, errors: string[] = [], values: FormValues = {}, status = 200) {
  const frame = workspaceFrame(c);
  const { t } = frame;
  const { db } = c.get('services');
  const tenantId = c.get('tenant').id;
  const organisations = await listOrganisations(db, tenantId);
  const bodies = organisations.filter(
    (o) => ['council', 'board', 'committee', 'company', 'holding'].includes(o.kind) && can(frame.actor, 'person.manage', { organisationIds: coveringOrganisations(o.id, organisations) }),
  );
  const asked = text(values, 'organisationId') || c.req.query('organ') || '';
  const body = bodies.find((b) => b.id === asked) ?? bodies[0];
  const [people, parties] = [await listPeople(db, tenantId), await listParties(db, tenantId)];
  const personOf = new Map(people.map((p) => [p.id, p]));
  const partyOf = new Map(parties.map((p) => [p.id, p.abbreviation]));
  const memberships = body ? (await listMemberships(db, tenantId, { organisationId: body.id })).filter((m) => !m.deletedAt) : [];
  const period = (start: string | null, end: string | null) => (start || end ? `${start ? formatDate(start) : ''} – ${end ? formatDate(end) : ''}` : '–');
  const today = swedishDay();
  /** The form proposes today, or the first day of a seat that has not begun. */
  const proposedEnd = (start: string | null) => (start && start > today ? start : today);
  return c.html(
    htmlDocument(
      <WorkspaceLayout frame={frame} title={t('ws.members.title')}>
        <h1>{t('ws.members.title')}</h1>
        <p class="lead">{t('ws.members.intro')}</p>
        <form method="get" action={MEMBERS} class="filters">
          <div class="field">
            <label for="organ">{t('ws.members.body')}</label>
            <select id="organ" name="organ">
              {bodies.map((b) => (
                <option value={b.id} selected={b.id === body?.id}>
                  {b.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit">{t('ws.members.show')}</button>
        </form>
        <ErrorSummary frame={frame} errors={errors} />
        {body ? (
          <>
            <h2>{body.name}</h2>
            {memberships.length === 0 ? (
              <p>{t('ws.none')}</p>
            ) : (
              <ScrollRegion label={body.name}>
                <table>
                  <caption class="visually-hidden">{body.name}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('ws.members.col.name')}</th>
                      <th scope="col">{t('ws.members.col.party')}</th>
                      <th scope="col">{t('ws.members.col.role')}</th>
                      <th scope="col">{t('ws.members.col.period')}</th>
                      <th scope="col">{t('ws.members.col.end')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {memberships.map((m) => (
                      <tr>
                        <td>{personOf.get(m.personId)?.name ?? m.personId}</td>
                        <td>{m.partyId ? partyOf.get(m.partyId) : ''}</td>
                        <td>{t(`ws.membershipRole.${m.role}`)}</td>
                        <td class="nowrap">{period(m.startDate, m.endDate)}</td>
                        <td>
                          {m.endDate && m.endDate <= today ? (
                            t('ws.members.ended', { date: formatDate(m.endDate) })
                          ) : (
                            <form method="post" action={`${MEMBERS}/uppdrag/${m.id}/avsluta`} class="inline-form">
                              <CsrfField frame={frame} />
                              <input type="hidden" name="organisationId" value={body.id} />
                              <label for={`end-${m.id}`}>
                                {t('ws.members.lastDay')}
                                <span class="visually-hidden"> {t('ws.members.forName', { name: personOf.get(m.personId)?.name ?? '' })}</span>
                              </label>{' '}
                              <input
                                id={`end-${m.id}`}
                                name="endDate"
                                type="date"
                                required
                                value={proposedEnd(m.startDate)}
                                {...(m.startDate ? { min: m.startDate } : {})}
                                {...(m.endDate ? { max: m.endDate } : {})}
                              />{' '}
                              <button type="submit">
                                {t('ws.members.end')}
                                <span class="visually-hidden"> {t('ws.members.forName', { name: personOf.get(m.personId)?.name ?? '' })}</span>
                              </button>
                            </form>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollRegion>
            )}
            <h2 id="new-member">{t('ws.members.new')}</h2>
            <form method="post" action={MEMBERS} class="stack narrow" aria-labelledby="new-member">
              <CsrfField frame={frame} />
              <input type="hidden" name="organisationId" value={body.id} />
              <div class="field">
                <label for="nm-given">{t('ws.members.givenName')}</label>
                <input id="nm-given" name="givenName" required value={text(values, 'givenName')} />
              </div>
              <div class="field">
                <label for="nm-family">{t('ws.members.familyName')}</label>
                <input id="nm-family" name="familyName" required value={text(values, 'familyName')} />
              </div>
              <div class="field">
                <label for="nm-party">{t('ws.members.party')}</label>
                <select id="nm-party" name="partyId">
                  <option value="">{t('ws.members.noParty')}</option>
                  {parties.map((p) => (
                    <option value={p.id}>{`${p.name} (${p.abbreviation})`}</option>
                  ))}
                </select>
              </div>
              <RoleAndPeriod frame={frame} prefix="nm" />
              <p>
                <button type="submit">{t('ws.members.create')}</button>
              </p>
            </form>
            {people.length > 0 ? (
              <>
                <h2 id="existing-member">{t('ws.members.existing')}</h2>
                <form method="post" action={`${MEMBERS}/uppdrag`} class="stack narrow" aria-labelledby="existing-member">
                  <CsrfField frame={frame} />
                  <input type="hidden" name="organisationId" value={body.id} />
                  <div class="field">
                    <label for="em-person">{t('ws.members.person')}</label>
                    <select id="em-person" name="personId">
                      {people
                        .filter((p) => !p.deletedAt)
                        .map((p) => (
                          <option value={p.id}>{`${p.name}${p.partyId ? ` (${partyOf.get(p.partyId)})` : ''}`}</option>
                        ))}
                    </select>
                  </div>
                  <RoleAndPeriod frame={frame} prefix="em" />
                  <p>
                    <button type="submit">{t('ws.members.add')}</button>
                  </p>
                </form>
              </>
            ) : (
              ''
            )}
          </>
        ) : (
          <p>{t('ws.none')}</p>
        )}
      </WorkspaceLayout>,
    ),
    status as 200,
  );
}

function membershipInput(form: FormValues) {
  const organisationId = text(form, 'organisationId');
  const role = text(form, 'role');
  const startDate = optional(form, 'startDate');
  const endDate = optional(form, 'endDate');
  if (!isUuid(organisationId)) throw new AppError('invalid_input', 'Välj organ.');
  if (!(MEMBERSHIP_ROLES as readonly string[]).includes(role)) throw new AppError('invalid_input', 'Välj uppdrag.');
  if ((startDate && !ISO_DATE.test(startDate)) || (endDate && !ISO_DATE.test(endDate))) throw new AppError('invalid_input', 'Ange datum som ÅÅÅÅ-MM-DD.');
  if (startDate && endDate && endDate < startDate) throw new AppError('invalid_input', 'Uppdraget slutar före det börjar.');
  return { organisationId, role: role as MembershipRole, startDate, endDate };
}

staffPage(adminMemberPages, MEMBERS, 'person.manage', (c) => renderMembers(c));

staffForm(adminMemberPages, MEMBERS, 'person.manage', async (c) => {
  const form = await readForm(c);
  return answerForm(
    c,
    async () => {
      const membership = membershipInput(form);
      const givenName = text(form, 'givenName');
      const familyName = text(form, 'familyName');
      if (!givenName || !familyName) throw new AppError('invalid_input', 'Fyll i för- och efternamn.');
      const partyId = optional(form, 'partyId');
      await transact(c, (trx) =>
        createPerson(trx, c.get('actor'), c.get('tenant'), { givenName, familyName, partyId: isUuid(partyId) ? partyId : null, memberships: [membership] }),
      );
      return c.redirect(withNotice(`${MEMBERS}?organ=${membership.organisationId}`, 'created'), 303);
    },
    (errors, status) => renderMembers(c, errors, form, status),
  );
});

staffForm(adminMemberPages, `${MEMBERS}/uppdrag`, 'person.manage', async (c) => {
  const form = await readForm(c);
  return answerForm(
    c,
    async () => {
      const membership = membershipInput(form);
      const personId = text(form, 'personId');
      if (!isUuid(personId)) throw new AppError('invalid_input', 'Välj person.');
      await transact(c, (trx) => addMembership(trx, c.get('actor'), c.get('tenant'), personId, membership));
      return c.redirect(withNotice(`${MEMBERS}?organ=${membership.organisationId}`, 'created'), 303);
    },
    (errors, status) => renderMembers(c, errors, form, status),
  );
});

staffForm(adminMemberPages, `${MEMBERS}/uppdrag/:id/avsluta`, 'person.manage', async (c) => {
  const id = c.req.param('id') ?? '';
  if (!isUuid(id)) throw notFound('Uppdraget');
  const form = await readForm(c);
  return answerForm(
    c,
    async () => {
      const endDate = text(form, 'endDate');
      if (!ISO_DATE.test(endDate)) throw new AppError('invalid_input', 'Ange uppdragets sista dag som ÅÅÅÅ-MM-DD.');
      const ended = await transact(c, (trx) => endMembership(trx, c.get('actor'), c.get('tenant'), id, endDate));
      return c.redirect(withNotice(`${MEMBERS}?organ=${ended.organisationId}`, 'ended'), 303);
    },
    (errors, status) => renderMembers(c, errors, form, status),
  );
});
