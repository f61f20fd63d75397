/**
 * Answering a survey for one organisation, without JavaScript: every question as a labelled
 * field in its group, "oklart" as a checkbox where allowed, an amount with its unit. Saving a
 * draft keeps what is typed; answers that cannot be accepted come back beside their questions,
 * with what was typed, and nothing is saved.
 */
import { Hono, type Context } from 'hono';
import type { AppEnv } from '../http/context.ts';
import { can } from '../auth/permissions.ts';
import { AppError, notFound } from '../http/errors.ts';
import type { Translate } from '../i18n/messages.ts';
import { formatDate, formatDateTime } from '../numbers/swedish-format.ts';
import { organisationScope } from '../organisations/organisation.store.ts';
import { answerForm, isUuid, readForm, text, transact, type FormValues } from '../workspace/form-input.ts';
import { staffForm, staffPage } from '../workspace/staff-routes.ts';
import { workspaceFrame, type WorkspaceFrame } from '../workspace/workspace-frame.ts';
import { htmlDocument } from '../pages/layout.tsx';
import { CsrfField, WorkspaceLayout } from '../workspace/workspace-layout.tsx';
import { aggregate } from './aggregate.ts';
import type { Answer, AnswerInput, AnswerProblem } from './answer.ts';
import { MONEY_UNITS, type Question } from './question.ts';
import { loadResponse, requestReopen, saveResponse, submitResponse } from './response.commands.ts';
import { canEdit, type ResponseWithAnswers } from './response.ts';
import { SurveyNoticeView, withSurveyNotice } from './survey-notice.tsx';
import type { Survey } from './survey.ts';
import { SURVEYS_BASE, SurveyStyles } from './survey.view.tsx';

export const responsePages = new Hono<AppEnv>();

const PATH = `${SURVEYS_BASE}/:id/svar/:organisationId`;

const number = (value: number) => String(value).replace('.', ',');

/** The survey and organisation in the path; anything but two ids is a page that does not exist. */
function targetOf(c: Context<AppEnv>) {
  const surveyId = c.req.param('id') ?? '';
  const organisationId = c.req.param('organisationId') ?? '';
  if (!isUuid(surveyId) || !isUuid(organisationId)) throw notFound('Svaret');
  return { surveyId, organisationId };
}

/** What the form shows for a stored answer. */
function fieldsOf(question: Question, answer: Answer | undefined): FormValues {
  const k = question.key;
  if (!answer) return {};
  if (answer.kind === 'unknown') return { [`unknown.${k}`]: '1' };
  switch (answer.kind) {
    case 'number':
    case 'percent':
      return { [`a.${k}`]: number(answer.value) };
    case 'amount':
      return { [`a.${k}`]: number(answer.value), [`u.${k}`]: answer.unit === 'mnkr' ? 'mkr' : answer.unit };
    case 'yes-no':
      return { [`a.${k}`]: answer.value ? 'ja' : 'nej' };
    case 'choice':
    case 'text':
      return { [`a.${k}`]: answer.value };
    case 'count-with-amount':
      return {
        ...(answer.count === 'unknown' ? { [`unknown.${k}`]: '1' } : { [`a.${k}`]: number(answer.count) }),
        ...(answer.amount === 'unknown' ? { [`amountUnknown.${k}`]: '1' } : answer.amount ? { [`m.${k}`]: number(answer.amount.value), [`u.${k}`]: answer.amount.unit === 'mnkr' ? 'mkr' : answer.amount.unit } : {}),
      };
  }
}

/** The posted form as answers to every question (an empty field clears its answer). */
export function inputsOf(survey: Survey, form: FormValues): AnswerInput[] {
  return survey.questions.map((q): AnswerInput => {
    const k = q.key;
    const unknown = text(form, `unknown.${k}`) === '1';
    if (q.kind === 'count-with-amount') {
      return {
        question: k,
        count: unknown ? null : text(form, `a.${k}`),
        countUnknown: unknown,
        amount: text(form, `m.${k}`),
        amountUnit: text(form, `u.${k}`) || null,
        amountUnknown: text(form, `amountUnknown.${k}`) === '1',
      };
    }
    if (unknown) return { question: k, unknown: true };
    if (q.kind === 'amount') return { question: k, value: text(form, `a.${k}`), unit: text(form, `u.${k}`) || null };
    return { question: k, text: text(form, `a.${k}`) };
  });
}

