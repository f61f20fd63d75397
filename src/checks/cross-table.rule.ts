/**
 * The same quantity stated in two tables must agree: 3.2.1 and the "Hela kommunledningen"
 * block of 4.3 are the same statement; a unit's costs and the "Summa" of its breakdown by
 * area are the same amount; an indicator in 2.1.1 and in 3.1.1 is the same figure. Figures
 * agree when their rounding intervals overlap (1,86 agrees with 1,9; 66 in a one-decimal
 * table is 66,0 and differs from 66,1).
 */
import type { CheckColumn, CheckRow, CheckTable, Finding } from './check-document.ts';
import { blocksOf, computingValue, figureOf, precisionOf, STATEMENT_ROLES, type Block } from './financial-statement.ts';
import { whereIn, type Rule, type RuleContext } from './finding.ts';
import { indicatorRows } from './indicator-rows.ts';
import { agree, decimalsOf, type Figure } from './tolerance.ts';

export const crossTableRule: Rule = (context) => [
  ...sameStatementFigures(context),
  ...breakdownsAgainstCosts(context),
  ...sameIndicatorFigures(context),
];

interface Stated {
  table: CheckTable;
  block: Block;
  row: CheckRow;
  column: CheckColumn;
  figure: Figure;
  value: number;
}

function describe(stated: { table: CheckTable; block?: Block | null; row: CheckRow; column: CheckColumn }): string {
  const block = stated.block?.name ? `${stated.block.name}, ` : '';
  return `tabellen i avsnitt ${stated.table.section ?? '–'} (${block}${stated.row.label}, ${stated.column.label})`;
}

function sameStatementFigures(context: RuleContext): Finding[] {
  const byKey = new Map<string, Stated[]>();
  for (const table of context.doc.tables) {
    if (table.kind !== 'financial-statement') continue;
    for (const block of blocksOf(table)) {
      const precision = precisionOf(block.statement);
      for (const row of block.statement) {
        if (!row.role || !STATEMENT_ROLES.includes(row.role)) continue;
        table.columns.forEach((column, c) => {
          const figure = figureOf(row.cells[c], precision);
          if (!figure || !column.role) return;
          const key = [block.unit, row.role, column.role, column.group ?? ''].join('|');
          const stated = { table, block, row, column, figure, value: computingValue(row, column, figure) };
          byKey.set(key, [...(byKey.get(key) ?? []), stated]);
        });
      }
    }
  }
  const findings: Finding[] = [];
  for (const entries of byKey.values()) {
    const first = entries[0]!;
    for (const later of entries.slice(1)) {
      if (later.table === first.table) continue;
      if (agree({ value: first.value, decimals: first.figure.decimals }, { value: later.value, decimals: later.figure.decimals })) continue;
      findings.push({
        rule: 'same-quantity-same-figure',
        kind: 'cross-table',
        severity: 'error',
        message:
          `Samma belopp står olika i två tabeller: ${first.figure.printed} i ${describe(first)} men ` +
          `${later.figure.printed} i ${describe(later)}.`,
        where: whereIn(context.index.partOfTable(later.table), {
          section: later.table.section,
          table: later.table.id,
          block: later.block.name ?? undefined,
          row: later.row.label,
          column: later.column.label,
          line: later.row.line,
        }),
        values: [first.figure.printed, later.figure.printed],
      });
    }
  }
  return findings;
}

/**
 * A breakdown by area itemises its unit's costs: its "Summa" is the costs row's amount. Signs
 * are left to the sign rule, so magnitudes are compared.
 */
function breakdownsAgainstCosts(context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const table of context.doc.tables) {
    if (table.kind !== 'financial-statement') continue;
    const blocks = blocksOf(table);
    for (const block of blocks) {
      for (const { items, sum } of block.breakdowns) {
        const owner = blocks.find((candidate) => candidate.unit === block.unit && candidate.statement.some((row) => row.role === 'costs'));
        const costs = owner?.statement.find((row) => row.role === 'costs');
        if (!owner || !costs) continue;
        const costsPrecision = precisionOf(owner.statement);
        const sumPrecision = precisionOf([...items, sum]);
        table.columns.forEach((column, c) => {
          const a = figureOf(costs.cells[c], costsPrecision);
          const b = figureOf(sum.cells[c], sumPrecision);
          if (!a || !b) return;
          if (agree({ value: Math.abs(a.value), decimals: a.decimals }, { value: Math.abs(b.value), decimals: b.decimals })) return;
          findings.push({
            rule: 'breakdown-sum-equals-costs',
            kind: 'cross-table',
            severity: 'error',
            message:
              `${sum.label} för uppdelningen av ${owner.name ?? 'kostnaderna'} i kolumnen ${column.label} är ${b.printed}, ` +
              `men ${costs.label} för ${owner.name ?? 'enheten'} är ${a.printed}; beloppen ska vara desamma.`,
            where: whereIn(context.index.partOfTable(table), {
              section: table.section,
              table: table.id,
              block: block.name ?? undefined,
              row: sum.label,
              column: column.label,
              line: sum.line,
            }),
            values: [a.printed, b.printed],
          });
        });
      }
    }
  }
  return findings;
}

/** Indicator values (actual, forecast …) of the same measure and unit in two tables. */
function sameIndicatorFigures(context: RuleContext): Finding[] {
  const byKey = new Map<string, { table: CheckTable; row: CheckRow; column: CheckColumn; figure: Figure }[]>();
  for (const { table, row, key } of indicatorRows(context.doc.tables)) {
    table.columns.forEach((column, c) => {
      const cell = row.cells[c];
      if (!column.role || !cell || cell.value === null || cell.printed === null || cell.unknown) return;
      const figure = { printed: cell.printed, value: cell.value, decimals: decimalsOf(cell.printed) };
      const full = `${key}|${column.role}`;
      byKey.set(full, [...(byKey.get(full) ?? []), { table, row, column, figure }]);
    });
  }
  const findings: Finding[] = [];
  for (const entries of byKey.values()) {
    const first = entries[0]!;
    for (const later of entries.slice(1)) {
      if (later.table === first.table || agree(first.figure, later.figure)) continue;
      findings.push({
        rule: 'same-quantity-same-figure',
        kind: 'cross-table',
        severity: 'error',
        message: `Samma mått står olika i två tabeller: ${first.figure.printed} i ${describe(first)} men ${later.figure.printed} i ${describe(later)}.`,
        where: whereIn(context.index.partOfTable(later.table), {
          section: later.table.section,
          table: later.table.id,
          row: later.row.label,
          column: later.column.label,
          line: later.row.line,
        }),
        values: [first.figure.printed, later.figure.printed],
      });
    }
  }
  return findings;
}
