/**
 * A survey's table placed in a report section. It stays linked to the answers: each cell keeps
 * the figure computed from them, and the report prints either that or a figure the writer typed
 * over it. The checker reads the table as printed (a CheckTable of kind 'survey'), so a printed
 * share that its own figures do not give, or prose that contradicts the table, is flagged;
 * `answerFindings` adds what only the survey knows: a printed figure that is not the answer.
 */
import { checkCell, type CheckDocument, type CheckSection, type CheckTable, type Finding } from '../checks/check-document.ts';
import { averageRows, ratioRows } from '../checks/derived-rows.ts';
import { EPSILON, overlaps, roundingUnit, roundToUnit } from '../checks/tolerance.ts';
import { formatNumber } from '../numbers/swedish-format.ts';
import { parseFigure } from '../numbers/swedish-parse.ts';
import type { AggregateCell, AggregateTable } from './aggregate.ts';
import { decimalsOfNumber, toKronor, type Answer } from './answer.ts';
import { evaluate, parseFormula, type Quantity } from './formula.ts';
import { KRONOR_PER_UNIT, type Question } from './question.ts';
import type { DerivedRow } from './survey.ts';

export const TOTAL_COLUMN = 'total';

export interface Placement {
  id: string;
  surveyId: string;
  reportId: string | null;
  /** Section number in the report ("3.4"), or null in an unnumbered part such as an attachment. */
  section: string | null;
  /** Part of the matter when not the report itself, e.g. "attachment-2". */
  part: string | null;
  title: string;
  /** Rows in the printed order, by question or derived-row key. */
  rowKeys: string[];
  /** Columns in the printed order. */
  organisationIds: string[];
  /** Labels printed instead of the organisations' names. */
  columnLabels: Record<string, string>;
  rowLabels: Record<string, string>;
  /** Figures typed over the computed ones: printed[rowKey][organisationId | 'total']. */
  printed: Record<string, Record<string, string>>;
  showTotals: boolean;
}

export interface PlacedCell {
  /** As the report prints it. */
  printed: string;
  /** From the answers. */
  computed: AggregateCell | null;
  /** True when the writer typed this figure instead of the computed one. */
  overridden: boolean;
  /** A typed figure that is not the computed one at its own precision (37 500 for 37 500,0 is not). */
  differs: boolean;
}

export interface PlacedRow {
  key: string;
  label: string;
  source: 'question' | 'derived';
  cells: PlacedCell[];
}

export interface PlacedTable {
  placementId: string;
  surveyId: string;
  section: string | null;
  part: string | null;
  title: string;
  columns: { organisationId: string; label: string }[];
  rows: PlacedRow[];
}

export function placeTable(placement: Placement, table: AggregateTable): PlacedTable {
  const columnIndex = new Map(table.columns.map((c, i) => [c.organisationId, i]));
  const columnIds = [...placement.organisationIds, ...(placement.showTotals ? [TOTAL_COLUMN] : [])];
  const rows: PlacedRow[] = [];
  for (const key of placement.rowKeys) {
    const row = table.rows.find((r) => r.key === key);
    if (!row) continue;
    rows.push({
      key,
      label: placement.rowLabels[key] ?? row.label,
      source: row.source,
      cells: columnIds.map((id) => {
        const computed = id === TOTAL_COLUMN ? row.total : (row.cells[columnIndex.get(id) ?? -1] ?? null);
        const typed = placement.printed[key]?.[id];
        if (typed === undefined) return { printed: computed?.text ?? '', computed, overridden: false, differs: false };
        return { printed: typed, computed, overridden: true, differs: computed !== null && !printedIsAnswer(typed, computed) };
      }),
    });
  }
  return {
    placementId: placement.id,
    surveyId: placement.surveyId,
    section: placement.section,
    part: placement.part,
    title: placement.title,
    columns: columnIds.map((id) => ({
      organisationId: id,
      label: id === TOTAL_COLUMN ? 'Totalt' : (placement.columnLabels[id] ?? table.columns[columnIndex.get(id) ?? -1]?.label ?? id),
    })),
    rows,
  };
}