interface Ids {
  field: string;
  help: string;
  error: string;
}

function describedBy(ids: Ids, question: Question, problem: AnswerProblem | undefined) {
  return [question.help ? ids.help : '', problem ? ids.error : ''].filter(Boolean).join(' ') || undefined;
}

function QuestionField(props: { t: Translate; question: Question; values: FormValues; problem: AnswerProblem | undefined; readOnly: boolean }) {
  const { t, question: q, values, problem, readOnly } = props;
  const k = q.key;
  const ids: Ids = { field: `q-${k}`, help: `q-${k}-help`, error: `q-${k}-error` };
  const value = (name: string) => text(values, name);
  const invalid = problem ? 'true' : undefined;
  const described = describedBy(ids, q, problem);
  const label = (
    <>
      {q.text} <span class="muted">({t(q.required ? 'survey.answer.required' : 'survey.answer.optional')})</span>
    </>
  );
  const unknownBox = (name: string, labelKey: 'survey.answer.unknown' | 'survey.answer.countUnknown' | 'survey.answer.amountUnknown') =>
    q.allowsUnknown ? (
      <label class="checkbox">
        <input type="checkbox" name={`${name}.${k}`} value="1" checked={value(`${name}.${k}`) === '1'} disabled={readOnly} /> {t(labelKey)}
      </label>
    ) : (
      ''
    );
  const unitSelect = (id: string) => (
    <select id={id} name={`u.${k}`} disabled={readOnly} aria-label={`${q.text}: ${t('survey.answer.unit')}`}>
      {MONEY_UNITS.map((u) => (
        <option value={u} selected={(value(`u.${k}`) || q.unit) === u}>
          {u}
        </option>
      ))}
    </select>
  );
  const help = q.help ? (
    <p class="hint" id={ids.help}>
      {q.help}
    </p>
  ) : (
    ''
  );
  const error = problem ? (
    <p class="field-error" id={ids.error}>
      {problem.message}
    </p>
  ) : (
    ''
  );

  if (q.kind === 'yes-no' || q.kind === 'choice') {
    const options = q.kind === 'yes-no' ? [{ value: 'ja', label: t('survey.answer.yes') }, { value: 'nej', label: t('survey.answer.no') }] : (q.options ?? []);
    return (
      <fieldset class="question" id={ids.field} aria-describedby={described} aria-invalid={invalid}>
        <legend>{label}</legend>
        {help}
        {error}
        {options.map((o, i) => (
          <label class="radio">
            <input type="radio" id={i === 0 ? `${ids.field}-first` : undefined} name={`a.${k}`} value={o.value} checked={value(`a.${k}`) === o.value} disabled={readOnly} /> {o.label}
          </label>
        ))}
        {unknownBox('unknown', 'survey.answer.unknown')}
      </fieldset>
    );
  }
  if (q.kind === 'count-with-amount') {
    return (
      <fieldset class="question" id={ids.field} aria-describedby={described} aria-invalid={invalid}>
        <legend>{label}</legend>
        {help}
        {error}
        <div class="answer-row">
          <div class="field">
            <label for={`${ids.field}-count`}>{t('survey.answer.count')}</label>
            <input id={`${ids.field}-count`} name={`a.${k}`} inputmode="numeric" size={8} value={value(`a.${k}`)} readonly={readOnly} />
          </div>
          <div class="field">
            <label for={`${ids.field}-amount`}>{t('survey.answer.amount')}</label>
            <span>
              <input id={`${ids.field}-amount`} name={`m.${k}`} inputmode="decimal" size={10} value={value(`m.${k}`)} readonly={readOnly} /> {unitSelect(`${ids.field}-unit`)}
            </span>
          </div>
        </div>
        {unknownBox('unknown', 'survey.answer.countUnknown')}
        {unknownBox('amountUnknown', 'survey.answer.amountUnknown')}
      </fieldset>
    );
  }
  return (
    <div class="field question">
      <label for={ids.field}>{label}</label>
      {help}
      {error}
      {q.kind === 'text' ? (
        <textarea id={ids.field} name={`a.${k}`} aria-describedby={described} aria-invalid={invalid} readonly={readOnly}>
          {value(`a.${k}`)}
        </textarea>
      ) : (
        <span>
          <input
            id={ids.field}
            name={`a.${k}`}
            inputmode={q.kind === 'number' ? 'numeric' : 'decimal'}
            size={12}
            value={value(`a.${k}`)}
            aria-describedby={described}
            aria-invalid={invalid}
            readonly={readOnly}
          />{' '}
          {q.kind === 'amount' ? unitSelect(`${ids.field}-unit`) : q.kind === 'percent' ? '%' : ''}
        </span>
      )}
      {unknownBox('unknown', 'survey.answer.unknown')}
    </div>
  );
}

