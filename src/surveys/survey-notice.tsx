/** Confirmations after a survey form (`?enkat=submitted`), from a closed list so no text comes from the URL. */
import type { Context } from 'hono';
import type { AppEnv } from '../http/context.ts';
import type { Translate } from '../i18n/messages.ts';

const NOTICES = ['saved', 'submitted', 'requested', 'reopened', 'reminded', 'opened', 'closed', 'created', 'edited', 'placed', 'unplaced'] as const;
type SurveyNotice = (typeof NOTICES)[number];

export function withSurveyNotice(path: string, notice: SurveyNotice, params: Record<string, string | number> = {}): string {
  const query = new URLSearchParams({ enkat: notice, ...Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])) });
  return `${path}?${query}`;
}

export function SurveyNoticeView(props: { c: Context<AppEnv>; t: Translate }) {
  const asked = props.c.req.query('enkat');
  if (!(NOTICES as readonly string[]).includes(asked ?? '')) return <></>;
  const count = Number(props.c.req.query('antal') ?? 0);
  const round = Number(props.c.req.query('omgang') ?? 0);
  const organisations = props.t.n('count.organisation', Number.isFinite(count) ? count : 0);
  return (
    <p class="notice" role="status">
      {props.t(`survey.notice.${asked as SurveyNotice}`, { organisations, round: Number.isFinite(round) ? round : 0 })}
    </p>
  );
}
