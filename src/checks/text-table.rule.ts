/**
 * A figure in prose that names a table's quantity must match the table. A claim is compared
 * only when its unit (from the sentence, or the sub-heading above it), its quantity, whether it
 * is about the period or the full year, and the table are all identified unambiguously;
 * otherwise it is left alone.
 */
import type { CheckCell, CheckRow, CheckSection, CheckTable, ColumnRole, Finding, RowRole } from './check-document.ts';
import { blocksOf, columnsOf, figureOf, precisionOf, rowOfRole } from './financial-statement.ts';
import { placeName, whereIn, type Rule, type RuleContext } from './finding.ts';
import { claimsIn, rangesIn, type ProseFigure, type Quantity, type RangeClaim } from './prose-claims.ts';
import { lineAt, type Paragraph } from './prose.ts';
import { halfUnit, overlaps, roundingUnit } from './tolerance.ts';
import { canonicalUnit, unitLabel, unitMentions } from './unit-names.ts';

type Group = 'period' | 'full-year';

const QUANTITY_WORDS: Record<Quantity, string> = {
  result: 'resultatet',
  budget: 'budgeten',
  variance: 'avvikelsen',
  costs: 'kostnaderna',
  income: 'intäkterna',
};

/** Table rows that prose names in other words; extend per template. */
export const ROW_PHRASES: readonly { prose: RegExp; row: RegExp }[] = [
  { prose: /genomsnittlig\w* utbetal\w* belopp|snittutbetalning/i, row: /^snittutbetalning/i },
];

const SCALE: Record<string, number> = { mnkr: 1e6, mkr: 1e6, tkr: 1e3, kr: 1 };

export const textTableRule: Rule = (context) => {
  const findings: Finding[] = [];
  for (const section of context.doc.sections) {
    let headingUnit: string | null = null;
    for (const { paragraph, sentences } of context.prose(section).paragraphs) {
      if (paragraph.heading) {
        // A sub-heading sets the unit for the paragraphs under it; an unknown one clears it.
        const unit = canonicalUnit(paragraph.text);
        headingUnit = unit.startsWith('label:') ? null : unit;
        continue;
      }
      for (const sentence of sentences) {
        findings.push(...statementClaims(context, section, paragraph, sentence.text, sentence.offset, headingUnit));
        findings.push(...rangeClaims(context, section, paragraph, sentence.text, sentence.offset));
      }
    }
  }
  return findings;
};

function groupOf(sentence: string, section: CheckSection): Group | null {
  if (/\bprognos/i.test(sentence)) return 'full-year';
  if (/\bperiodens?\b|\butfall/i.test(sentence)) return 'period';
  if (/prognos|helår/i.test(section.title)) return 'full-year';
  if (/utfall|period/i.test(section.title)) return 'period';
  return null;
}

function rowRoleOf(quantity: Quantity): RowRole {
  return quantity === 'costs' || quantity === 'income' ? quantity : 'result';
}

function columnRole(quantity: Quantity, group: Group): ColumnRole {
  if (quantity === 'budget') return 'budget';
  if (quantity === 'variance') return 'variance';
  return group === 'period' ? 'actual' : 'forecast';
}

interface Located {
  table: CheckTable;
  blockName: string | null;
  row: CheckRow;
  column: number;
  printed: string;
  value: number;
  decimals: number;
}

function statementClaims(
  context: RuleContext,
  section: CheckSection,
  paragraph: Paragraph,
  sentence: string,
  offset: number,
  headingUnit: string | null,
): Finding[] {
  const claims = claimsIn(sentence);
  if (claims.length === 0) return [];
  const group = groupOf(sentence, section);
  if (!group) return [];
  // Budget and variance belong to the row the sentence is about: costs when it speaks of costs.
  const subjectRow = rowRoleOf(claims.find((claim) => claim.quantity === 'costs' || claim.quantity === 'income')?.quantity ?? 'result');
  const mentions = unitMentions(sentence);
  const findings: Finding[] = [];
  for (const claim of claims) {
    const before = mentions.filter((mention) => mention.end <= claim.index).pop();
    const unit = before?.id ?? headingUnit;
    if (!unit) continue;
    const rowRole = claim.quantity === 'budget' || claim.quantity === 'variance' ? subjectRow : rowRoleOf(claim.quantity);
    const located = locate(context, section, unit, rowRole, columnRole(claim.quantity, group), group);
    if (!located || figuresAgree(claim.figure, located)) continue;
    const part = context.index.partOfSection(section);
    const columnLabel = located.table.columns[located.column]?.label ?? '';
    findings.push({
      rule: 'prose-figure-matches-table',
      kind: 'text-table',
      severity: 'error',
      message:
        `Texten anger ${QUANTITY_WORDS[claim.quantity]} för ${unitLabel(unit)} till ${claim.figure.printed}, men tabellen i ` +
        `${placeName(context.index.partOfTable(located.table), located.table.section)} ` +
        `(${located.blockName ? `${located.blockName}, ` : ''}${located.row.label}, ${columnLabel}) visar ${located.printed}.`,
      where: whereIn(part, {
        section: section.number,
        table: located.table.id,
        block: located.blockName ?? undefined,
        row: located.row.label,
        column: columnLabel,
        line: lineAt(paragraph, offset + claim.index) ?? section.line,
      }),
      values: [claim.figure.printed, located.printed],
    });
  }
  return findings;
}

