/**
 * A consolidated block (4.3's "Hela kommunledningen") is the sum of its units' blocks, row by
 * row and column by column. Only the amounts are compared: variances and results follow from
 * them and are checked inside each block, so one wrong figure is reported once.
 */
import type { CheckTable, Finding } from './check-document.ts';
import { blocksOf, computingValue, figureOf, isDifferenceColumn, precisionOf, RESULT_TERMS, type Block } from './financial-statement.ts';
import { swedish, whereIn, type Rule, type RuleContext } from './finding.ts';
import { sumHolds } from './tolerance.ts';

export const consolidationRule: Rule = (context) => {
  const findings: Finding[] = [];
  for (const table of context.doc.tables) {
    if (table.kind === 'financial-statement' && table.consolidation) findings.push(...consolidated(context, table));
  }
  return findings;
};

function consolidated(context: RuleContext, table: CheckTable): Finding[] {
  const { total: totalName, parts: partNames } = table.consolidation!;
  const blocks = blocksOf(table);
  const total = blocks.find((block) => block.name === totalName);
  const parts = partNames.map((name) => blocks.filter((block) => block.name === name)).filter((found) => found.length > 0);
  if (!total || parts.length === 0) return [];
  const findings: Finding[] = [];
  const totalPrecision = precisionOf(total.statement);
  for (const role of RESULT_TERMS) {
    const totalRow = total.statement.find((row) => row.role === role);
    if (!totalRow) continue;
    table.columns.forEach((column, c) => {
      if (isDifferenceColumn(column)) return;
      const totalFigure = figureOf(totalRow.cells[c], totalPrecision);
      if (!totalFigure) return;
      const terms = [];
      for (const partBlocks of parts) {
        const row = firstRowOfRole(partBlocks, role);
        if (!row) continue;
        if (row.cells[c]?.unknown) return;
        const figure = figureOf(row.cells[c], precisionOf(partBlocks.flatMap((block) => block.statement)));
        if (figure) terms.push({ figure, value: computingValue(row, column, figure) });
      }
      if (terms.length === 0) return;
      const check = sumHolds(terms.map((t) => ({ value: t.value, decimals: t.figure.decimals })), totalFigure);
      if (check.holds) return;
      findings.push({
        rule: 'consolidated-equals-sum-of-units',
        kind: 'arithmetic',
        severity: 'error',
        message:
          `${totalName} ska vara summan av enheterna, men ${totalRow.label} i kolumnen ${column.label} är ${totalFigure.printed} ` +
          `medan enheternas belopp (${terms.map((t) => t.figure.printed).join(', ')}) summerar till ${swedish(check.computed, totalPrecision)}.`,
        where: whereIn(context.index.partOfTable(table), {
          section: table.section,
          table: table.id,
          block: totalName,
          row: totalRow.label,
          column: column.label,
          line: totalRow.line,
        }),
        values: [...terms.map((t) => t.figure.printed), totalFigure.printed],
      });
    });
  }
  return findings;
}

function firstRowOfRole(blocks: Block[], role: string) {
  for (const block of blocks) {
    const row = block.statement.find((candidate) => candidate.role === role);
    if (row) return row;
  }
  return undefined;
}
