/**
 * The secretary's matters: an accepted report becomes a matter with its staff report in one
 * click; the staff report and its proposal points are edited here; motions and statements are
 * registered (by the secretary, or by a party secretary for their own party).
 */
import { Hono, type Context } from 'hono';
import { can } from '../auth/permissions.ts';
import { fileMotion, fileStatement } from '../decisions/motion.commands.ts';
import { MOTION_POINT_KINDS, type MotionPointKind } from '../decisions/motion.ts';
import type { AppEnv } from '../http/context.ts';
import { AppError, notFound } from '../http/errors.ts';
import { createMatterFromReport } from '../matters/matter-from-report.commands.ts';
import { addProposalPoint, editProposalPoint, editStaffReport } from '../matters/matter.commands.ts';
import { findMatterByReport, listMatters } from '../matters/matter.store.ts';
import { loadMatterView } from '../matters/matter.view.ts';
import { formatDate, swedishDay } from '../numbers/swedish-format.ts';
import { listOrganisations, listParties } from '../organisations/organisation.store.ts';
import { coveringOrganisations } from '../organisations/organisation.ts';
import { listReports } from '../reports/report.store.ts';
import { all, formsAbout, isUuid, optional, readForm, text, transact, type FormValues } from './form-input.ts';
import { REPORTS } from './report-editor.pages.tsx';
import { SEP } from './section-form.ts';
import { staffForm, staffPage, WORKSPACE_BASE } from './staff-routes.ts';
import { workspaceFrame, withNotice, type WorkspaceFrame } from './workspace-frame.ts';
import { htmlDocument } from '../pages/layout.tsx';
import { ScrollRegion } from '../pages/scroll-region.tsx';
import { CsrfField, ErrorSummary, WorkspaceLayout } from './workspace-layout.tsx';

export const matterPages = new Hono<AppEnv>();

export const MATTERS = `${WORKSPACE_BASE}/arenden`;
/** Rows offered in the motion form; blank ones are skipped. */
const MOTION_ROWS = 6;

