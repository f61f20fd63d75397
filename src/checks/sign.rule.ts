/**
 * Sign conventions of financial statements: costs are negative everywhere, so a positive cost
 * among negative ones is a lost minus sign; and a cost breakdown must not print its period
 * columns negative and its full-year columns positive.
 */
import type { CheckRow, CheckTable, Finding } from './check-document.ts';
import { blocksOf, figureOf, isDifferenceColumn, precisionOf, RESULT_TERMS, type Block, type Breakdown } from './financial-statement.ts';
import { whereIn, type Rule, type RuleContext } from './finding.ts';
import { sumHolds } from './tolerance.ts';

export const signRule: Rule = (context) => {
  const findings: Finding[] = [];
  for (const table of context.doc.tables) {
    if (table.kind !== 'financial-statement') continue;
    const blocks = blocksOf(table);
    findings.push(...positiveCosts(context, table, blocks));
    for (const block of blocks) {
      for (const breakdown of block.breakdowns) findings.push(...mixedBreakdownSigns(context, table, block, breakdown));
    }
  }
  return findings;
};

interface CostCell {
  block: Block;
  row: CheckRow;
  column: number;
  value: number;
}

function positiveCosts(context: RuleContext, table: CheckTable, blocks: Block[]): Finding[] {
  const cells: CostCell[] = [];
  for (const block of blocks) {
    for (const row of block.statement) {
      if (row.role !== 'costs') continue;
      row.cells.forEach((cell, column) => {
        if (isDifferenceColumn(table.columns[column]) || cell.value === null || cell.value === 0 || cell.unknown) return;
        cells.push({ block, row, column, value: cell.value });
      });
    }
  }
  const positives = cells.filter((cell) => cell.value > 0);
  if (positives.length === 0) return [];
  const part = context.index.partOfTable(table);
  if (positives.length === cells.length) {
    // A whole table printing costs as positive follows another convention: say so once.
    return [
      {
        rule: 'costs-are-negative',
        kind: 'arithmetic',
        severity: 'warning',
        message: `Kostnaderna i tabellen står som positiva tal; i resultatredovisningar ska kostnader vara negativa.`,
        where: whereIn(part, { section: table.section, table: table.id, line: table.line }),
        values: positives.slice(0, 3).map((cell) => cell.row.cells[cell.column]!.printed!),
      },
    ];
  }
  return positives.map(({ block, row, column }) => {
    const printed = row.cells[column]!.printed!;
    const columnLabel = table.columns[column]?.label ?? '';
    const resultHolds = resultHoldsWithMinus(block, column);
    return {
      rule: 'costs-are-negative',
      kind: 'arithmetic',
      severity: 'error',
      message:
        `Kostnader ska vara negativa, men ${row.label}${block.name ? ` för ${block.name}` : ''} i kolumnen ${columnLabel} ` +
        `står som ${printed}: minustecknet har troligen fallit bort` +
        (resultHolds ? ` (med minustecken går resultatet i kolumnen ihop).` : '.'),
      where: whereIn(part, {
        section: table.section,
        table: table.id,
        block: block.name ?? undefined,
        row: row.label,
        column: columnLabel,
        line: row.line,
      }),
      values: [printed],
    } satisfies Finding;
  });
}

/** Whether the block's result in this column holds once the costs are read as negative. */
function resultHoldsWithMinus(block: Block, column: number): boolean {
  const result = block.statement.find((row) => row.role === 'result');
  const precision = precisionOf(block.statement);
  const total = figureOf(result?.cells[column], precision);
  if (!total) return false;
  const terms = block.statement
    .filter((row) => row.role !== undefined && RESULT_TERMS.includes(row.role))
    .map((row) => {
      const figure = figureOf(row.cells[column], precision);
      if (!figure) return null;
      return { value: row.role === 'costs' ? -Math.abs(figure.value) : figure.value, decimals: figure.decimals };
    })
    .filter((t): t is { value: number; decimals: number } => t !== null);
  return terms.length > 0 && sumHolds(terms, total).holds;
}

function mixedBreakdownSigns(context: RuleContext, table: CheckTable, block: Block, breakdown: Breakdown): Finding[] {
  const rows = [...breakdown.items, breakdown.sum];
  const signsIn = (group: 'period' | 'full-year') => {
    const signs = new Set<number>();
    table.columns.forEach((column, c) => {
      if (column.group !== group || isDifferenceColumn(column)) return;
      for (const row of rows) {
        const value = row.cells[c]?.value;
        if (value !== null && value !== undefined && value !== 0) signs.add(Math.sign(value));
      }
    });
    return signs;
  };
  const period = signsIn('period');
  const fullYear = signsIn('full-year');
  if (period.size !== 1 || fullYear.size !== 1 || [...period][0] === [...fullYear][0]) return [];
  const sample = (group: 'period' | 'full-year') => {
    const c = table.columns.findIndex((column) => column.group === group && !isDifferenceColumn(column));
    return breakdown.sum.cells[c]?.printed ?? '';
  };
  const periodWord = [...period][0]! < 0 ? 'negativa' : 'positiva';
  const yearWord = [...fullYear][0]! < 0 ? 'negativa' : 'positiva';
  return [
    {
      rule: 'breakdown-sign-consistent',
      kind: 'arithmetic',
      severity: 'error',
      message:
        `Uppdelningen${block.name ? ` för ${block.name}` : ''} har ${periodWord} belopp i periodens kolumner men ${yearWord} ` +
        `i helårskolumnerna (${breakdown.sum.label} ${sample('period')} mot ${sample('full-year')}); samma slags belopp ska ha samma tecken.`,
      where: whereIn(context.index.partOfTable(table), {
        section: table.section,
        table: table.id,
        block: block.name ?? undefined,
        row: breakdown.sum.label,
        line: breakdown.sum.line,
      }),
      values: [sample('period'), sample('full-year')],
    },
  ];
}