/** Prose magnitudes against table amounts (costs print negative), within both roundings. */
function figuresAgree(figure: ProseFigure, located: Located): boolean {
  const tableScale = SCALE[located.table.unit ?? ''] ?? 1;
  const proseHalf = halfUnit(figure.decimals) * figure.scale;
  const tableHalf = halfUnit(located.decimals) * tableScale;
  const prose = figure.value * figure.scale;
  const table = Math.abs(located.value) * tableScale;
  return overlaps(prose - proseHalf, prose + proseHalf, table - tableHalf, table + tableHalf);
}

function isWithin(section: string | null, ancestor: string | null): boolean {
  return section !== null && ancestor !== null && (section === ancestor || section.startsWith(`${ancestor}.`));
}

/**
 * The table figure a claim is about. A table in an enclosing section wins (4.3.1's prose is
 * about 4.3's table); otherwise every table stating the quantity must agree, or nothing is compared.
 */
function locate(context: RuleContext, section: CheckSection, unit: string, rowRole: RowRole, role: ColumnRole, group: Group): Located | null {
  const part = context.index.partOfSection(section);
  const found: Located[] = [];
  for (const table of context.doc.tables) {
    if (table.kind !== 'financial-statement' || context.index.partOfTable(table) !== part) continue;
    const column = columnsOf(table, role, group)[0];
    if (column === undefined) continue;
    for (const block of blocksOf(table)) {
      if (block.unit !== unit) continue;
      const row = rowOfRole(block, rowRole);
      const figure = figureOf(row?.cells[column], precisionOf(block.statement));
      if (row && figure) {
        found.push({ table, blockName: block.name, row, column, printed: figure.printed, value: figure.value, decimals: figure.decimals });
        break;
      }
    }
  }
  const enclosing = found
    .filter((candidate) => isWithin(section.number, candidate.table.section))
    .sort((a, b) => (b.table.section?.length ?? 0) - (a.table.section?.length ?? 0));
  if (enclosing[0]) return enclosing[0];
  const first = found[0];
  if (!first) return null;
  const consistent = found.every((other) => Math.abs(Math.abs(other.value) - Math.abs(first.value)) <= halfUnit(Math.min(other.decimals, first.decimals)));
  return consistent ? first : null;
}

/** "Genomsnittligt utbetalt belopp varierar mellan 7 tkr och 535tkr" against that row's smallest and largest. */
function rangeClaims(context: RuleContext, section: CheckSection, paragraph: Paragraph, sentence: string, offset: number): Finding[] {
  const findings: Finding[] = [];
  for (const range of rangesIn(sentence)) {
    const phrase = ROW_PHRASES.find((candidate) => candidate.prose.test(range.subject));
    const named = phrase?.prose.exec(range.subject)?.[0];
    if (!phrase || !named) continue;
    const part = context.index.partOfSection(section);
    const tables = context.doc.tables.filter(
      (table) => context.index.partOfTable(table) === part && (section.number === null || isWithin(table.section, section.number) || table.section === section.number),
    );
    const matches = tables.flatMap((table) => table.rows.filter((row) => phrase.row.test(row.label)).map((row) => ({ table, row })));
    if (matches.length !== 1) continue;
    const { table, row } = matches[0]!;
    findings.push(...compareRange(context, section, paragraph, offset, { ...range, subject: named }, table, row));
  }
  return findings;
}

function rowScale(table: CheckTable, row: CheckRow, cell: CheckCell): number | null {
  if (/\bi kronor\b/i.test(row.label)) return 1;
  if (/\bi tkr\b/i.test(row.label)) return 1e3;
  const unit = /(mnkr|mkr|tkr|kr)$/i.exec(cell.printed ?? '')?.[1] ?? table.unit ?? '';
  return SCALE[unit.toLowerCase()] ?? null;
}

function compareRange(
  context: RuleContext,
  section: CheckSection,
  paragraph: Paragraph,
  offset: number,
  range: RangeClaim,
  table: CheckTable,
  row: CheckRow,
): Finding[] {
  const values = row.cells
    .map((cell) => {
      const scale = rowScale(table, row, cell);
      if (cell.value === null || cell.unknown || cell.printed === null || scale === null) return null;
      const half = (roundingUnit(cell.printed) / 2) * scale;
      return { printed: cell.printed, low: cell.value * scale - half, high: cell.value * scale + half, value: cell.value * scale };
    })
    .filter((cell): cell is NonNullable<typeof cell> => cell !== null);
  if (values.length === 0) return [];
  const smallest = values.reduce((a, b) => (b.value < a.value ? b : a));
  const largest = values.reduce((a, b) => (b.value > a.value ? b : a));
  const findings: Finding[] = [];
  const check = (figure: ProseFigure, actual: typeof smallest, word: string) => {
    const half = halfUnit(figure.decimals) * figure.scale;
    const value = figure.value * figure.scale;
    if (overlaps(value - half, value + half, actual.low, actual.high)) return;
    findings.push({
      rule: 'prose-range-matches-table',
      kind: 'text-table',
      severity: 'error',
      message:
        `Texten säger att ${range.subject.toLowerCase()} varierar mellan ${range.low.printed} och ${range.high.printed}, ` +
        `men ${word} värdet i tabellens rad ${row.label} är ${actual.printed}.`,
      where: whereIn(context.index.partOfSection(section), {
        section: section.number,
        table: table.id,
        row: row.label,
        line: lineAt(paragraph, offset + range.index) ?? section.line,
      }),
      values: [figure.printed, actual.printed],
    });
  };
  check(range.low, smallest, 'minsta');
  check(range.high, largest, 'största');
  return findings;
}
