/**
 * The secretary's meetings: plan one, build the agenda from matters, call it (the agenda is
 * published), record who is present, record each decision (decision.pages.tsx), and approve
 * and post the minutes, which applies the decisions to the assignments.
 */
import { Hono, type Context } from 'hono';
import { can } from '../auth/permissions.ts';
import type { AppEnv } from '../http/context.ts';
import { AppError, notFound } from '../http/errors.ts';
import { listMatters } from '../matters/matter.store.ts';
import { addAgendaItem, callMeeting, cancelMeeting, createMeeting, recordAttendance } from '../meetings/meeting.commands.ts';
import { listMeetings } from '../meetings/meeting.store.ts';
import { loadMeetingView } from '../meetings/meeting.view.ts';
import { cancelRefusal, meetingDay } from '../meetings/meeting.ts';
import { approveMinutes } from '../meetings/minutes.commands.ts';
import { formatDate, formatDateTime, swedishDay } from '../numbers/swedish-format.ts';
import { listOrganisations } from '../organisations/organisation.store.ts';
import { coveringOrganisations } from '../organisations/organisation.ts';
import { listMemberships, listPeople } from '../people/person.store.ts';
import { activeOn } from '../people/person.ts';
import { all, answerForm, formsAbout, isUuid, readForm, text, transact, type FormValues } from './form-input.ts';
import { MATTERS } from './matter.pages.tsx';
import { staffForm, staffPage, WORKSPACE_BASE } from './staff-routes.ts';
import { swedishInstant } from './swedish-time.ts';
import { workspaceFrame, withNotice } from './workspace-frame.ts';
import { htmlDocument } from '../pages/layout.tsx';
import { ScrollRegion } from '../pages/scroll-region.tsx';
import { CsrfField, ErrorSummary, WorkspaceLayout } from './workspace-layout.tsx';

export const meetingPages = new Hono<AppEnv>();

export const MEETINGS = `${WORKSPACE_BASE}/sammantraden`;