export const tableIdOf = (placed: PlacedTable) => `enkat-${placed.placementId}`;

/** The table as the checker reads it: the printed figures, one organisation per column. */
export function toCheckTable(placed: PlacedTable): CheckTable {
  return {
    id: tableIdOf(placed),
    section: placed.section,
    ...(placed.part ? { part: placed.part } : {}),
    title: placed.title,
    unit: null,
    kind: 'survey',
    columns: placed.columns.map((c) => ({ label: c.label, role: 'organisation' as const })),
    rows: placed.rows.map((row) => ({ label: row.label, role: 'other' as const, cells: row.cells.map((cell) => checkCell(cell.printed === '–' ? null : cell.printed)) })),
  };
}

/**
 * The rule kinds that make sense on a table taken out of its report: numbering and references
 * need the whole document (section 3.4 alone is not "section 1 missing").
 */
export const FRAGMENT_RULES = ['arithmetic', 'cross-table', 'text-table', 'rounding', 'placeholder', 'draft-note'] as const;

/** A document of the placed table alone, with the prose of its section when there is some. */
export function placementCheckDocument(placed: PlacedTable, prose: CheckSection['lines'] = []): CheckDocument {
  return {
    sections: [{ number: placed.section, title: placed.title, ...(placed.part ? { part: placed.part } : {}), lines: prose }],
    tables: [toCheckTable(placed)],
  };
}

function where(placed: PlacedTable, row: PlacedRow, column: number): Finding['where'] {
  return {
    section: placed.section,
    table: tableIdOf(placed),
    row: row.label,
    column: placed.columns[column]!.label,
    ...(placed.part ? { part: placed.part } : {}),
  };
}

/** Two figures for the same answer agree when the printed one, as rounded, can be the answer. */
function printedIsAnswer(printed: string, cell: AggregateCell): boolean {
  const figure = parseFigure(printed);
  const sameUnknown = (q: Quantity | undefined, unknown: boolean) => (q?.kind === 'unknown') === unknown;
  if (!sameUnknown(cell.quantity, figure.unknown)) return false;
  const close = (printedValue: number | null, q: Quantity | undefined, text: string) => {
    if (q?.kind !== 'value') return printedValue === null;
    if (printedValue === null) return false;
    const unit = roundingUnit(text);
    return Math.abs(roundToUnit(q.value, unit) - printedValue) <= EPSILON * Math.max(1, Math.abs(printedValue)) || Math.abs(q.value - printedValue) < EPSILON;
  };
  if (cell.answerText !== undefined) return printed.trim().toLowerCase() === cell.answerText.trim().toLowerCase();
  if (!figure.unknown && !close(figure.value, cell.quantity, printed.replace(/\(.*$/, ''))) return false;
  if (cell.amount) {
    const inner = /\(([^)]*)\)/.exec(printed)?.[1] ?? '';
    if (cell.amount.kind === 'unknown') return figure.amount?.value === null;
    if (cell.amount.kind === 'value') return figure.amount !== undefined && close(figure.amount.value, cell.amount, inner);
  }
  return true;
}

/**
 * Findings only the survey can make: a printed answer that is not what the organisation
 * answered, and a printed derived figure the checker cannot recognise from its label that its
 * formula over the answers does not give (within the rounding of the answers).
 */
