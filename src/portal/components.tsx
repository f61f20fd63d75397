/** Small building blocks the public pages share. */
import type { AssignmentStatus } from '../assignments/assignment-status.ts';
import { statusLabel } from '../assignments/assignment.labels.ts';
import type { Translate } from '../i18n/messages.ts';

export function StatusBadge(props: { t: Translate; status: AssignmentStatus }) {
  return <span class={`status status-${props.status}`}>{statusLabel(props.t, props.status)}</span>;
}

/** "Inställt" after a cancelled meeting's name (a space first), nothing for any other. */
export function CancelledMark(props: { t: Translate; state: string }) {
  if (props.state !== 'cancelled') return <></>;
  return (
    <>
      {' '}
      <span class="status status-cancelled">{props.t('meetings.cancelled')}</span>
    </>
  );
}

/** `path?query` with some parameters replaced (undefined or '' removes them). */
export function withQuery(path: string, base: URLSearchParams | string, changes: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams(base);
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined || value === '') params.delete(key);
    else params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

export interface PagerProps {
  t: Translate;
  path: string;
  query: URLSearchParams;
  /** 1-based. */
  page: number;
  pageCount: number;
  /** Name of the page parameter. */
  param?: string;
}

/**
 * Numbered pages with previous/next, as plain links (no script, every link reachable by Tab).
 * Long ranges show the first, the last and two on each side of the current page.
 */
export function Pager(props: PagerProps) {
  const { t, page, pageCount } = props;
  if (pageCount <= 1) return '';
  const param = props.param ?? 'sida';
  const href = (n: number) => withQuery(props.path, props.query, { [param]: n === 1 ? undefined : n });
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pageCount])].filter((n) => n >= 1 && n <= pageCount).sort((a, b) => a - b);
  return (
    <nav class="pager" aria-label={t('pager.label')}>
      <ul>
        {page > 1 ? (
          <li>
            <a href={href(page - 1)} rel="prev">
              {t('pager.previous')}
            </a>
          </li>
        ) : (
          ''
        )}
        {shown.map((n, i) => (
          <>
            {i > 0 && n - shown[i - 1]! > 1 ? (
              <li class="gap" aria-hidden="true">
                …
              </li>
            ) : (
              ''
            )}
            <li>
              {n === page ? (
                <a href={href(n)} aria-current="page" aria-label={t('pager.page', { page: n, count: pageCount })}>
                  {n}
                </a>
              ) : (
                <a href={href(n)} aria-label={t('pager.page', { page: n, count: pageCount })}>
                  {n}
                </a>
              )}
            </li>
          </>
        ))}
        {page < pageCount ? (
          <li>
            <a href={href(page + 1)} rel="next">
              {t('pager.next')}
            </a>
          </li>
        ) : (
          ''
        )}
      </ul>
    </nav>
  );
}

/** "Ladda ner: CSV · JSON · Följ (Atom)" under a list. */
export function Downloads(props: { t: Translate; csv?: string; json?: string; feed?: string }) {
  const { t } = props;
  return (
    <ul class="downloads" aria-label={t('downloads.label')}>
      {props.csv ? (
        <li>
          <a href={props.csv} type="text/csv">
            {t('downloads.csv')}
          </a>
        </li>
      ) : (
        ''
      )}
      {props.json ? (
        <li>
          <a href={props.json} type="application/json">
            {t('downloads.json')}
          </a>
        </li>
      ) : (
        ''
      )}
      {props.feed ? (
        <li>
          <a href={props.feed} type="application/atom+xml">
            {t('downloads.feed')}
          </a>
        </li>
      ) : (
        ''
      )}
    </ul>
  );
}

/** Reads a 1-based page number from the query; anything odd is page 1. */
export function pageNumber(value: string | undefined): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 100_000 ? n : 1;
}