async function renderMeetings(c: Context<AppEnv>, errors: string[] = [], values: FormValues = {}, status = 200) {
  const frame = workspaceFrame(c);
  const { t } = frame;
  const { db } = c.get('services');
  const tenantId = c.get('tenant').id;
  const organisations = await listOrganisations(db, tenantId);
  const mine = (organisationId: string) => can(frame.actor, 'meeting.manage', { organisationIds: coveringOrganisations(organisationId, organisations) });
  const bodies = organisations.filter((o) => ['council', 'board', 'committee'].includes(o.kind) && mine(o.id));
  const meetings = (await listMeetings(db, tenantId, { publishedOnly: false }, { limit: 500 })).filter((m) => mine(m.organisationId)).reverse();
  const nameOf = new Map(organisations.map((o) => [o.id, o.name]));
  return c.html(
    htmlDocument(
      <WorkspaceLayout frame={frame} title={t('ws.meetings.title')} breadcrumbs={[{ href: MATTERS, label: t('ws.matters.title') }]}>
        <h1>{t('ws.meetings.title')}</h1>
        {meetings.length === 0 ? (
          <p>{t('ws.none')}</p>
        ) : (
          <ScrollRegion label={t('ws.section.table')}>
            <table>
              <caption class="visually-hidden">{t('ws.meetings.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('ws.meetings.col.when')}</th>
                  <th scope="col">{t('ws.meetings.col.body')}</th>
                  <th scope="col">{t('ws.meetings.col.state')}</th>
                </tr>
              </thead>
              <tbody>
                {meetings.map((m) => (
                  <tr>
                    <td>
                      <a href={`${MEETINGS}/${m.id}`}>{formatDateTime(m.startsAt)}</a>
                    </td>
                    <td>{nameOf.get(m.organisationId)}</td>
                    <td>{t(`ws.meetingState.${m.state}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
        <h2 id="new-meeting">{t('ws.meetings.new')}</h2>
        <ErrorSummary frame={frame} errors={errors} />
        <form method="post" action={MEETINGS} class="stack narrow" aria-labelledby="new-meeting">
          <CsrfField frame={frame} />
          <div class="field">
            <label for="mt-body">{t('ws.meetings.body')}</label>
            <select id="mt-body" name="organisationId">
              {bodies.map((b) => (
                <option value={b.id} selected={text(values, 'organisationId') === b.id}>
                  {b.name}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="mt-date">{t('ws.meetings.date')}</label>
            <input id="mt-date" name="date" type="date" required value={text(values, 'date')} />
          </div>
          <div class="field">
            <label for="mt-time">{t('ws.meetings.time')}</label>
            <input id="mt-time" name="time" type="time" required value={text(values, 'time') || '13:00'} />
          </div>
          <div class="field">
            <label for="mt-place">{t('ws.meetings.place')}</label>
            <input id="mt-place" name="place" required value={text(values, 'place')} />
          </div>
          <p>
            <button type="submit">{t('ws.meetings.create')}</button>
          </p>
        </form>
      </WorkspaceLayout>,
    ),
    status as 200,
  );
}

staffPage(meetingPages, MEETINGS, 'meeting.manage', (c) => renderMeetings(c));

staffForm(meetingPages, MEETINGS, 'meeting.manage', async (c) => {
  const form = await readForm(c);
  return answerForm(
    c,
    async () => {
      const startsAt = swedishInstant(text(form, 'date'), text(form, 'time'));
      if (!startsAt) throw new AppError('invalid_input', 'Ange dag som ÅÅÅÅ-MM-DD och klockslag som TT:MM.');
      const organisationId = text(form, 'organisationId');
      if (!isUuid(organisationId)) throw new AppError('invalid_input', 'Välj organ.');
      if (!text(form, 'place')) throw new AppError('invalid_input', 'Ange plats.');
      const meeting = await transact(c, (trx) => createMeeting(trx, c.get('actor'), c.get('tenant'), { organisationId, startsAt, place: text(form, 'place') }));
      return c.redirect(withNotice(`${MEETINGS}/${meeting.id}`, 'created'), 303);
    },
    (errors, status) => renderMeetings(c, errors, form, status),
  );
});

export async function loadMeeting(c: Context<AppEnv>) {
  const id = c.req.param('id') ?? '';
  const frame = workspaceFrame(c);
  const view = isUuid(id) ? await loadMeetingView(c.get('services').db, frame.actor, c.get('tenant').id, id) : undefined;
  if (!view) throw notFound('Sammanträdet');
  return view;
}

/** Members and substitutes of the body on the meeting day, with names. */
export async function bodyMembers(c: Context<AppEnv>, organisationId: string, day: string) {
  const { db } = c.get('services');
  const tenantId = c.get('tenant').id;
  const people = new Map((await listPeople(db, tenantId)).map((p) => [p.id, p]));
  return (await listMemberships(db, tenantId, { organisationId }))
    .filter((m) => activeOn(m, day))
    .map((m) => ({ ...m, name: people.get(m.personId)?.name ?? m.personId }))
    .sort((a, b) => Number(a.role === 'substitute') - Number(b.role === 'substitute') || a.name.localeCompare(b.name, 'sv'));
}

async function renderMeeting(c: Context<AppEnv>, errors: string[] = [], status = 200) {
  const view = await loadMeeting(c);
  const frame = workspaceFrame(c);
  const { t } = frame;
  const { db } = c.get('services');
  const tenantId = c.get('tenant').id;
  const base = `${MEETINGS}/${view.meeting.id}`;
  const day = meetingDay(view.meeting.startsAt);
  const members = await bodyMembers(c, view.meeting.organisationId, day);
  const present = new Set(view.attendance.map((a) => a.personId));
  const matters = (await listMatters(db, tenantId, { limit: 500 })).filter((m) => m.organisationId === view.meeting.organisationId && !view.agenda.some((i) => i.matterId === m.id));
  const approved = view.minutes?.approvedOn;
  const cancelled = view.meeting.state === 'cancelled';
  const cancellable = cancelRefusal(view.meeting, view.agenda.some((i) => i.decision)) === undefined;
  const title = `${view.body.name} ${formatDateTime(view.meeting.startsAt)}`;
  const nextNumber = `1.${view.agenda.length + 1}`;
  return c.html(
    htmlDocument(
      <WorkspaceLayout frame={frame} title={title} breadcrumbs={[{ href: MEETINGS, label: t('ws.meetings.title') }]}>
        <h1>{title}</h1>
        <p>
          {view.meeting.place} – {t(`ws.meetingState.${view.meeting.state}`)}
          {view.meeting.calledAt ? `. ${t('ws.meeting.called', { date: formatDate(view.meeting.calledAt) })}` : ''}
        </p>
        {cancelled ? (
          <p class="notice">
            <strong>{t('ws.meeting.isCancelled')}</strong>
          </p>
        ) : (
          ''
        )}
        <ErrorSummary frame={frame} errors={errors} />
        <h2>{t('ws.meeting.agenda')}</h2>
        {view.agenda.length === 0 ? <p>{t('ws.none')}</p> : ''}
        <ul class="plain">
          {view.agenda.map((item) => (
            <li class="card">
              <h3 class="card-title">{t('ws.meeting.item', { number: item.number, title: item.title })}</h3>
              {item.matter ? (
                <p>
                  <a href={`${MATTERS}/${item.matter.id}`}>{item.matter.dnr}</a>
                </p>
              ) : (
                ''
              )}
              {item.decision ? (
                <p>{t('ws.meeting.decision', { paragraph: item.decision.paragraph, text: item.decision.text.slice(0, 300) })}</p>
              ) : item.matter && !approved && view.meeting.state !== 'planned' && !cancelled ? (
                <p>
                  <a href={`${base}/punkter/${item.id}`}>{t('ws.meeting.recordDecision')}</a>
                </p>
              ) : (
                ''
              )}
            </li>
          ))}
        </ul>
        {!approved && view.meeting.state !== 'held' && !cancelled ? (
          <form method="post" action={`${base}/punkter`} class="stack narrow" aria-labelledby="add-item">
            <h3 id="add-item">{t('ws.meeting.addItem')}</h3>
            <CsrfField frame={frame} />
            <div class="field">
              <label for="ai-number">{t('ws.meeting.itemNumber')}</label>
              <input id="ai-number" name="number" required value={nextNumber} />
            </div>
            <div class="field">
              <label for="ai-matter">{t('ws.meeting.itemMatter')}</label>
              <select id="ai-matter" name="matterId">
                {matters.map((m) => (
                  <option value={m.id}>{`${m.dnr} ${m.subject}`}</option>
                ))}
              </select>
            </div>
            <p>
              <button type="submit">{t('ws.meeting.addItemSubmit')}</button>
            </p>
          </form>
        ) : (
          ''
        )}
        {view.meeting.state === 'planned' ? (
          <form method="post" action={`${base}/kallelse`}>
            <CsrfField frame={frame} />
            <button type="submit">{t('ws.meeting.call')}</button>
          </form>
        ) : (
          ''
        )}
        <h2 id="attendance">{t('ws.meeting.attendance')}</h2>
        {approved || cancelled ? (
          <ul>
            {members.filter((m) => present.has(m.personId)).map((m) => (
              <li>{m.name}</li>
            ))}
          </ul>
        ) : (
          <form method="post" action={`${base}/narvaro`} class="stack" aria-labelledby="attendance">
            <CsrfField frame={frame} />
            <p class="hint">{t('ws.meeting.attendanceHint')}</p>
            <fieldset>
              <legend>{t('ws.meeting.attendance')}</legend>
              {members.map((m) => (
                <div class="choice">
                  <input type="checkbox" id={`at-${m.id}`} name="present" value={m.personId} checked={present.has(m.personId)} />
                  <label for={`at-${m.id}`}>{m.role === 'substitute' ? t('ws.meeting.substitute', { name: m.name }) : m.name}</label>
                </div>
              ))}
            </fieldset>
            <button type="submit">{t('ws.meeting.saveAttendance')}</button>
          </form>
        )}
        <h2 id="minutes">{t('ws.meeting.minutes')}</h2>
        {approved ? (
          <p class="notice">
            {t('ws.meeting.approved', {
              date: formatDate(approved),
              approvers: view.minutes!.approvers.join(', '),
              posted: view.minutes!.postedOn ? formatDate(view.minutes!.postedOn) : '–',
              appeal: view.minutes!.appealEndsOn ? formatDate(view.minutes!.appealEndsOn) : '–',
            })}
          </p>
        ) : view.agenda.some((i) => i.decision) ? (
          <form method="post" action={`${base}/justering`} class="stack narrow" aria-labelledby="minutes">
            <CsrfField frame={frame} />
            <div class="field">
              <label for="mn-approved">{t('ws.meeting.approvedOn')}</label>
              <input id="mn-approved" name="approvedOn" type="date" required value={swedishDay() < day ? day : swedishDay()} />
            </div>
            <div class="field">
              <label for="mn-approvers">{t('ws.meeting.approvers')}</label>
              <textarea id="mn-approvers" name="approvers" rows={3} required></textarea>
            </div>
            <div class="field">
              <label for="mn-posted">{t('ws.meeting.postedOn')}</label>
              <input id="mn-posted" name="postedOn" type="date" value={swedishDay() < day ? day : swedishDay()} />
            </div>
            <button type="submit">{t('ws.meeting.approve')}</button>
          </form>
        ) : (
          <p>{t('ws.none')}</p>
        )}
        {cancellable ? (
          <form method="post" action={`${base}/installning`} class="stack narrow" aria-labelledby="cancel-meeting">
            <h2 id="cancel-meeting">{t('ws.meeting.cancel')}</h2>
            <CsrfField frame={frame} />
            <p class="hint" id="cancel-hint">
              {t(view.meeting.state === 'called' ? 'ws.meeting.cancelHintCalled' : 'ws.meeting.cancelHintPlanned')}
            </p>
            <div class="field">
              <label for="cn-reason">{t('ws.meeting.cancelReason')}</label>
              <textarea id="cn-reason" name="reason" rows={2} maxlength={500}></textarea>
            </div>
            <div class="choice">
              <input type="checkbox" id="cn-confirm" name="confirm" value="ja" required aria-describedby="cancel-hint" />
              <label for="cn-confirm">{t('ws.meeting.cancelConfirm')}</label>
            </div>
            <p>
              <button type="submit">{t('ws.meeting.cancel')}</button>
            </p>
          </form>
        ) : (
          ''
        )}
      </WorkspaceLayout>,
    ),
    status as 200,
  );
}

staffPage(meetingPages, `${MEETINGS}/:id`, 'meeting.manage', (c) => renderMeeting(c));

const meetingForm = formsAbout(meetingPages, MEETINGS, 'Sammanträdet', (c, errors, status) => renderMeeting(c, errors, status));

meetingForm(
  '/punkter',
  'meeting.manage',
  (c, id, form) => {
    const matterId = text(form, 'matterId');
    if (!/^\d+(\.\d+)*$/.test(text(form, 'number'))) throw new AppError('invalid_input', 'Ange punktens nummer som 1.1.');
    if (!isUuid(matterId)) throw new AppError('invalid_input', 'Välj ett ärende.');
    return transact(c, (trx) => addAgendaItem(trx, c.get('actor'), c.get('tenant'), id, { number: text(form, 'number'), matterId }));
  },
  'created',
);
meetingForm('/kallelse', 'meeting.manage', (c, id) => transact(c, (trx) => callMeeting(trx, c.get('actor'), c.get('tenant'), id)), 'sent');
meetingForm(
  '/narvaro',
  'meeting.manage',
  (c, id, form) => transact(c, (trx) => recordAttendance(trx, c.get('actor'), c.get('tenant'), id, all(form, 'present').filter(isUuid).map((personId) => ({ personId })))),
  'saved',
);
meetingForm(
  '/justering',
  'minutes.approve',
  (c, id, form) => {
    const approvers = text(form, 'approvers')
      .split(/\r?\n/)
      .map((a) => a.trim())
      .filter(Boolean);
    return transact(c, (trx) =>
      approveMinutes(trx, c.get('actor'), c.get('tenant'), id, { approvedOn: text(form, 'approvedOn'), approvers, postedOn: text(form, 'postedOn') || null }),
    );
  },
  'approved',
);
meetingForm(
  '/installning',
  'meeting.manage',
  (c, id, form) => {
    if (text(form, 'confirm') !== 'ja') throw new AppError('invalid_input', 'Kryssa i att sammanträdet ska ställas in.');
    return transact(c, (trx) => cancelMeeting(trx, c.get('actor'), c.get('tenant'), id, text(form, 'reason').slice(0, 500) || null));
  },
  'cancelled',
);
