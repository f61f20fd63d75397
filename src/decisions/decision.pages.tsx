import { Hono } from 'hono';
import type { AppEnv } from '../http/context.ts';
import { notFound } from '../http/errors.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { htmlDocument, Layout } from '../pages/layout.tsx';
import { frameOf } from '../pages/page-context.ts';
import { isUuid } from '../http/uuid.ts';
import { findMatter } from '../matters/matter.store.ts';
import { findAgendaItem, findMeeting } from '../meetings/meeting.store.ts';
import { isPublished, meetingDay } from '../meetings/meeting.ts';
import { findOrganisation } from '../organisations/organisation.store.ts';
import { decisionDiff } from './decision-diff.ts';
import { findDecision } from './decision.store.ts';
import { ScrollRegion } from '../pages/scroll-region.tsx';

export const decisionPages = new Hono<AppEnv>();

decisionPages.get('/beslut/:id', async (c) => {
  const id = c.req.param('id');
  if (!isUuid(id)) throw notFound('Beslutet');
  const frame = frameOf(c);
  const { t } = frame;
  const { db } = c.get('services');
  const tenantId = c.get('tenant').id;
  const decision = await findDecision(db, tenantId, id);
  if (!decision) throw notFound('Beslutet');
  const item = (await findAgendaItem(db, tenantId, decision.agendaItemId))!;
  const meeting = (await findMeeting(db, tenantId, item.meetingId))!;
  if (!isPublished(meeting) || !item.public) throw notFound('Beslutet');
  const body = (await findOrganisation(db, tenantId, meeting.organisationId))!;
  const matter = await findMatter(db, tenantId, decision.matterId);
  const diff = await decisionDiff(db, tenantId, decision);
  const title = t('decision.title', { paragraph: decision.paragraph, title: item.title });
  const assignmentIds = decision.points.map((p) => p.createdAssignmentId ?? p.assignmentId).filter((x): x is string => x !== null);
  const assignments = assignmentIds.length
    ? await db.selectFrom('assignments').select(['id', 'dnr', 'title']).where('tenant_id', '=', tenantId).where('id', 'in', assignmentIds).orderBy('dnr').execute()
    : [];
  return c.html(
    htmlDocument(
      <Layout frame={frame} title={title}>
        <h1>{title}</h1>
        <p class="muted">
          <a href={`/sammantraden/${meeting.id}`}>
            {body.name} {meetingDay(meeting.startsAt)}
          </a>
          {matter ? (
            <>
              {' · '}
              <a href={`/arenden/${matter.id}`}>{matter.dnr}</a>
            </>
          ) : (
            ''
          )}
        </p>
        <h2>{t('decision.text')}</h2>
        <ol class="points">
          {decision.text.split('\n').map((line) => (
            <li>{line.replace(/^\d+\.\s*/, '')}</li>
          ))}
        </ol>
        {decision.note ? (
          <p class="note">
            <strong>{t('decision.illustrative')}</strong> {decision.note}
          </p>
        ) : (
          ''
        )}

        <h2>{t('decision.points')}</h2>
        <ScrollRegion label={t('decision.points.caption')}>
          <table>
            <caption>{t('decision.points.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('meeting.item')}</th>
                <th scope="col">{t('decision.outcome')}</th>
                <th scope="col">{t('decision.method')}</th>
                <th scope="col">{t('decision.orderOfQuestions')}</th>
              </tr>
            </thead>
            <tbody>
              {decision.points.map((p) => (
                <tr>
                  <th scope="row">{p.number ?? '–'}</th>
                  <td>{t(`decision.outcome.${p.outcome}` as MessageKey)}</td>
                  <td>
                    {t(`decision.method.${p.method}` as MessageKey)}
                    {p.tally ? ` (${p.tally.yes}–${p.tally.no}, ${p.tally.abstain} ${t('decision.abstain').toLowerCase()})` : ''}
                  </td>
                  <td>{p.orderOfQuestions ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>

        {decision.points
          .filter((p) => p.method === 'vote')
          .map((p) => {
            const n = p.number ?? 0;
            return (
              <section aria-labelledby={`vote-${p.id}`}>
                <h3 id={`vote-${p.id}`}>{t('decision.vote', { n })}</h3>
                <ScrollRegion label={t('decision.vote.party.caption', { n })}>
                  <table>
                    <caption>{t('decision.vote.party.caption', { n })}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('decision.party')}</th>
                        <th scope="col" class="num">{t('decision.yes')}</th>
                        <th scope="col" class="num">{t('decision.no')}</th>
                        <th scope="col" class="num">{t('decision.abstain')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {p.tallyByParty.map((row) => (
                        <tr>
                          <th scope="row">{row.abbreviation ?? '–'}</th>
                          <td class="num">{row.yes}</td>
                          <td class="num">{row.no}</td>
                          <td class="num">{row.abstain}</td>
                        </tr>
                      ))}
                      <tr class="sum">
                        <th scope="row">{t('decision.total')}</th>
                        <td class="num">{p.tally?.yes ?? 0}</td>
                        <td class="num">{p.tally?.no ?? 0}</td>
                        <td class="num">{p.tally?.abstain ?? 0}</td>
                      </tr>
                    </tbody>
                  </table>
                </ScrollRegion>
                <ScrollRegion label={t('decision.vote.caption', { n, yes: p.proposals[0]?.label ?? '', no: p.proposals[1]?.label ?? '' })}>
                  <table>
                    <caption>{t('decision.vote.caption', { n, yes: p.proposals[0]?.label ?? '', no: p.proposals[1]?.label ?? '' })}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('decision.member')}</th>
                        <th scope="col">{t('decision.party')}</th>
                        <th scope="col">{t('decision.choice')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {p.votes.map((v) => (
                        <tr>
                          <th scope="row">{v.personName}</th>
                          <td>{v.partyAbbreviation ?? ''}</td>
                          <td>{t(`decision.${v.choice}` as MessageKey)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </ScrollRegion>
              </section>
            );
          })}

        {(['dissent', 'minute-note'] as const).map((kind) => {
          const remarks = decision.remarks.filter((r) => r.kind === kind);
          if (remarks.length === 0) return '';
          return (
            <section>
              <h2>{t(kind === 'dissent' ? 'decision.dissents' : 'decision.minuteNotes')}</h2>
              <ul>
                {remarks.map((r) => (
                  <li>
                    <strong>{r.partyAbbreviation ?? ''}</strong>: {r.text}
                  </li>
                ))}
              </ul>
            </section>
          );
        })}

        <h2>{t('decision.diff')}</h2>
        <ScrollRegion label={t('decision.diff.caption')}>
          <table>
            <caption>{t('decision.diff.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('decision.diff.change')}</th>
                <th scope="col">{t('decision.diff.proposed')}</th>
                <th scope="col">{t('decision.diff.decided')}</th>
              </tr>
            </thead>
            <tbody>
              {diff.map((d) => (
                <tr>
                  <th scope="row">{t(`decision.change.${d.change}` as MessageKey)}</th>
                  <td>{d.proposed ?? '–'}</td>
                  <td>{d.decided}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>

        {assignments.length ? (
          <>
            <h2>{t('decision.assignments')}</h2>
            <ul>
              {assignments.map((a) => (
                <li>
                  <a href={`/uppdrag/${a.id}`}>{a.dnr}</a> {a.title}
                </li>
              ))}
            </ul>
          </>
        ) : (
          ''
        )}
      </Layout>,
    ),
  );
});