export function answerFindings(placed: PlacedTable, context: { questions: Question[]; derivedRows: DerivedRow[]; answersByOrganisation: Map<string, Record<string, Answer>> }): Finding[] {
  const findings: Finding[] = [];
  const checkTable = toCheckTable(placed);
  const recognised = new Set([...ratioRows(checkTable).map((r) => r.row.label), ...averageRows(checkTable).map((r) => r.row.label)]);
  for (const row of placed.rows) {
    row.cells.forEach((cell, c) => {
      if (!cell.overridden || !cell.computed) return;
      if (row.source === 'question') {
        if (printedIsAnswer(cell.printed, cell.computed)) return;
        findings.push({
          rule: 'survey-figure-matches-answer',
          kind: 'cross-table',
          severity: 'error',
          message: `${row.label} står som ${cell.printed} för ${placed.columns[c]!.label}, men enkätsvaret är ${cell.computed.text}.`,
          where: where(placed, row, c),
          values: [cell.printed, cell.computed.text],
        });
        return;
      }
      if (recognised.has(row.label)) return; // the checker's rounding rule judges it
      const derived = context.derivedRows.find((d) => d.key === row.key);
      const answers = context.answersByOrganisation.get(placed.columns[c]!.organisationId);
      if (!derived || !answers) return;
      const verdict = judgeDerived(derived, cell.printed, context.questions, answers);
      if (verdict) {
        findings.push({
          rule: 'survey-derived-matches-answers',
          kind: 'rounding',
          severity: 'error',
          message: `${row.label} står som ${cell.printed} för ${placed.columns[c]!.label}, men formeln ${derived.formula} ger ${verdict} med enkätsvaren.`,
          where: where(placed, row, c),
          values: [cell.printed, verdict],
        });
      }
    });
  }
  return findings;
}

const DERIVED_SCALE = { number: 1, '%': 1, kr: 1, tkr: 1_000, mkr: 1_000_000 } as const;

/**
 * Evaluates the formula at the corners of the answers' rounding (an amount answered as 0,7 mkr
 * is anything from 0,65 to 0,75 mkr; counts are exact). Returns the computed figure as text when
 * the printed one lies outside, else null.
 */
function judgeDerived(derived: DerivedRow, printed: string, questions: Question[], answers: Record<string, Answer>): string | null {
  const parsed = parseFormula(derived.formula);
  const printedValue = parseFigure(printed).value;
  if (!parsed.ok || printedValue === null) return null;
  const inputs = parsed.refs.map((ref) => {
    const question = questions.find((q) => q.key === ref.key);
    const answer = answers[ref.key];
    if (!question || !answer) return null;
    let money: { value: number; unit: keyof typeof KRONOR_PER_UNIT } | null = null;
    if (answer.kind === 'amount') money = answer;
    if (answer.kind === 'count-with-amount' && ref.part === 'amount' && answer.amount && answer.amount !== 'unknown') money = answer.amount;
    if (money) return { ref, value: toKronor(money), half: 0.5 * 10 ** -decimalsOfNumber(money.value) * KRONOR_PER_UNIT[money.unit] };
    const value = answer.kind === 'number' || answer.kind === 'percent' ? answer.value : answer.kind === 'count-with-amount' && ref.part === 'value' && answer.count !== 'unknown' ? answer.count : answer.kind === 'yes-no' ? (answer.value ? 1 : 0) : null;
    return value === null ? null : { ref, value, half: answer.kind === 'percent' ? 0.5 * 10 ** -decimalsOfNumber(answer.value) : 0 };
  });
  if (inputs.some((i) => i === null) || inputs.length > 10) return null;
  const known = inputs as NonNullable<(typeof inputs)[number]>[];
  const scale = DERIVED_SCALE[derived.unit];
  const at = (values: number[]) => {
    const result = evaluate(parsed.formula, (ref) => {
      const i = known.findIndex((k) => k.ref.key === ref.key && k.ref.part === ref.part);
      return { kind: 'value', value: values[i]! };
    });
    return result.kind === 'value' ? result.value / scale : null;
  };
  const centre = at(known.map((k) => k.value));
  if (centre === null) return null;
  let low = Infinity;
  let high = -Infinity;
  for (let mask = 0; mask < 1 << known.length; mask++) {
    const value = at(known.map((k, i) => k.value + (mask & (1 << i) ? k.half : -k.half)));
    if (value === null) return null;
    low = Math.min(low, value);
    high = Math.max(high, value);
  }
  const unit = roundingUnit(printed);
  if (overlaps(low - EPSILON, high + EPSILON, printedValue - unit / 2, printedValue + unit / 2)) return null;
  const decimals = Math.max(0, Math.round(-Math.log10(unit)));
  return `${formatNumber(roundToUnit(centre, unit), { decimals })}${derived.unit === '%' ? ' %' : ''}`;
}