staffPage(matterPages, MATTERS, 'motion.file', async (c) => {
  const frame = workspaceFrame(c);
  const { t } = frame;
  const { db } = c.get('services');
  const tenantId = c.get('tenant').id;
  const organisations = await listOrganisations(db, tenantId);
  const waiting = [];
  for (const report of await listReports(db, tenantId, { status: 'accepted' })) {
    if (!can(frame.actor, 'matter.manage', { organisationIds: coveringOrganisations(report.organisationId, organisations) })) continue;
    if (!(await findMatterByReport(db, tenantId, report.id))) waiting.push(report);
  }
  const matters = (await listMatters(db, tenantId, { limit: 500 })).reverse();
  return c.html(
    htmlDocument(
      <WorkspaceLayout frame={frame} title={t('ws.matters.title')}>
        <h1>{t('ws.matters.title')}</h1>
        <p class="lead">{t('ws.matters.intro')}</p>
        {can(frame.actor, 'meeting.manage') ? (
          <ul class="actions plain">
            <li>
              <a href={`${WORKSPACE_BASE}/sammantraden`}>{t('ws.matters.meetings')}</a>
            </li>
            <li>
              <a href={`${WORKSPACE_BASE}/ledamoter`}>{t('ws.members.title')}</a>
            </li>
          </ul>
        ) : (
          ''
        )}
        {waiting.length > 0 ? (
          <section aria-labelledby="waiting">
            <h2 id="waiting">{t('ws.matters.fromReports')}</h2>
            <ul class="plain">
              {waiting.map((r) => (
                <li>
                  <form method="post" action={`${MATTERS}/fran-rapport`} class="inline-form">
                    <CsrfField frame={frame} />
                    <input type="hidden" name="reportId" value={r.id} />
                    <button type="submit">{t('ws.matters.create', { report: r.title })}</button>
                  </form>{' '}
                  <a href={`${REPORTS}/${r.id}`}>{r.title}</a>
                </li>
              ))}
            </ul>
          </section>
        ) : (
          ''
        )}
        <h2>{t('ws.matters.registered')}</h2>
        {matters.length === 0 ? (
          <p>{t('ws.none')}</p>
        ) : (
          <ScrollRegion label={t('ws.section.table')}>
            <table>
              <caption class="visually-hidden">{t('ws.matters.registered')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('ws.matters.col.dnr')}</th>
                  <th scope="col">{t('ws.matters.col.subject')}</th>
                  <th scope="col">{t('ws.matters.col.registered')}</th>
                </tr>
              </thead>
              <tbody>
                {matters.map((m) => (
                  <tr>
                    <td>{m.dnr}</td>
                    <td>
                      <a href={`${MATTERS}/${m.id}`}>{m.subject}</a>
                    </td>
                    <td>{formatDate(m.registeredOn)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </WorkspaceLayout>,
    ),
  );
});

staffForm(matterPages, `${MATTERS}/fran-rapport`, 'matter.manage', async (c) => {
  const form = await readForm(c);
  const reportId = text(form, 'reportId');
  if (!isUuid(reportId)) throw notFound('Rapporten');
  const { matter } = await transact(c, (trx) => createMatterFromReport(trx, c.get('actor'), c.get('tenant'), reportId, { registeredOn: swedishDay() }));
  return c.redirect(withNotice(`${MATTERS}/${matter.id}`, 'created'), 303);
});

function Textarea(props: { id: string; name: string; label: string; value: string; rows?: number }) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <textarea id={props.id} name={props.name} rows={props.rows ?? 6}>
        {props.value}
      </textarea>
    </div>
  );
}

function MotionForm(props: { frame: WorkspaceFrame; base: string; parties: Array<{ id: string; abbreviation: string; name: string }>; motions: Array<{ id: string; label: string }>; organisations: Array<{ id: string; name: string }>; values: FormValues }) {
  const { frame, values } = props;
  const { t } = frame;
  const chosen = new Set(all(values, 'partyIds'));
  return (
    <form method="post" action={`${props.base}/yrkanden`} class="stack" aria-labelledby="file-motion">
      <CsrfField frame={frame} />
      <p class="hint">{t('ws.matter.fileMotionHint')}</p>
      <fieldset>
        <legend>{t('ws.matter.parties')}</legend>
        {props.parties.map((p) => (
          <div class="choice">
            <input type="checkbox" id={`mp-${p.id}`} name="partyIds" value={p.id} checked={chosen.has(p.id)} />
            <label for={`mp-${p.id}`}>{`${p.name} (${p.abbreviation})`}</label>
          </div>
        ))}
      </fieldset>
      <div class="field narrow">
        <label for="m-filed">{t('ws.matter.filedOn')}</label>
        <input id="m-filed" name="filedOn" type="date" required value={text(values, 'filedOn') || swedishDay()} />
      </div>
      {props.motions.length > 0 ? (
        <div class="field narrow">
          <label for="m-revises">{t('ws.matter.revises')}</label>
          <select id="m-revises" name="revisesId">
            <option value="">{t('ws.matter.revisesNone')}</option>
            {props.motions.map((m) => (
              <option value={m.id}>{m.label}</option>
            ))}
          </select>
        </div>
      ) : (
        ''
      )}
      <Textarea id="m-reasoning" name="reasoning" label={t('ws.matter.reasoning')} value={text(values, 'reasoning')} rows={4} />
      {Array.from({ length: MOTION_ROWS }, (_, i) => (
        <fieldset>
          <legend>{t('ws.matter.motionPoint', { n: i + 1 })}</legend>
          <div class="field narrow">
            <label for={`mk-${i}`}>{t('ws.matter.kind')}</label>
            <select id={`mk-${i}`} name={`p${SEP}${i}${SEP}kind`}>
              <option value="">{t('ws.matter.kind.none')}</option>
              {MOTION_POINT_KINDS.map((k) => (
                <option value={k} selected={text(values, `p${SEP}${i}${SEP}kind`) === k}>
                  {t(`ws.matter.kind.${k}`)}
                </option>
              ))}
            </select>
          </div>
          <div class="field narrow">
            <label for={`mt-${i}`}>{t('ws.matter.targetPoint')}</label>
            <input id={`mt-${i}`} name={`p${SEP}${i}${SEP}target`} inputmode="numeric" value={text(values, `p${SEP}${i}${SEP}target`)} />
          </div>
          <Textarea id={`mx-${i}`} name={`p${SEP}${i}${SEP}text`} label={t('ws.matter.pointText')} value={text(values, `p${SEP}${i}${SEP}text`)} rows={3} />
          <div class="field narrow">
            <label for={`mo-${i}`}>{t('ws.matter.addFor')}</label>
            <select id={`mo-${i}`} name={`p${SEP}${i}${SEP}organisationId`}>
              <option value="">{t('ws.admin.org.noneSelected')}</option>
              {props.organisations.map((o) => (
                <option value={o.id}>{o.name}</option>
              ))}
            </select>
          </div>
        </fieldset>
      ))}
      <p>
        <button type="submit">{t('ws.matter.fileMotionSubmit')}</button>
      </p>
    </form>
  );
}

async function renderMatter(c: Context<AppEnv>, errors: string[] = [], status = 200, values: FormValues = {}) {
  const id = c.req.param('id') ?? '';
  const { db } = c.get('services');
  const tenantId = c.get('tenant').id;
  const frame = workspaceFrame(c);
  const { t } = frame;
  const view = isUuid(id) ? await loadMatterView(db, frame.actor, tenantId, id) : undefined;
  if (!view) throw notFound('Ärendet');
  const organisations = await listOrganisations(db, tenantId);
  const scope = { organisationIds: coveringOrganisations(view.matter.organisationId, organisations) };
  const manages = can(frame.actor, 'matter.manage', scope);
  const decided = Boolean(await db.selectFrom('decisions').select('id').where('tenant_id', '=', tenantId).where('matter_id', '=', view.matter.id).executeTakeFirst());
  const allParties = await listParties(db, tenantId);
  // A party secretary files for their own party only; the secretary for any.
  const parties = manages ? allParties : allParties.filter((p) => frame.grants.some((g) => g.role === 'party-secretary' && g.partyId === p.id));
  const base = `${MATTERS}/${view.matter.id}`;
  const sr = view.staffReport;
  const body = (sr?.body ?? {}) as { summary?: string; background?: string; consultation?: string };
  return c.html(
    htmlDocument(
      <WorkspaceLayout frame={frame} title={`${view.matter.dnr} ${view.matter.subject}`} breadcrumbs={[{ href: MATTERS, label: t('ws.matters.title') }]}>
        <h1>{view.matter.subject}</h1>
        <p>
          {t('ws.matters.col.dnr')}: {view.matter.dnr}, {t('ws.matters.col.registered').toLocaleLowerCase('sv')} {formatDate(view.matter.registeredOn)}
        </p>
        <ErrorSummary frame={frame} errors={errors} />
        {decided ? <p class="notice">{t('ws.matter.decided')}</p> : ''}
        {sr ? (
          <section aria-labelledby="staff-report">
            <h2 id="staff-report">{t('ws.matter.staffReport')}</h2>
            {manages && !decided ? (
              <form method="post" action={`${base}/tjansteutlatande`} class="stack">
                <CsrfField frame={frame} />
                <Textarea id="sr-summary" name="summary" label={t('ws.matter.summary')} value={body.summary ?? ''} />
                <Textarea id="sr-background" name="background" label={t('ws.matter.background')} value={body.background ?? ''} />
                <Textarea id="sr-consultation" name="consultation" label={t('ws.matter.consultation')} value={body.consultation ?? ''} rows={2} />
                <p>
                  <button type="submit">{t('ws.matter.saveStaffReport')}</button>
                </p>
              </form>
            ) : (
              <>
                <h3>{t('ws.matter.summary')}</h3>
                <p>{body.summary}</p>
              </>
            )}
            <h3>{t('ws.matter.points')}</h3>
            <ol class="plain">
              {sr.points.map((p) => (
                <li>
                  {manages && !decided ? (
                    <form method="post" action={`${base}/punkter/${p.id}`} class="stack">
                      <CsrfField frame={frame} />
                      <Textarea id={`pt-${p.id}`} name="text" label={t('ws.matter.point', { n: p.number })} value={p.text} rows={3} />
                      <button type="submit">{t('ws.matter.savePoint', { n: p.number })}</button>
                    </form>
                  ) : (
                    <p>
                      <strong>{p.number}.</strong> {p.text}
                    </p>
                  )}
                </li>
              ))}
            </ol>
            {manages && !decided ? (
              <form method="post" action={`${base}/punkter`} class="stack">
                <CsrfField frame={frame} />
                <Textarea id="pt-new" name="text" label={t('ws.matter.newPointText')} value="" rows={3} />
                <button type="submit">{t('ws.matter.addPoint')}</button>
              </form>
            ) : (
              ''
            )}
          </section>
        ) : (
          ''
        )}
        <section aria-labelledby="motions">
          <h2 id="motions">{t('ws.matter.motions')}</h2>
          {view.motions.length === 0 ? <p>{t('ws.none')}</p> : ''}
          {view.motions.map((m) => (
            <article class="card">
              <h3 class="card-title">
                {t('ws.matter.motion', { parties: m.parties.map((p) => p.abbreviation).join(', '), revision: m.revision > 1 ? `(revision ${m.revision})` : '' })}{' '}
                {m.superseded ? t('ws.matter.superseded') : ''}
              </h3>
              <p class="muted">
                {t('ws.matter.filedOn')} {formatDate(m.filedOn)}
              </p>
              <ol>
                {m.points.map((p) => (
                  <li>
                    {t(`ws.matter.kind.${p.kind}`)}
                    {p.targetPointNumber ? ` ${p.targetPointNumber}` : ''}
                    {p.text ? `: ${p.text}` : ''}
                  </li>
                ))}
              </ol>
            </article>
          ))}
          {!decided && parties.length > 0 ? (
            <>
              <h3 id="file-motion">{t('ws.matter.fileMotion')}</h3>
              <MotionForm
                frame={frame}
                base={base}
                parties={parties}
                motions={view.motions.filter((m) => !m.superseded).map((m) => ({ id: m.id, label: t('ws.matter.motion', { parties: m.parties.map((p) => p.abbreviation).join(', '), revision: `(${formatDate(m.filedOn)})` }) }))}
                organisations={organisations.filter((o) => o.kind !== 'council')}
                values={values}
              />
            </>
          ) : (
            ''
          )}
        </section>
        <section aria-labelledby="statements">
          <h2 id="statements">{t('ws.matter.statements')}</h2>
          {view.statements.length === 0 ? <p>{t('ws.none')}</p> : ''}
          {view.statements.map((s) => (
            <article class="card">
              <h3 class="card-title">{t('ws.matter.statement', { party: s.partyAbbreviation })}</h3>
              <ul>
                {s.points.map((p) => (
                  <li>
                    {t('ws.matter.point', { n: p.pointNumber })}: {p.text}
                  </li>
                ))}
              </ul>
            </article>
          ))}
          {!decided && parties.length > 0 ? (
            <form method="post" action={`${base}/yttranden`} class="stack narrow" aria-labelledby="file-statement">
              <h3 id="file-statement">{t('ws.matter.fileStatement')}</h3>
              <CsrfField frame={frame} />
              <div class="field">
                <label for="st-party">{t('ws.matter.party')}</label>
                <select id="st-party" name="partyId">
                  {parties.map((p) => (
                    <option value={p.id}>{`${p.name} (${p.abbreviation})`}</option>
                  ))}
                </select>
              </div>
              <div class="field">
                <label for="st-filed">{t('ws.matter.filedOn')}</label>
                <input id="st-filed" name="filedOn" type="date" required value={swedishDay()} />
              </div>
              <div class="field">
                <label for="st-point">{t('ws.matter.statementPoint')}</label>
                <input id="st-point" name="pointNumber" inputmode="numeric" required />
              </div>
              <Textarea id="st-text" name="text" label={t('ws.matter.statementText')} value="" rows={5} />
              <p>
                <button type="submit">{t('ws.matter.fileStatementSubmit')}</button>
              </p>
            </form>
          ) : (
            ''
          )}
        </section>
      </WorkspaceLayout>,
    ),
    status as 200,
  );
}

staffPage(matterPages, `${MATTERS}/:id`, 'motion.file', (c) => renderMatter(c));

const matterForm = formsAbout(matterPages, MATTERS, 'Ärendet', (c, errors, status, form) => renderMatter(c, errors, status, form));

async function staffReportOf(c: Context<AppEnv>, matterId: string) {
  const view = await loadMatterView(c.get('services').db, c.get('actor'), c.get('tenant').id, matterId);
  if (!view?.staffReport) throw notFound('Tjänsteutlåtandet');
  return view.staffReport;
}

matterForm(
  '/tjansteutlatande',
  'matter.manage',
  async (c, id, form) => {
    const sr = await staffReportOf(c, id);
    return transact(c, (trx) =>
      editStaffReport(trx, c.get('actor'), c.get('tenant'), sr.id, { summary: text(form, 'summary'), background: text(form, 'background'), consultation: text(form, 'consultation') }),
    );
  },
  'saved',
);

matterForm(
  '/punkter',
  'matter.manage',
  async (c, id, form) => {
    const sr = await staffReportOf(c, id);
    if (!text(form, 'text')) throw new AppError('invalid_input', 'Skriv punktens lydelse.');
    return transact(c, (trx) => addProposalPoint(trx, c.get('actor'), c.get('tenant'), sr.id, { text: text(form, 'text') }));
  },
  'created',
);

matterForm(
  '/punkter/:pointId',
  'matter.manage',
  async (c, id, form) => {
    const sr = await staffReportOf(c, id);
    const pointId = c.req.param('pointId') ?? '';
    if (!isUuid(pointId)) throw notFound('Punkten');
    if (!text(form, 'text')) throw new AppError('invalid_input', 'En punkt kan inte vara tom.');
    return transact(c, (trx) => editProposalPoint(trx, c.get('actor'), c.get('tenant'), sr.id, pointId, { text: text(form, 'text') }));
  },
  'saved',
);

/** Motion points from the form's rows: a row counts when it has a kind. */
export function motionPointsFromForm(form: FormValues) {
  const points: Array<{ kind: MotionPointKind; targetPointNumber: number | null; text?: string; organisationId: string | null }> = [];
  for (let i = 0; i < MOTION_ROWS; i++) {
    const kind = text(form, `p${SEP}${i}${SEP}kind`);
    if (!kind) continue;
    if (!(MOTION_POINT_KINDS as readonly string[]).includes(kind)) throw new AppError('invalid_input', 'Okänt slag av yrkandepunkt.');
    const target = text(form, `p${SEP}${i}${SEP}target`);
    const targetNumber = target ? Number(target) : null;
    if (targetNumber !== null && (!Number.isInteger(targetNumber) || targetNumber < 1)) throw new AppError('invalid_input', `Rad ${i + 1}: ange punktens nummer med siffror.`);
    const organisationId = optional(form, `p${SEP}${i}${SEP}organisationId`);
    points.push({
      kind: kind as MotionPointKind,
      targetPointNumber: targetNumber,
      ...(text(form, `p${SEP}${i}${SEP}text`) ? { text: text(form, `p${SEP}${i}${SEP}text`) } : {}),
      organisationId: kind === 'add' && isUuid(organisationId) ? organisationId : null,
    });
  }
  return points;
}

matterForm(
  '/yrkanden',
  'motion.file',
  (c, id, form) => {
    const partyIds = all(form, 'partyIds').filter(isUuid);
    if (partyIds.length === 0) throw new AppError('invalid_input', 'Välj partiet eller partierna bakom yrkandet.');
    const points = motionPointsFromForm(form);
    if (points.length === 0) throw new AppError('invalid_input', 'Ett yrkande behöver minst en punkt.');
    const revisesId = optional(form, 'revisesId');
    return transact(c, (trx) =>
      fileMotion(trx, c.get('actor'), c.get('tenant'), id, {
        partyIds,
        filedOn: text(form, 'filedOn') || swedishDay(),
        ...(text(form, 'reasoning') ? { reasoning: text(form, 'reasoning') } : {}),
        revisesId: isUuid(revisesId) ? revisesId : null,
        points,
      }),
    );
  },
  'created',
);

matterForm(
  '/yttranden',
  'motion.file',
  (c, id, form) => {
    const partyId = text(form, 'partyId');
    const pointNumber = Number(text(form, 'pointNumber'));
    if (!isUuid(partyId)) throw new AppError('invalid_input', 'Välj parti.');
    if (!Number.isInteger(pointNumber) || pointNumber < 1 || !text(form, 'text')) throw new AppError('invalid_input', 'Ange punktens nummer och yttrandets text.');
    return transact(c, (trx) =>
      fileStatement(trx, c.get('actor'), c.get('tenant'), id, { partyId, filedOn: text(form, 'filedOn') || swedishDay(), points: [{ pointNumber, text: text(form, 'text') }] }),
    );
  },
  'created',
);
