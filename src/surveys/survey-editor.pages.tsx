/**
 * Writing a survey in the workspace without JavaScript: rows of questions and derived rows as
 * plain fields ("Fler rader" posts the form back with more empty rows), groups one per line,
 * and who must answer. Saved as a draft through the same command as the API; a draft (such as
 * the next round, copied from the last) is changed in the same form until it is opened.
 */
import { Hono, type Context } from 'hono';
import type { AppEnv } from '../http/context.ts';
import { AppError, notFound } from '../http/errors.ts';
import type { Translate } from '../i18n/messages.ts';
import { listOrganisations } from '../organisations/organisation.store.ts';
import { ORGANISATION_KINDS, type Organisation, type OrganisationKind } from '../organisations/organisation.ts';
import { all, answerForm, isUuid, readForm, text, transact, type FormValues } from '../workspace/form-input.ts';
import { staffForm, staffPage } from '../workspace/staff-routes.ts';
import { workspaceFrame } from '../workspace/workspace-frame.ts';
import { htmlDocument } from '../pages/layout.tsx';
import { CsrfField, ErrorSummary, WorkspaceLayout } from '../workspace/workspace-layout.tsx';
import { MONEY_UNITS, QUESTION_KINDS, type MoneyUnit, type Question, type QuestionKind } from './question.ts';
import { createSurvey, editSurvey } from './survey.commands.ts';
import { requireSurvey } from './survey.queries.ts';
import { SurveyNoticeView, withSurveyNotice } from './survey-notice.tsx';
import { DERIVED_UNITS, type Audience, type DerivedRow, type DerivedUnit, type Survey, type SurveyDefinition } from './survey.ts';
import { SURVEYS_BASE, SurveyStyles } from './survey.view.tsx';

export const surveyEditorPages = new Hono<AppEnv>();

const NEW = `${SURVEYS_BASE}/ny`;
const editPath = (id: string) => `${SURVEYS_BASE}/${id}/andra`;
const START_QUESTIONS = 6;
const START_DERIVED = 2;
const MORE = 5;

const oneOf = <T extends string>(list: readonly T[], value: string): T | null => ((list as readonly string[]).includes(value) ? (value as T) : null);

/** Form row (0-based) of each question and derived row kept, to name them in error messages. */
export interface FormRows {
  questions: number[];
  derived: number[];
}

/** The posted form as a survey definition; rows left empty are skipped. */
export function definitionOf(form: FormValues, rows: FormRows = { questions: [], derived: [] }): SurveyDefinition {
  const groups = text(form, 'groups')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((title, i) => ({ position: i + 1, title }));
  const questions: Question[] = [];
  const questionRows = Math.max(START_QUESTIONS, Number(text(form, 'questionRows')) || 0);
  for (let i = 0; i < questionRows; i++) {
    const key = text(form, `q${i}.key`);
    const questionText = text(form, `q${i}.text`);
    if (!key && !questionText) continue;
    const kind = oneOf(QUESTION_KINDS, text(form, `q${i}.kind`));
    if (!kind) throw new AppError('invalid_input', `Fråga ${i + 1}: välj slag av svar.`);
    const group = Number(text(form, `q${i}.group`));
    const options = text(form, `q${i}.options`)
      .split(';')
      .map((o) => o.trim())
      .filter(Boolean);
    rows.questions.push(i);
    questions.push({
      key,
      kind: kind as QuestionKind,
      text: questionText,
      help: text(form, `q${i}.help`) || null,
      unit: oneOf(MONEY_UNITS, text(form, `q${i}.unit`)) as MoneyUnit | null,
      options: kind === 'choice' ? options.map((label, n) => ({ value: `alt${n + 1}`, label })) : null,
      allowsUnknown: text(form, `q${i}.unknown`) === '1',
      required: text(form, `q${i}.required`) !== 'nej',
      groupPosition: Number.isInteger(group) && group > 0 ? group : null,
    });
  }
  const derivedRows: DerivedRow[] = [];
  const derivedCount = Math.max(START_DERIVED, Number(text(form, 'derivedRows')) || 0);
  for (let i = 0; i < derivedCount; i++) {
    const key = text(form, `d${i}.key`);
    const formula = text(form, `d${i}.formula`);
    if (!key && !formula) continue;
    const decimals = Number(text(form, `d${i}.decimals`) || '0');
    rows.derived.push(i);
    derivedRows.push({
      key,
      label: text(form, `d${i}.label`) || key,
      formula,
      unit: (oneOf(DERIVED_UNITS, text(form, `d${i}.unit`)) ?? 'number') as DerivedUnit,
      decimals: Number.isInteger(decimals) ? Math.max(-6, Math.min(4, decimals)) : 0,
    });
  }
  const audienceType = text(form, 'audience');
  const audience: Audience =
    audienceType === 'kinds'
      ? { type: 'kinds', kinds: all(form, 'kinds').filter((k): k is OrganisationKind => (ORGANISATION_KINDS as readonly string[]).includes(k)) }
      : audienceType === 'list'
        ? { type: 'list', organisationIds: all(form, 'organisations') }
        : { type: 'all' };
  const deadline = text(form, 'deadline');
  if (deadline && !/^\d{4}-\d{2}-\d{2}$/.test(deadline)) throw new AppError('invalid_input', 'Sista svarsdag ska skrivas som 2024-08-23.');
  const title = text(form, 'title');
  if (title.length < 3) throw new AppError('invalid_input', 'Enkäten behöver en titel (minst 3 tecken).');
  return {
    title,
    description: text(form, 'description') || null,
    periodLabel: text(form, 'periodLabel') || null,
    groups,
    questions,
    derivedRows,
    audience,
    deadline: deadline || null,
    repeats: text(form, 'repeats') === '1',
    cycleId: null,
  };
}

