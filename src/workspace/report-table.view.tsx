/**
 * A report table in the editor: each figure as printed, with the system's computed figure
 * beside a typed one when they differ (said in words, not by colour), and, for tables the
 * reporter fills in, an input per figure labelled by its row and column headers.
 */
import type { Translate } from '../i18n/messages.ts';
import type { ReportCell, ReportTable } from '../reports/report-table.ts';
import { SEP } from './section-form.ts';
import { ScrollRegion } from '../pages/scroll-region.tsx';

/** How a table's figures are typed in, or read-only. */
export type TableInput = { kind: 'given' | 'values'; rowKey: (rowKey: string) => string } | undefined;

function CellText(props: { t: Translate; cell: ReportCell }) {
  const { t, cell } = props;
  if (cell.differs) {
    return (
      <>
        {cell.shown} <span class="differs">({t('ws.section.differs', { given: cell.given ?? '', computed: cell.computed ?? '' })})</span>
      </>
    );
  }
  if (cell.given === null && cell.computed !== null) {
    return (
      <>
        {cell.shown} <span class="visually-hidden">{t('ws.section.computedMark')}</span>
      </>
    );
  }
  return <>{cell.shown ?? ''}</>;
}

export function ReportTableView(props: { t: Translate; table: ReportTable; input?: TableInput; idPrefix: string }) {
  const { t, table, input, idPrefix } = props;
  const colId = (i: number) => `${idPrefix}-c${i}`;
  const rowId = (i: number) => `${idPrefix}-r${i}`;
  return (
    <ScrollRegion label={t('ws.section.table')}>
      <table class="report-table">
        <caption>
          {table.caption}
          {table.unit ? ` (${table.unit})` : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">{table.rowHeader}</th>
            {table.columns.map((c, i) => (
              <th scope="col" id={colId(i)} class={c.align === 'right' ? 'num' : undefined}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr class={row.kind === 'sum' ? 'sum' : undefined}>
              <th scope="row" id={rowId(r)}>
                {row.label}
              </th>
              {row.cells.map((cell, i) => {
                const column = table.columns[i]!;
                if (!input) {
                  return (
                    <td class={column.align === 'right' ? 'num' : undefined}>
                      <CellText t={t} cell={cell} />
                    </td>
                  );
                }
                const hintId = `${idPrefix}-h${r}-${i}`;
                return (
                  <td class="num">
                    <input
                      class="figure-input"
                      name={`${input.kind}${SEP}${input.rowKey(row.key)}${SEP}${column.key}`}
                      value={cell.given ?? ''}
                      inputmode="decimal"
                      aria-labelledby={`${rowId(r)} ${colId(i)}`}
                      aria-describedby={cell.computed !== null ? hintId : undefined}
                    />
                    {cell.computed !== null ? (
                      <span class="hint" id={hintId}>
                        {t('ws.section.computed', { value: cell.computed })}
                      </span>
                    ) : (
                      ''
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {table.note ? <p class="hint">{table.note}</p> : ''}
    </ScrollRegion>
  );
}
