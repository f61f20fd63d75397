/**
 * Arithmetic inside one financial statement: income + costs + allocation + internal grants =
 * result in every column, a "Summa" row = the rows above it, and variance = actual − budget
 * (forecast − budget for a full-year variance). Differences the rounding of the printed
 * figures explains are not reported.
 */
import type { CheckColumn, CheckRow, CheckTable, Finding } from './check-document.ts';
import {
  blocksOf,
  columnsOf,
  computingValue,
  figureOf,
  precisionOf,
  RESULT_TERMS,
  type Block,
} from './financial-statement.ts';
import { sumExpression, swedish, whereIn, type Rule, type RuleContext } from './finding.ts';
import { sumHolds, type Figure } from './tolerance.ts';

export const arithmeticRule: Rule = (context) => {
  const findings: Finding[] = [];
  for (const table of context.doc.tables) {
    if (table.kind !== 'financial-statement') continue;
    for (const block of blocksOf(table)) {
      findings.push(...resultSums(context, table, block));
      findings.push(...breakdownSums(context, table, block));
      findings.push(...variances(context, table, block));
    }
  }
  return findings;
};

interface Term {
  figure: Figure;
  value: number;
}

function term(row: CheckRow, column: CheckColumn | undefined, figure: Figure | null): Term | null {
  return figure ? { figure, value: computingValue(row, column, figure) } : null;
}

/** A subtrahend that is itself negative prints in parentheses: "− (−49,8)". */
function parenthesised(printed: string): string {
  const expression = sumExpression([printed]);
  return expression.startsWith('\u2212') ? `(${expression})` : expression;
}

function blockName(block: Block): string {
  return block.name ? ` för ${block.name}` : '';
}

function resultSums(context: RuleContext, table: CheckTable, block: Block): Finding[] {
  const result = block.statement.find((row) => row.role === 'result');
  if (!result) return [];
  const termRows = block.statement.filter((row) => row.role !== undefined && RESULT_TERMS.includes(row.role));
  const precision = precisionOf(block.statement);
  const findings: Finding[] = [];
  table.columns.forEach((column, c) => {
    const total = figureOf(result.cells[c], precision);
    if (!total || termRows.some((row) => row.cells[c]?.unknown)) return;
    const terms = termRows.map((row) => term(row, column, figureOf(row.cells[c], precision))).filter((t): t is Term => t !== null);
    if (terms.length === 0) return;
    const check = sumHolds(terms.map((t) => ({ value: t.value, decimals: t.figure.decimals })), total);
    if (check.holds) return;
    findings.push({
      rule: 'rows-sum-to-result',
      kind: 'arithmetic',
      severity: 'error',
      message:
        `${result.label}${blockName(block)} i kolumnen ${column.label} är ${total.printed}, men raderna ovanför summerar till ` +
        `${swedish(check.computed, precision)} (${sumExpression(terms.map((t) => t.figure.printed))}). ` +
        `Skillnaden är större än avrundningen förklarar.`,
      where: whereIn(context.index.partOfTable(table), { section: table.section, table: table.id, block: block.name ?? undefined, row: result.label, column: column.label, line: result.line }),
      values: [...terms.map((t) => t.figure.printed), total.printed],
    });
  });
  return findings;
}

function breakdownSums(context: RuleContext, table: CheckTable, block: Block): Finding[] {
  const findings: Finding[] = [];
  for (const { items, sum } of block.breakdowns) {
    const precision = precisionOf([...items, sum]);
    table.columns.forEach((column, c) => {
      const total = figureOf(sum.cells[c], precision);
      if (!total || items.length === 0 || items.some((row) => row.cells[c]?.unknown)) return;
      const terms = items.map((row) => term(row, column, figureOf(row.cells[c], precision))).filter((t): t is Term => t !== null);
      const check = sumHolds(terms.map((t) => ({ value: t.value, decimals: t.figure.decimals })), total);
      if (check.holds) return;
      findings.push({
        rule: 'sum-row-equals-rows-above',
        kind: 'arithmetic',
        severity: 'error',
        message:
          `${sum.label}${blockName(block)} i kolumnen ${column.label} är ${total.printed}, men de ${terms.length} raderna ovanför ` +
          `summerar till ${swedish(check.computed, precision)}.`,
        where: whereIn(context.index.partOfTable(table), { section: table.section, table: table.id, block: block.name ?? undefined, row: sum.label, column: column.label, line: sum.line }),
        values: [...terms.map((t) => t.figure.printed), total.printed],
      });
    });
  }
  return findings;
}

/** Variance columns with the actual and budget columns of their group. */
function varianceColumns(table: CheckTable): { variance: number; actual: number; budget: number }[] {
  const triples: { variance: number; actual: number; budget: number }[] = [];
  for (const variance of columnsOf(table, 'variance')) {
    const group = table.columns[variance]?.group;
    const actual = columnsOf(table, 'actual', group)[0] ?? (group === 'full-year' ? columnsOf(table, 'forecast', group)[0] : undefined);
    const budget = columnsOf(table, 'budget', group)[0];
    if (actual !== undefined && budget !== undefined) triples.push({ variance, actual, budget });
  }
  return triples;
}

function variances(context: RuleContext, table: CheckTable, block: Block): Finding[] {
  const findings: Finding[] = [];
  const segments: CheckRow[][] = [block.statement, ...block.breakdowns.map((b) => [...b.items, b.sum])];
  for (const rows of segments) {
    const precision = precisionOf(rows);
    for (const row of rows) {
      for (const { variance, actual, budget } of varianceColumns(table)) {
        const columns = table.columns;
        const a = term(row, columns[actual], figureOf(row.cells[actual], precision));
        const b = term(row, columns[budget], figureOf(row.cells[budget], precision));
        const v = figureOf(row.cells[variance], precision);
        if (!a || !b || !v) continue;
        const check = sumHolds(
          [
            { value: a.value, decimals: a.figure.decimals },
            { value: -b.value, decimals: b.figure.decimals },
          ],
          v,
        );
        if (check.holds) continue;
        findings.push({
          rule: 'variance-equals-actual-minus-budget',
          kind: 'arithmetic',
          severity: 'error',
          message:
            `Avvikelsen för ${row.label}${blockName(block)} ska vara ${columns[actual]!.label} − ${columns[budget]!.label}: ` +
            `${sumExpression([a.figure.printed])} − ${parenthesised(b.figure.printed)} = ${swedish(check.computed, precision)}, men tabellen anger ${v.printed}.`,
          where: whereIn(context.index.partOfTable(table), {
            section: table.section,
            table: table.id,
            block: block.name ?? undefined,
            row: row.label,
            column: columns[variance]!.label,
            line: row.line,
          }),
          values: [a.figure.printed, b.figure.printed, v.printed],
        });
      }
    }
  }
  return findings;
}
