/**
 * Answers and the aggregated table for spreadsheets: CSV as a Swedish spreadsheet opens it
 * (UTF-8 with BOM, `;` between fields, decimal comma, no thousands separator) and XLSX with
 * real numbers. "Oklart" stays the word "oklart", never a zero; a total with unknown parts is
 * "minst N"; an empty cell means no answer.
 */
import ExcelJS from 'exceljs';
import { formatDateTime } from '../numbers/swedish-format.ts';
import { csvNumber, toSwedishCsv } from '../open-data/swedish-csv.ts';
import type { AggregateCell, AggregateTable } from './aggregate.ts';
import { decimalsOfNumber, type Answer } from './answer.ts';
import type { Quantity } from './formula.ts';
import type { Question } from './question.ts';
import type { ResponseWithAnswers } from './response.ts';
import type { Survey } from './survey.ts';

type Value = string | number | null;
/** An answer line's cells: a submission time stays a Date until the file format decides how to write it. */
type AnswerValue = Value | Date;

// The open-data conventions (src/open-data/swedish-csv.ts): BOM, `;`, decimal comma, CRLF.
const csv = toSwedishCsv;

/** A figure for export: its number, "oklart", "minst N", or empty when there is none. */
function exportValue(q: Quantity | undefined, atLeast: number | undefined, rounded?: number): Value {
  if (!q) return null;
  if (rounded !== undefined) return rounded;
  if (q.kind === 'value') return Math.round(q.value * 1e6) / 1e6;
  if (atLeast !== undefined && atLeast > 0) return `minst ${csvNumber(atLeast)}`;
  return q.kind === 'unknown' ? 'oklart' : null;
}

interface ExportRow {
  label: string;
  values: Value[];
}

/** Decimals the row's figures need in a spreadsheet's number format (at most 3). */
function decimalsOf(values: readonly Value[]): number {
  return Math.min(3, Math.max(0, ...values.map((v) => (typeof v === 'number' ? decimalsOfNumber(v) : 0))));
}

function rowsOf(table: AggregateTable): ExportRow[] {
  const rows: ExportRow[] = [];
  const cellsWithTotal = (cells: AggregateCell[], total: AggregateCell | null) => (total ? [...cells, total] : [...cells, null]);
  for (const row of table.rows) {
    const unit = row.unit ? ` (${row.unit})` : '';
    const cells = cellsWithTotal(row.cells, row.total);
    if (row.kind === 'count-with-amount') {
      rows.push({ label: row.label, values: cells.map((c) => (c ? exportValue(c.quantity, c.atLeast) : null)) });
      rows.push({ label: `${row.label} – belopp${unit}`, values: cells.map((c) => (c ? exportValue(c.amount, c.amountAtLeast) : null)) });
    } else if (row.kind === 'text' || row.kind === 'choice' || row.kind === 'yes-no') {
      rows.push({ label: row.label, values: cells.map((c) => c?.answerText ?? null) });
    } else {
      rows.push({ label: `${row.label}${row.source === 'question' ? unit : row.unit === '%' ? ' (%)' : ''}`, values: cells.map((c) => (c ? exportValue(c.quantity, c.atLeast, c.rounded) : null)) });
    }
  }
  return rows;
}

const aggregateHeader = (table: AggregateTable) => ['Fråga', ...table.columns.map((c) => c.label), 'Totalt'];

/** The aggregated table: one row per question (a count with amount gives two), one column per organisation and the total. */
export function aggregateCsv(table: AggregateTable): Buffer {
  return csv(aggregateHeader(table), rowsOf(table).map((r) => [r.label, ...r.values]));
}

const ANSWER_HEADER = ['Organisation', 'Status', 'Inskickat', 'Frågenyckel', 'Fråga', 'Svar', 'Värde', 'Enhet', 'Belopp', 'Beloppets enhet'];

const STATUS_TEXT = { 'not-started': 'ej påbörjat', draft: 'utkast', submitted: 'inskickat' } as const;