/** A survey as the form's fields: what definitionOf reads back into the same definition. */
export function formValuesOf(survey: Survey): FormValues {
  const groups = [...survey.groups].sort((a, b) => a.position - b.position);
  // The form numbers groups by their line, so a question names its group's line.
  const line = new Map(groups.map((g, i) => [g.position, i + 1]));
  const values: FormValues = {
    title: survey.title,
    description: survey.description ?? '',
    periodLabel: survey.periodLabel ?? '',
    deadline: survey.deadline ?? '',
    repeats: survey.repeats ? '1' : '',
    groups: groups.map((g) => g.title).join('\n'),
    questionRows: String(Math.max(START_QUESTIONS, survey.questions.length)),
    derivedRows: String(Math.max(START_DERIVED, survey.derivedRows.length)),
    audience: survey.audience.type,
    kinds: survey.audience.type === 'kinds' ? survey.audience.kinds : [],
    organisations: survey.audience.type === 'list' ? survey.audience.organisationIds : [],
    version: String(survey.version),
  };
  survey.questions.forEach((q, i) => {
    Object.assign(values, {
      [`q${i}.key`]: q.key,
      [`q${i}.kind`]: q.kind,
      [`q${i}.text`]: q.text,
      [`q${i}.help`]: q.help ?? '',
      [`q${i}.unit`]: q.unit ?? '',
      [`q${i}.group`]: q.groupPosition === null ? '' : String(line.get(q.groupPosition) ?? ''),
      [`q${i}.required`]: q.required ? 'ja' : 'nej',
      [`q${i}.options`]: (q.options ?? []).map((o) => o.label).join('; '),
      [`q${i}.unknown`]: q.allowsUnknown ? '1' : '',
    });
  });
  survey.derivedRows.forEach((d, i) => {
    Object.assign(values, { [`d${i}.key`]: d.key, [`d${i}.label`]: d.label, [`d${i}.formula`]: d.formula, [`d${i}.unit`]: d.unit, [`d${i}.decimals`]: String(d.decimals) });
  });
  return values;
}

/**
 * What an edited draft keeps that the form does not show: its cycle, and the stored value of
 * each choice whose label is unchanged (rounds compare choices by value).
 */
function keepUnshown(def: SurveyDefinition, survey: Survey): SurveyDefinition {
  return {
    ...def,
    cycleId: survey.cycleId,
    questions: def.questions.map((q) => {
      if (!q.options) return q;
      const before = survey.questions.find((b) => b.key === q.key)?.options ?? [];
      const used = new Set<string>();
      const kept = q.options.map((o) => {
        const match = before.find((b) => b.label === o.label && !used.has(b.value));
        if (match) used.add(match.value);
        return match?.value ?? null;
      });
      let n = 0;
      const fresh = () => {
        let value: string;
        do value = `alt${++n}`;
        while (used.has(value));
        used.add(value);
        return value;
      };
      return { ...q, options: q.options.map((o, i) => ({ value: kept[i] ?? fresh(), label: o.label })) };
    }),
  };
}

