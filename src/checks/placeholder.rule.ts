/**
 * Leftovers from writing that must not be published: unfilled template fields
 * ("[Publiceringsdatum]"), broken Word cross-references ("Fel! Bokmärket är inte definierat.",
 * also when the PDF splits it over two lines), "XX" standing in for a figure, and "TODO".
 * A leftover repeated on every page (a page header) is reported once per part.
 */
import type { CheckSection, CheckTable, Finding } from './check-document.ts';
import { whereIn, type Rule, type RuleContext } from './finding.ts';

interface Leftover {
  rule: string;
  pattern: RegExp;
  describe: (text: string) => string;
}

/** Kept as data: the field texts of the word processors in use. */
export const LEFTOVERS: readonly Leftover[] = [
  {
    rule: 'unfilled-placeholder',
    pattern: /\[[\p{Lu}][\p{L} /-]{2,40}\]/gu,
    describe: (text) => `Mallfältet ${text} är inte ifyllt.`,
  },
  {
    rule: 'broken-cross-reference-field',
    pattern: /(?:Fel!\s+(?:Bokmärket är inte definierat|Referenskällan hittades inte|Det går inte att hitta referenskällan)|Error!\s+(?:Bookmark not defined|Reference source not found))\.?/gu,
    describe: (text) => `En trasig korshänvisning från ordbehandlaren står kvar: ”${text}”.`,
  },
  {
    rule: 'stand-in-figure',
    pattern: /(?<![\p{L}\d-])(?:\d*XX+|\d*xx+)(?:[,.](?:X+|x+))?(?![\p{L}\d-])/gu,
    describe: (text) => `”${text}” står i stället för ett värde som ska fyllas i.`,
  },
  {
    rule: 'todo-marker',
    pattern: /\b(?:TODO|FIXME)\b/g,
    describe: (text) => `Arbetsmarkeringen ”${text}” står kvar.`,
  },
];

interface Hit {
  rule: string;
  text: string;
  message: string;
  section: CheckSection | null;
  table?: CheckTable;
  part: string;
  line?: number;
  row?: string;
  column?: string;
}

export const placeholderRule: Rule = (context) => {
  const hits = [...sectionHits(context), ...tableHits(context)];
  // One finding per leftover and part: a page header repeats it on every page.
  const grouped = new Map<string, Hit[]>();
  for (const hit of hits) {
    const key = `${hit.part}|${hit.rule}|${hit.text}`;
    grouped.set(key, [...(grouped.get(key) ?? []), hit]);
  }
  return [...grouped.values()].map((group) => {
    const first = group[0]!;
    const repeated = group.length > 1 ? ` Det förekommer ${group.length} gånger.` : '';
    return {
      rule: first.rule,
      kind: 'placeholder',
      severity: 'error',
      message: first.message + repeated,
      where: whereIn(first.part, {
        section: first.table ? first.table.section : (first.section?.number ?? null),
        table: first.table?.id,
        row: first.row,
        column: first.column,
        line: first.line,
      }),
      values: [first.text],
    } satisfies Finding;
  });
};

function* matches(text: string): Generator<{ leftover: Leftover; text: string; index: number }> {
  for (const leftover of LEFTOVERS) {
    for (const match of text.matchAll(leftover.pattern)) yield { leftover, text: match[0], index: match.index };
  }
}

function sectionHits(context: RuleContext): Hit[] {
  const hits: Hit[] = [];
  for (const section of context.doc.sections) {
    const part = context.index.partOfSection(section);
    for (const { leftover, text } of matches(section.title)) {
      hits.push({ rule: leftover.rule, text, message: leftover.describe(text), section, part, line: section.line });
    }
    // Lines joined so that a field split over two lines ("Fel!" / "Bokmärket …") is found.
    let joined = '';
    const starts: { offset: number; line?: number }[] = [];
    for (const line of section.lines) {
      if (joined) joined += '\n';
      starts.push({ offset: joined.length, line: line.line });
      joined += line.text;
    }
    for (const { leftover, text, index } of matches(joined)) {
      const line = [...starts].reverse().find((start) => start.offset <= index)?.line;
      const printed = text.replace(/\s*\n\s*/g, ' ');
      hits.push({ rule: leftover.rule, text: printed, message: leftover.describe(printed), section, part, line });
    }
  }
  return hits;
}

function tableHits(context: RuleContext): Hit[] {
  const hits: Hit[] = [];
  for (const table of context.doc.tables) {
    const part = context.index.partOfTable(table);
    const add = (source: string, place: { row?: string; column?: string; line?: number }) => {
      for (const { leftover, text } of matches(source)) {
        hits.push({ rule: leftover.rule, text, message: leftover.describe(text), section: null, table, part, ...place });
      }
    };
    add(table.title, { line: table.line });
    table.columns.forEach((column) => add(column.label, { column: column.label, line: table.line }));
    for (const row of table.rows) {
      add(row.label, { row: row.label, line: row.line });
      row.cells.forEach((cell, c) => add(cell.printed ?? '', { row: row.label, column: table.columns[c]?.label, line: row.line }));
    }
  }
  return hits;
}
