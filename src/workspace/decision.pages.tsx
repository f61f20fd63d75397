/**
 * Recording the decision on an agenda item, point by point: for each point with competing
 * proposals which one won, by acclamation or by open vote (ja / nej / avstår per member
 * present), each motion's added instructions adopted or not, and dissents. The server checks
 * the votes against the members present and refuses a mismatch, writing nothing.
 */
import { Hono, type Context } from 'hono';
import { recordDecision, type QuestionInput, type VoteInput } from '../decisions/decision.commands.ts';
import { STAFF_REPORT } from '../decisions/decision.ts';
import { VOTE_CHOICES, type VoteChoice } from '../decisions/vote.ts';
import type { AppEnv } from '../http/context.ts';
import { AppError, notFound } from '../http/errors.ts';
import { loadMatterView } from '../matters/matter.view.ts';
import { meetingDay } from '../meetings/meeting.ts';
import { listParties } from '../organisations/organisation.store.ts';
import { all, answerForm, isUuid, readForm, text, transact, type FormValues } from './form-input.ts';
import { bodyMembers, loadMeeting, MEETINGS } from './meeting.pages.tsx';
import { SEP } from './section-form.ts';
import { staffForm, staffPage } from './staff-routes.ts';
import { workspaceFrame, withNotice, type WorkspaceFrame } from './workspace-frame.ts';
import { htmlDocument } from '../pages/layout.tsx';
import { ScrollRegion } from '../pages/scroll-region.tsx';
import { CsrfField, ErrorSummary, WorkspaceLayout } from './workspace-layout.tsx';

export const decisionPages = new Hono<AppEnv>();

const PATH = `${MEETINGS}/:id/punkter/:itemId`;

interface Voter {
  personId: string;
  name: string;
}

async function loadItem(c: Context<AppEnv>) {
  const view = await loadMeeting(c);
  const itemId = c.req.param('itemId') ?? '';
  const item = view.agenda.find((i) => i.id === itemId);
  if (!item || !item.matter) throw notFound('Punkten');
  const matter = (await loadMatterView(c.get('services').db, c.get('actor'), c.get('tenant').id, item.matter.id))!;
  const members = await bodyMembers(c, view.meeting.organisationId, meetingDay(view.meeting.startsAt));
  const present = new Set(view.attendance.map((a) => a.personId));
  const voters: Voter[] = members.filter((m) => present.has(m.personId)).map((m) => ({ personId: m.personId, name: m.name }));
  const motions = matter.motions.filter((m) => !m.superseded);
  const motionPoints = motions.flatMap((m) => m.points.map((p) => ({ ...p, parties: m.parties.map((x) => x.abbreviation).join(', ') })));
  return { view, item, matter, voters, motionPoints };
}