function QuestionRow(props: { t: Translate; i: number; values: FormValues }) {
  const { t, i, values } = props;
  const v = (name: string) => text(values, `q${i}.${name}`);
  const id = (name: string) => `q${i}-${name}`;
  return (
    <fieldset class="question-row">
      <legend>{t('survey.new.question', { n: i + 1 })}</legend>
      <div class="answer-row">
        <div class="field">
          <label for={id('key')}>{t('survey.new.key')}</label>
          <input id={id('key')} name={`q${i}.key`} value={v('key')} size={16} pattern="[a-z][a-z0-9_]{0,39}" />
        </div>
        <div class="field">
          <label for={id('kind')}>{t('survey.new.kind')}</label>
          <select id={id('kind')} name={`q${i}.kind`}>
            {QUESTION_KINDS.map((k) => (
              <option value={k} selected={v('kind') === k}>
                {t(`survey.kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for={id('unit')}>{t('survey.new.unit')}</label>
          <select id={id('unit')} name={`q${i}.unit`}>
            <option value="">–</option>
            {MONEY_UNITS.map((u) => (
              <option value={u} selected={v('unit') === u}>
                {u}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for={id('group')}>{t('survey.new.group')}</label>
          <input id={id('group')} name={`q${i}.group`} value={v('group')} size={3} inputmode="numeric" />
        </div>
        <div class="field">
          <label for={id('required')}>{t('survey.new.requiredField')}</label>
          <select id={id('required')} name={`q${i}.required`}>
            <option value="ja">{t('survey.answer.yes')}</option>
            <option value="nej" selected={v('required') === 'nej'}>
              {t('survey.answer.no')}
            </option>
          </select>
        </div>
      </div>
      <div class="field">
        <label for={id('text')}>{t('survey.new.text')}</label>
        <input id={id('text')} name={`q${i}.text`} value={v('text')} />
      </div>
      <div class="field">
        <label for={id('help')}>{t('survey.new.help')}</label>
        <input id={id('help')} name={`q${i}.help`} value={v('help')} />
      </div>
      <div class="field">
        <label for={id('options')}>{t('survey.new.options')}</label>
        <input id={id('options')} name={`q${i}.options`} value={v('options')} />
      </div>
      <label class="checkbox">
        <input type="checkbox" name={`q${i}.unknown`} value="1" checked={v('unknown') === '1'} /> {t('survey.new.allowsUnknown')}
      </label>
    </fieldset>
  );
}

function DerivedRowFields(props: { t: Translate; i: number; values: FormValues }) {
  const { t, i, values } = props;
  const v = (name: string) => text(values, `d${i}.${name}`);
  const id = (name: string) => `d${i}-${name}`;
  return (
    <fieldset class="question-row">
      <legend>{t('survey.new.derivedRow', { n: i + 1 })}</legend>
      <div class="answer-row">
        <div class="field">
          <label for={id('key')}>{t('survey.new.key')}</label>
          <input id={id('key')} name={`d${i}.key`} value={v('key')} size={16} />
        </div>
        <div class="field">
          <label for={id('label')}>{t('survey.new.label')}</label>
          <input id={id('label')} name={`d${i}.label`} value={v('label')} />
        </div>
        <div class="field">
          <label for={id('formula')}>{t('survey.new.formula')}</label>
          {/* The example is a formula (code), so it stays literal; what it means comes from the catalogue. */}
          <input id={id('formula')} name={`d${i}.formula`} value={v('formula')} placeholder="100 * avslag / ansokningar" aria-describedby={id('formula-hint')} />
          <p class="hint" id={id('formula-hint')}>
            {t('survey.new.formulaHint')}
          </p>
        </div>
        <div class="field">
          <label for={id('unit')}>{t('survey.new.derivedUnit')}</label>
          <select id={id('unit')} name={`d${i}.unit`}>
            {DERIVED_UNITS.map((u) => (
              <option value={u} selected={v('unit') === u}>
                {u === 'number' ? t('survey.unit.number') : u}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for={id('decimals')}>{t('survey.new.decimals')}</label>
          <input id={id('decimals')} name={`d${i}.decimals`} value={v('decimals') || '0'} size={3} inputmode="numeric" />
        </div>
      </div>
    </fieldset>
  );
}

/** A new survey, or a draft being changed (which stays a draft). */
type EditorMode = { kind: 'new' } | { kind: 'edit'; survey: Survey };

async function renderEditor(c: Context<AppEnv>, mode: EditorMode, values: FormValues = {}, errors: string[] = [], status = 200) {
  const frame = workspaceFrame(c);
  const { t } = frame;
  const editing = mode.kind === 'edit' ? mode.survey : null;
  const heading = editing ? t('survey.edit.title', { title: editing.title }) : t('survey.new.title');
  const breadcrumbs = [{ href: SURVEYS_BASE, label: t('survey.list.title') }, ...(editing ? [{ href: `${SURVEYS_BASE}/${editing.id}`, label: editing.title }] : [])];
  if (editing && editing.status !== 'draft') {
    // Answers are given to the questions as they were opened: changing them now would change what was answered.
    return c.html(
      htmlDocument(
        <WorkspaceLayout frame={frame} title={heading} breadcrumbs={breadcrumbs}>
          <SurveyStyles />
          <h1>{heading}</h1>
          <ErrorSummary frame={frame} errors={errors} />
          <p>{t('survey.edit.notDraft')}</p>
          <p>
            <a href={`${SURVEYS_BASE}/${editing.id}`}>{t('survey.edit.back')}</a>
          </p>
        </WorkspaceLayout>,
      ),
      status as 200,
    );
  }
  const organisations: Organisation[] = await listOrganisations(c.get('services').db, c.get('tenant').id);
  const questionRows = Math.max(START_QUESTIONS, Number(text(values, 'questionRows')) || 0);
  const derivedRows = Math.max(START_DERIVED, Number(text(values, 'derivedRows')) || 0);
  const audience = text(values, 'audience') || 'list';
  const chosenKinds = new Set(all(values, 'kinds'));
  const chosenOrgs = new Set(all(values, 'organisations'));
  return c.html(
    htmlDocument(
      <WorkspaceLayout frame={frame} title={heading} breadcrumbs={breadcrumbs}>
        <SurveyStyles />
        <h1>{heading}</h1>
        <p class="lead">{t(editing ? 'survey.edit.lead' : 'survey.new.lead')}</p>
        <SurveyNoticeView c={c} t={t} />
        <ErrorSummary frame={frame} errors={errors} />
        <form method="post" action={editing ? editPath(editing.id) : NEW} class="stack survey-form">
          <CsrfField frame={frame} />
          {editing ? <input type="hidden" name="version" value={text(values, 'version') || String(editing.version)} /> : ''}
          <input type="hidden" name="questionRows" value={String(questionRows)} />
          <input type="hidden" name="derivedRows" value={String(derivedRows)} />
          <section class="editor-section" aria-labelledby="basics">
            <h2 id="basics">{t('survey.new.basics')}</h2>
            <div class="field">
              <label for="s-title">{t('survey.new.titleField')}</label>
              <input id="s-title" name="title" required minlength={3} value={text(values, 'title')} />
            </div>
            <div class="field">
              <label for="s-description">{t('survey.new.description')}</label>
              <textarea id="s-description" name="description">
                {text(values, 'description')}
              </textarea>
            </div>
            <div class="field">
              <label for="s-period">{t('survey.new.period')}</label>
              <input id="s-period" name="periodLabel" value={text(values, 'periodLabel')} />
            </div>
            <div class="field">
              <label for="s-deadline">{t('survey.new.deadline')}</label>
              <input id="s-deadline" name="deadline" type="date" value={text(values, 'deadline')} />
            </div>
            <label class="checkbox">
              <input type="checkbox" name="repeats" value="1" checked={text(values, 'repeats') === '1'} /> {t('survey.new.repeats')}
            </label>
            <div class="field">
              <label for="s-groups">{t('survey.new.groups')}</label>
              <textarea id="s-groups" name="groups">
                {text(values, 'groups')}
              </textarea>
            </div>
          </section>
          <section class="editor-section" aria-labelledby="questions">
            <h2 id="questions">{t('survey.new.questions')}</h2>
            {Array.from({ length: questionRows }, (_, i) => (
              <QuestionRow t={t} i={i} values={values} />
            ))}
          </section>
          <section class="editor-section" aria-labelledby="derived">
            <h2 id="derived">{t('survey.new.derived')}</h2>
            {Array.from({ length: derivedRows }, (_, i) => (
              <DerivedRowFields t={t} i={i} values={values} />
            ))}
          </section>
          <p>
            <button type="submit" name="action" value="more" class="button-secondary">
              {t('survey.new.moreRows')}
            </button>
          </p>
          <section class="editor-section" aria-labelledby="audience">
            <h2 id="audience">{t('survey.new.audience')}</h2>
            <fieldset>
              <legend>{t('survey.new.audience')}</legend>
              {(['list', 'kinds', 'all'] as const).map((type) => (
                <label class="radio">
                  <input type="radio" name="audience" value={type} checked={audience === type} />{' '}
                  {t(type === 'all' ? 'survey.new.audienceAll' : type === 'kinds' ? 'survey.new.audienceKinds' : 'survey.new.audienceList')}
                </label>
              ))}
            </fieldset>
            <fieldset>
              <legend>{t('survey.new.kinds')}</legend>
              {ORGANISATION_KINDS.map((k) => (
                <label class="checkbox">
                  <input type="checkbox" name="kinds" value={k} checked={chosenKinds.has(k)} /> {t(`organisationKind.${k}`)}
                </label>
              ))}
            </fieldset>
            <fieldset>
              <legend>{t('survey.new.organisations')}</legend>
              {organisations.map((o) => (
                <label class="checkbox">
                  <input type="checkbox" name="organisations" value={o.id} checked={chosenOrgs.has(o.id)} /> {o.name}
                </label>
              ))}
            </fieldset>
          </section>
          <p>
            <button type="submit" name="action" value="save">
              {t(editing ? 'survey.edit.save' : 'survey.new.save')}
            </button>
          </p>
        </form>
      </WorkspaceLayout>,
    ),
    status as 200,
  );
}

const t = (c: Context<AppEnv>) => workspaceFrame(c).t;

/** "questions.2.unit: …" as the person sees the form: "Fråga 3: …". */
function fieldMessage(translate: Translate, field: { path: string; message: string }, rows: FormRows): string {
  const [list, index] = field.path.split('.');
  const n = Number(index);
  if (list === 'questions' && Number.isInteger(n)) return `${translate('survey.new.question', { n: (rows.questions[n] ?? n) + 1 })}: ${field.message}`;
  if (list === 'derivedRows' && Number.isInteger(n)) return `${translate('survey.new.derivedRow', { n: (rows.derived[n] ?? n) + 1 })}: ${field.message}`;
  if (list === 'audience') return `${translate('survey.new.audience')}: ${field.message}`;
  return field.message;
}

/** "Fler rader": the form back with more empty rows, nothing saved. */
function withMoreRows(form: FormValues): FormValues {
  return { ...form, questionRows: String((Number(text(form, 'questionRows')) || START_QUESTIONS) + MORE), derivedRows: String((Number(text(form, 'derivedRows')) || START_DERIVED) + 2) };
}

/** Saves through `save`; a refusal comes back on the form with each problem named as the person sees the form. */
async function saveFromForm(c: Context<AppEnv>, mode: EditorMode, form: FormValues, save: (rows: FormRows) => Promise<Response>) {
  const rows: FormRows = { questions: [], derived: [] };
  try {
    return await save(rows);
  } catch (error) {
    const fields = error instanceof AppError ? (error.details?.fields as { path: string; message: string }[] | undefined) : undefined;
    if (fields) return renderEditor(c, mode, form, fields.map((f) => fieldMessage(t(c), f, rows)), error instanceof AppError ? error.status : 400);
    return answerForm(
      c,
      () => Promise.reject(error),
      (errors, status) => renderEditor(c, mode, form, errors, status),
    );
  }
}

staffPage(surveyEditorPages, NEW, 'survey.manage', (c) => renderEditor(c, { kind: 'new' }));

staffForm(surveyEditorPages, NEW, 'survey.manage', async (c) => {
  const form = await readForm(c);
  if (text(form, 'action') === 'more') return renderEditor(c, { kind: 'new' }, withMoreRows(form));
  return saveFromForm(c, { kind: 'new' }, form, async (rows) => {
    const created = await transact(c, (trx) => createSurvey(trx, c.get('actor'), c.get('tenant'), definitionOf(form, rows)));
    return c.redirect(withSurveyNotice(`${SURVEYS_BASE}/${created.id}`, 'created'), 303);
  });
});

async function draftOf(c: Context<AppEnv>): Promise<Survey> {
  const id = c.req.param('id') ?? '';
  if (!isUuid(id)) throw notFound('Enkäten');
  return requireSurvey(c.get('services').db, c.get('tenant').id, id);
}

staffPage(surveyEditorPages, `${SURVEYS_BASE}/:id/andra`, 'survey.manage', async (c) => {
  const survey = await draftOf(c);
  return renderEditor(c, { kind: 'edit', survey }, formValuesOf(survey));
});

staffForm(surveyEditorPages, `${SURVEYS_BASE}/:id/andra`, 'survey.manage', async (c) => {
  const survey = await draftOf(c);
  const form = await readForm(c);
  const mode: EditorMode = { kind: 'edit', survey };
  if (text(form, 'action') === 'more') return renderEditor(c, mode, withMoreRows(form));
  return saveFromForm(c, mode, form, async (rows) => {
    const version = Number(text(form, 'version'));
    if (!Number.isInteger(version)) throw new AppError('invalid_input', 'Formuläret saknar enkätens version; läs in sidan igen.');
    await transact(c, (trx) => editSurvey(trx, c.get('actor'), c.get('tenant'), survey.id, version, keepUnshown(definitionOf(form, rows), survey)));
    return c.redirect(withSurveyNotice(`${SURVEYS_BASE}/${survey.id}`, 'edited'), 303);
  });
});