interface FormState {
  values?: FormValues;
  problems?: AnswerProblem[];
  errors?: string[];
  status?: number;
}

async function renderResponse(c: Context<AppEnv>, state: FormState = {}) {
  const frame: WorkspaceFrame = workspaceFrame(c);
  const { t } = frame;
  const { db } = c.get('services');
  const target = targetOf(c);
  const { survey, response } = await loadResponse(db, c.get('actor'), c.get('tenant'), target);
  const stored: FormValues = Object.assign({}, ...survey.questions.map((q) => fieldsOf(q, response.answers[q.key])));
  const values = state.values ?? stored;
  const problems = new Map((state.problems ?? []).map((p) => [p.question, p]));
  const locked = !canEdit(response.status) || survey.status !== 'open';
  const mayAnswer = frame.actor.kind === 'user' && (await canAnswer(c, target.organisationId));
  const readOnly = locked || !mayAnswer;
  const ungrouped = survey.questions.filter((q) => q.groupPosition === null);
  const groups = survey.groups.map((g) => ({ ...g, questions: survey.questions.filter((q) => q.groupPosition === g.position) })).filter((g) => g.questions.length > 0);
  const base = `${SURVEYS_BASE}/${survey.id}/svar/${response.organisationId}`;
  const title = t('survey.answer.title', { organisation: response.organisationName, survey: survey.title });
  const field = (q: Question) => <QuestionField t={t} question={q} values={values} problem={problems.get(q.key)} readOnly={readOnly} />;
  const summaryErrors = [...(state.errors ?? []), ...(state.problems ?? []).map((p) => p.message)];
  // The organisation's own answers as the table will print them.
  const own = aggregate(survey, [{ ...response, status: 'submitted' }]);
  return c.html(
    htmlDocument(
      <WorkspaceLayout frame={frame} title={title} breadcrumbs={[{ href: SURVEYS_BASE, label: t('survey.list.title') }]}>
        <SurveyStyles />
        <h1>{title}</h1>
        <SurveyNoticeView c={c} t={t} />
        {survey.deadline ? <p>{t('survey.answer.deadline', { date: formatDate(survey.deadline) })}</p> : ''}
        {survey.periodLabel ? (
          <p class="muted">
            {t('survey.facts.period')}: {survey.periodLabel}
          </p>
        ) : (
          ''
        )}
        {summaryErrors.length > 0 ? (
          <div class="error-summary" role="alert" tabindex={-1} id="error-summary">
            <h2>{t('survey.answer.problems')}</h2>
            <ul>
              {(state.errors ?? []).map((e) => (
                <li>{e}</li>
              ))}
              {(state.problems ?? []).map((p) => (
                <li>
                  <a href={`#q-${p.question}`}>{p.message}</a>
                </li>
              ))}
            </ul>
          </div>
        ) : (
          ''
        )}
        <StatusNote t={t} survey={survey} response={response} />
        {!readOnly ? <p class="lead">{t('survey.answer.lead', { organisation: response.organisationName })}</p> : ''}
        <form method="post" action={base} class="stack survey-form" novalidate>
          <CsrfField frame={frame} />
          <input type="hidden" name="version" value={String(response.version)} />
          {ungrouped.map(field)}
          {groups.map((g) => (
            <section class="editor-section" aria-labelledby={`g-${g.position}`}>
              <h2 id={`g-${g.position}`}>{g.title}</h2>
              <div class="stack">{g.questions.map(field)}</div>
            </section>
          ))}
          {!readOnly ? (
            <p class="actions">
              <button type="submit" name="action" value="save">
                {t('survey.answer.saveDraft')}
              </button>
              <button type="submit" name="action" value="submit">
                {t('survey.answer.submit')}
              </button>
            </p>
          ) : (
            ''
          )}
        </form>
        {response.status === 'submitted' && survey.status === 'open' && mayAnswer && !response.reopenRequestedAt ? (
          <form method="post" action={`${base}/begar-andring`} class="stack narrow">
            <CsrfField frame={frame} />
            <div class="field">
              <label for="reason">{t('survey.answer.reason')}</label>
              <textarea id="reason" name="reason" required minlength={3}></textarea>
            </div>
            <p>
              <button type="submit">{t('survey.answer.requestReopen')}</button>
            </p>
          </form>
        ) : (
          ''
        )}
        {Object.keys(response.answers).length > 0 ? (
          <details>
            <summary>{t('survey.answer.yours')}</summary>
            <table>
              <caption class="visually-hidden">{t('survey.answer.yours')}</caption>
              <tbody>
                {own.rows.map((row) => (
                  <tr>
                    <th scope="row">{row.label}</th>
                    <td class="num">{row.cells[0]?.text}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        ) : (
          ''
        )}
      </WorkspaceLayout>,
    ),
    (state.status ?? 200) as 200,
  );
}

function StatusNote(props: { t: Translate; survey: Survey; response: ResponseWithAnswers }) {
  const { t, survey, response } = props;
  if (response.status === 'submitted' && response.reopenRequestedAt) return <p class="warning">{t('survey.answer.reopenPending', { reason: response.reopenReason ?? '' })}</p>;
  if (response.status === 'submitted') return <p class="notice">{t('survey.answer.submitted', { date: response.submittedAt ? formatDateTime(response.submittedAt) : '' })}</p>;
  if (survey.status === 'closed') return <p class="warning">{t('survey.answer.closed')}</p>;
  if (survey.status === 'draft') return <p class="warning">{t('survey.answer.notOpen')}</p>;
  return <></>;
}

async function canAnswer(c: Context<AppEnv>, organisationId: string): Promise<boolean> {
  return can(c.get('actor'), 'survey.answer', { organisationIds: await organisationScope(c.get('services').db, c.get('tenant').id, organisationId) });
}

staffPage(responsePages, PATH, 'survey.read', (c) => renderResponse(c));

staffForm(responsePages, PATH, 'survey.answer', async (c) => {
  const form = await readForm(c);
  const target = targetOf(c);
  // Someone else's organisation is refused here as in the API (403), before anything is read.
  const { survey } = await loadResponse(c.get('services').db, c.get('actor'), c.get('tenant'), target);
  const version = Number(text(form, 'version'));
  const input = { version: Number.isInteger(version) && version > 0 ? version : undefined, answers: inputsOf(survey, form) };
  const submit = text(form, 'action') === 'submit';
  try {
    await transact(c, (trx) => (submit ? submitResponse : saveResponse)(trx, c.get('actor'), c.get('tenant'), target, input));
  } catch (error) {
    if (error instanceof AppError && Array.isArray(error.details?.problems)) {
      return renderResponse(c, { values: form, problems: error.details.problems as AnswerProblem[], status: error.status });
    }
    return answerForm(
      c,
      () => Promise.reject(error),
      (errors, status) => renderResponse(c, { values: form, errors, status }),
    );
  }
  return c.redirect(withSurveyNotice(`${SURVEYS_BASE}/${target.surveyId}/svar/${target.organisationId}`, submit ? 'submitted' : 'saved'), 303);
});

staffForm(responsePages, `${PATH}/begar-andring`, 'survey.answer', async (c) => {
  const form = await readForm(c);
  const target = targetOf(c);
  return answerForm(
    c,
    async () => {
      const reason = text(form, 'reason');
      if (reason.length < 3) throw new AppError('invalid_input', 'Skriv varför svaret behöver ändras.');
      await transact(c, (trx) => requestReopen(trx, c.get('actor'), c.get('tenant'), target, reason));
      return c.redirect(withSurveyNotice(`${SURVEYS_BASE}/${target.surveyId}/svar/${target.organisationId}`, 'requested'), 303);
    },
    (errors, status) => renderResponse(c, { errors, status }),
  );
});