/** The open vote on one question: a radio group per member present. */
function VoteTable(props: { frame: WorkspaceFrame; prefix: string; voters: Voter[]; values: FormValues; yes: string; no: string }) {
  const { t } = props.frame;
  return (
    <ScrollRegion label={t('ws.section.table')}>
      <table>
        <caption>{t('ws.decision.votes', { yes: props.yes, no: props.no })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('ws.decision.member')}</th>
            {VOTE_CHOICES.map((choice) => (
              <th scope="col">{t(`ws.decision.vote.${choice}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.voters.map((v) => (
            <tr>
              <th scope="row" id={`${props.prefix}-${v.personId}`}>
                {v.name}
              </th>
              {VOTE_CHOICES.map((choice) => {
                const name = `${props.prefix}${SEP}vote${SEP}${v.personId}`;
                return (
                  <td>
                    <input
                      type="radio"
                      name={name}
                      value={choice}
                      checked={text(props.values, name) === choice}
                      aria-label={`${v.name}: ${t(`ws.decision.vote.${choice}`)}`}
                    />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function QuestionFields(props: { frame: WorkspaceFrame; prefix: string; legend: string; options: Array<{ key: string; label: string }>; voters: Voter[]; values: FormValues }) {
  const { frame, prefix, values } = props;
  const { t } = frame;
  const method = text(values, `${prefix}${SEP}method`) || 'acclamation';
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      <div class="field narrow">
        <label for={`${prefix}-winner`}>{t('ws.decision.winner')}</label>
        <select id={`${prefix}-winner`} name={`${prefix}${SEP}winner`}>
          {props.options.map((o) => (
            <option value={o.key} selected={text(values, `${prefix}${SEP}winner`) === o.key}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend>{t('ws.decision.method')}</legend>
        {(['acclamation', 'vote'] as const).map((m) => (
          <div class="choice">
            <input type="radio" id={`${prefix}-m-${m}`} name={`${prefix}${SEP}method`} value={m} checked={method === m} />
            <label for={`${prefix}-m-${m}`}>{t(`ws.decision.method.${m}`)}</label>
          </div>
        ))}
      </fieldset>
      {props.voters.length > 0 ? <VoteTable frame={frame} prefix={prefix} voters={props.voters} values={values} yes={props.options[0]!.label} no={props.options.slice(1).map((o) => o.label).join(' / ')} /> : ''}
    </fieldset>
  );
}

async function renderDecision(c: Context<AppEnv>, errors: string[] = [], status = 200, values: FormValues = {}) {
  const { view, item, matter, voters, motionPoints } = await loadItem(c);
  const frame = workspaceFrame(c);
  const { t } = frame;
  const points = matter.staffReport?.points ?? [];
  const paragraph = text(values, 'paragraph') || String(Math.max(0, ...view.agenda.map((i) => i.decision?.paragraph ?? 0)) + 1);
  const parties = await listParties(c.get('services').db, c.get('tenant').id);
  const dissenters = new Set(all(values, 'dissentParties'));
  const title = t('ws.decision.title', { number: item.number });
  return c.html(
    htmlDocument(
      <WorkspaceLayout
        frame={frame}
        title={title}
        breadcrumbs={[
          { href: MEETINGS, label: t('ws.meetings.title') },
          { href: `${MEETINGS}/${view.meeting.id}`, label: view.body.name },
        ]}
      >
        <h1>{title}</h1>
        <p>{item.title}</p>
        <ErrorSummary frame={frame} errors={voters.length === 0 ? [t('ws.decision.noAttendance'), ...errors] : errors} />
        <form method="post" action={`${MEETINGS}/${view.meeting.id}/punkter/${item.id}`} class="stack">
          <CsrfField frame={frame} />
          <div class="field narrow">
            <label for="d-paragraph">{t('ws.decision.paragraph')}</label>
            <input id="d-paragraph" name="paragraph" inputmode="numeric" required value={paragraph} />
          </div>
          {points.map((p) => {
            const competing = motionPoints.filter((m) => m.targetPointNumber === p.number && m.kind !== 'approve' && m.kind !== 'add');
            if (competing.length === 0) {
              return (
                <p>
                  <strong>{p.number}.</strong> {p.text}
                </p>
              );
            }
            return (
              <QuestionFields
                frame={frame}
                prefix={`q${SEP}${p.number}`}
                legend={t('ws.decision.question', { n: p.number, text: p.text })}
                options={[{ key: STAFF_REPORT, label: t('ws.decision.staffReport') }, ...competing.map((m) => ({ key: m.id, label: `${m.parties}: ${t(`ws.matter.kind.${m.kind}`).toLocaleLowerCase('sv')}` }))]}
                voters={voters}
                values={values}
              />
            );
          })}
          {motionPoints
            .filter((m) => m.kind === 'add')
            .map((m) => (
              <QuestionFields
                frame={frame}
                prefix={`a${SEP}${m.id}`}
                legend={t('ws.decision.addQuestion', { parties: m.parties, text: m.text })}
                options={[
                  { key: m.id, label: `${m.parties}: ${t('ws.matter.kind.add').toLocaleLowerCase('sv')}` },
                  { key: STAFF_REPORT, label: t('ws.decision.notAdopted') },
                ]}
                voters={voters}
                values={values}
              />
            ))}
          <fieldset>
            <legend>{t('ws.decision.dissent')}</legend>
            <fieldset>
              <legend>{t('ws.decision.dissentParties')}</legend>
              {parties.map((p) => (
                <div class="choice">
                  <input type="checkbox" id={`ds-${p.id}`} name="dissentParties" value={p.id} checked={dissenters.has(p.id)} />
                  <label for={`ds-${p.id}`}>{`${p.name} (${p.abbreviation})`}</label>
                </div>
              ))}
            </fieldset>
            <div class="field">
              <label for="ds-text">{t('ws.decision.dissentText')}</label>
              <textarea id="ds-text" name="dissentText" rows={3}>
                {text(values, 'dissentText')}
              </textarea>
            </div>
          </fieldset>
          <p>
            <button type="submit">{t('ws.decision.save')}</button>
          </p>
        </form>
      </WorkspaceLayout>,
    ),
    status as 200,
  );
}

staffPage(decisionPages, PATH, 'decision.record', (c) => renderDecision(c));

/** The vote of one question from its radio groups; every member present must have voted. */
function voteFrom(form: FormValues, prefix: string, voters: Voter[], frame: WorkspaceFrame): VoteInput {
  const ballots = voters.map((v) => ({ personId: v.personId, choice: text(form, `${prefix}${SEP}vote${SEP}${v.personId}`) as VoteChoice }));
  const missing = voters.filter((_, i) => !(VOTE_CHOICES as readonly string[]).includes(ballots[i]!.choice));
  if (missing.length > 0) throw new AppError('invalid_input', frame.t('ws.decision.missingVotes', { names: missing.map((m) => m.name).join(', ') }));
  return { ballots };
}

staffForm(decisionPages, PATH, 'decision.record', async (c) => {
  const itemId = c.req.param('itemId') ?? '';
  if (!isUuid(itemId)) throw notFound('Punkten');
  const form = await readForm(c);
  return answerForm(
    c,
    async () => {
      const { view, matter, voters, motionPoints } = await loadItem(c);
      const frame = workspaceFrame(c);
      const paragraph = Number(text(form, 'paragraph'));
      if (!Number.isInteger(paragraph) || paragraph < 1) throw new AppError('invalid_input', 'Ange paragrafnumret med siffror.');
      const questions: QuestionInput[] = [];
      const question = (prefix: string, base: Omit<QuestionInput, 'winner' | 'method'>) => {
        const winner = text(form, `${prefix}${SEP}winner`);
        if (!winner) return;
        const method = text(form, `${prefix}${SEP}method`) === 'vote' ? 'vote' : 'acclamation';
        questions.push({ ...base, winner, method, ...(method === 'vote' ? { vote: voteFrom(form, prefix, voters, frame) } : {}) });
      };
      for (const p of matter.staffReport?.points ?? []) {
        const prefix = `q${SEP}${p.number}`;
        if (text(form, `${prefix}${SEP}winner`)) question(prefix, { pointNumber: p.number });
      }
      for (const m of motionPoints.filter((x) => x.kind === 'add')) question(`a${SEP}${m.id}`, { motionPointId: m.id });
      const dissentParties = all(form, 'dissentParties').filter(isUuid);
      const dissentText = text(form, 'dissentText');
      if (dissentText && dissentParties.length === 0) throw new AppError('invalid_input', 'Ange vilka partier som reserverar sig.');
      await transact(c, (trx) =>
        recordDecision(trx, c.get('actor'), c.get('tenant'), itemId, {
          paragraph,
          questions,
          ...(dissentText ? { dissents: [{ partyIds: dissentParties, text: dissentText }] } : {}),
        }),
      );
      return c.redirect(withNotice(`${MEETINGS}/${view.meeting.id}`, 'saved'), 303);
    },
    (errors, status) => renderDecision(c, errors, status, form),
  );
});
