/** Pieces the survey pages share: the aggregated table, a placed table with its findings, labels. */
import type { Child } from 'hono/jsx';
import type { Finding } from '../checks/check-document.ts';
import type { Translate } from '../i18n/messages.ts';
import { formatNumber, formatPercent } from '../numbers/swedish-format.ts';
import { ScrollRegion } from '../pages/scroll-region.tsx';
import type { AggregateTable } from './aggregate.ts';
import type { Quantity } from './formula.ts';
import type { ResponseStatus } from './response.ts';
import type { RoundComparison } from './round-comparison.ts';
import type { PlacedTable } from './survey-placement.ts';
import type { SurveyStatus } from './survey.ts';

export const SURVEYS_BASE = '/arbete/enkater';
export const SURVEYS_CSS = `${SURVEYS_BASE}/assets/surveys.css`;

/** The survey pages' own stylesheet, linked from the page body (allowed for stylesheets). */
export function SurveyStyles() {
  return <link rel="stylesheet" href={SURVEYS_CSS} />;
}

export const surveyStatusLabel = (t: Translate, status: SurveyStatus) => t(`survey.status.${status}`);
export const responseStatusLabel = (t: Translate, status: ResponseStatus) => t(`survey.response.${status}`);

export function ResponseBadge(props: { t: Translate; status: ResponseStatus }) {
  const tone = props.status === 'submitted' ? 'closed' : props.status === 'draft' ? 'in-progress' : 'assigned';
  return <span class={`status status-${tone}`}>{responseStatusLabel(props.t, props.status)}</span>;
}

/** A survey table in its scroll box: caption, a header naming the rows and each column (and the total), then the rows. */
function SurveyTable(props: { t: Translate; caption: string; columns: Array<{ label: string }>; total: boolean; children: Child }) {
  const { t } = props;
  return (
    <ScrollRegion label={props.caption}>
      <table class="survey-table">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('survey.col.row')}</th>
            {props.columns.map((c) => (
              <th scope="col" class="num">
                {c.label}
              </th>
            ))}
            {props.total ? (
              <th scope="col" class="num">
                {t('survey.col.total')}
              </th>
            ) : (
              ''
            )}
          </tr>
        </thead>
        <tbody>{props.children}</tbody>
      </table>
    </ScrollRegion>
  );
}

/** The aggregated table: organisations as columns (as the seed's Tabell 1 prints it), a total last. */
export function AggregateTableView(props: { t: Translate; table: AggregateTable; caption: string }) {
  const { t, table } = props;
  return (
    <SurveyTable t={t} caption={props.caption} columns={table.columns} total>
      {table.rows.map((row) => (
        <tr class={row.source === 'derived' ? 'derived' : undefined}>
          <th scope="row">
            {row.label}
            {row.source === 'derived' ? <span class="muted"> ({t('survey.table.derived')})</span> : ''}
          </th>
          {row.cells.map((cell) => (
            <td class={cell.answerText !== undefined && row.kind === 'text' ? undefined : 'num'}>{cell.text}</td>
          ))}
          <td class="num">{row.total?.text ?? ''}</td>
        </tr>
      ))}
    </SurveyTable>
  );
}

function changeText(change: Quantity, percent: number | null): string {
  if (change.kind !== 'value') return change.kind === 'unknown' ? 'oklart' : '–';
  const absolute = formatNumber(change.value, { decimals: Number.isInteger(change.value) ? 0 : 1, signed: true });
  return percent === null ? absolute : `${absolute} (${formatPercent(percent, { signed: true })})`;
}

/** Each figure's change since the previous round: "+107 (+6,3 %)". */
export function ComparisonView(props: { t: Translate; table: AggregateTable; comparison: RoundComparison }) {
  const { t, table, comparison } = props;
  return (
    <SurveyTable t={t} caption={t('survey.table.comparison')} columns={table.columns} total>
      {comparison.rows
        .filter((row) => row.cells.some((cell) => cell.previous !== null))
        .map((row) => (
          <tr>
            <th scope="row">{row.label}</th>
            {row.cells.map((cell) => (
              <td class="num">
                {changeText(cell.change, cell.changePercent)}
                <br />
                <span class="muted">
                  {t('survey.table.previous')}: {cell.previous?.text ?? '–'}
                </span>
              </td>
            ))}
            <td class="num">{row.total ? changeText(row.total.change, row.total.changePercent) : ''}</td>
          </tr>
        ))}
    </SurveyTable>
  );
}

/** A table as a report prints it; a figure typed over the computed one says so. */
export function PlacedTableView(props: { t: Translate; placed: PlacedTable }) {
  const { t, placed } = props;
  return (
    <SurveyTable t={t} caption={placed.title} columns={placed.columns} total={false}>
      {placed.rows.map((row) => (
        <tr>
          <th scope="row">{row.label}</th>
          {row.cells.map((cell) => (
            <td class="num">
              {cell.printed}
              {cell.differs && cell.computed ? (
                <>
                  <br />
                  <span class="muted">{t('survey.placements.overridden', { computed: cell.computed.text })}</span>
                </>
              ) : (
                ''
              )}
            </td>
          ))}
        </tr>
      ))}
    </SurveyTable>
  );
}

export function FindingsList(props: { t: Translate; findings: Finding[] }) {
  const { t, findings } = props;
  if (findings.length === 0) return <p>{t('survey.findings.none')}</p>;
  return (
    <ul class="findings">
      {findings.map((f) => (
        <li>
          <span class={`severity-${f.severity}`}>{t(f.severity === 'error' ? 'survey.findings.error' : 'survey.findings.warning')}:</span> {f.message}
        </li>
      ))}
    </ul>
  );
}

/** Where a placed table stands, as people say it: "avsnitt 3.3.3", "bilaga 2" (stored as part "attachment-2"). */
export function placeLabel(placement: { section: string | null; part: string | null }, t: Translate): string {
  const attachment = placement.part ? /^attachment-(\d+)$/.exec(placement.part)?.[1] : undefined;
  if (attachment) return t('survey.placements.inAttachment', { n: attachment });
  if (placement.part) return placement.part;
  return placement.section ? t('survey.placements.inSection', { section: placement.section }) : '';
}