function answerParts(question: Question, answer: Answer | undefined): Value[] {
  if (!answer) return ['', null, null, null, null];
  switch (answer.kind) {
    case 'unknown':
      return ['oklart', null, null, null, null];
    case 'number':
      return [csvNumber(answer.value), answer.value, null, null, null];
    case 'percent':
      return [`${csvNumber(answer.value)} %`, answer.value, '%', null, null];
    case 'amount':
      return [`${csvNumber(answer.value)} ${answer.unit}`, answer.value, answer.unit, null, null];
    case 'yes-no':
      return [answer.value ? 'ja' : 'nej', answer.value ? 1 : 0, null, null, null];
    case 'choice':
      return [question.options?.find((o) => o.value === answer.value)?.label ?? answer.value, answer.value, null, null, null];
    case 'text':
      return [answer.value, null, null, null, null];
    case 'count-with-amount': {
      const count = answer.count === 'unknown' ? 'oklart' : answer.count;
      const amount = answer.amount === null ? null : answer.amount === 'unknown' ? 'oklart' : answer.amount.value;
      const text = `${answer.count === 'unknown' ? 'oklart' : answer.count}${answer.amount === null ? '' : answer.amount === 'unknown' ? ' (oklart)' : ` (${csvNumber(answer.amount.value)} ${answer.amount.unit})`}`;
      return [text, count, null, amount, answer.amount && answer.amount !== 'unknown' ? answer.amount.unit : null];
    }
  }
}

function answerRows(survey: Survey, responses: readonly ResponseWithAnswers[]): AnswerValue[][] {
  const rows: AnswerValue[][] = [];
  for (const response of responses) {
    for (const question of survey.questions) {
      rows.push([
        response.organisationName,
        STATUS_TEXT[response.status],
        response.submittedAt,
        question.key,
        question.text,
        ...answerParts(question, response.answers[question.key]),
      ]);
    }
  }
  return rows;
}

/**
 * Swedish wall-clock time (formatDateTime: "2023-08-28 14:05") as a spreadsheet date: a spreadsheet has no time zones, and exceljs
 * writes a Date's UTC fields, so the Date carries Swedish local time in them.
 */
const spreadsheetTime = (at: Date) => new Date(`${formatDateTime(at).replace(' ', 'T')}:00Z`);

/** Every answer, one line per organisation and question, as given (127 mkr stays 127 mkr); submitted in Swedish time. */
export function answersCsv(survey: Survey, responses: readonly ResponseWithAnswers[]): Buffer {
  return csv(ANSWER_HEADER, answerRows(survey, responses).map((row) => row.map((v) => (v instanceof Date ? formatDateTime(v) : v))));
}

/** Both as sheets of one workbook, numbers as numbers. */
export async function surveyWorkbook(survey: Survey, table: AggregateTable, responses: readonly ResponseWithAnswers[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Uppsikt';
  book.title = survey.title;
  const summary = book.addWorksheet('Sammanställning');
  summary.addRow([survey.periodLabel ? `${survey.title} (${survey.periodLabel})` : survey.title]).font = { bold: true };
  summary.addRow(aggregateHeader(table)).font = { bold: true };
  for (const row of rowsOf(table)) {
    const added = summary.addRow([row.label, ...row.values]);
    const decimals = decimalsOf(row.values);
    added.eachCell((cell, column) => {
      if (column > 1 && typeof cell.value === 'number') cell.numFmt = decimals > 0 ? `# ##0.${'0'.repeat(decimals)}` : '# ##0';
    });
  }
  summary.getColumn(1).width = 48;
  for (let c = 2; c <= table.columns.length + 2; c++) summary.getColumn(c).width = 16;
  summary.views = [{ state: 'frozen', xSplit: 1, ySplit: 2 }];

  const answers = book.addWorksheet('Svar');
  answers.addRow(ANSWER_HEADER).font = { bold: true };
  for (const row of answerRows(survey, responses)) {
    const added = answers.addRow(row.map((v) => (v instanceof Date ? spreadsheetTime(v) : v)));
    added.eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = 'yyyy-mm-dd hh:mm';
    });
  }
  answers.getColumn(ANSWER_HEADER.indexOf('Inskickat') + 1).width = 17;
  answers.getColumn(1).width = 36;
  answers.getColumn(5).width = 48;
  answers.getColumn(6).width = 24;
  answers.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await book.xlsx.writeBuffer());
}
