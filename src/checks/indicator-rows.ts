/**
 * Which indicator rows of different tables are the same measure for the same unit:
 * 2.1.1's "Årsarbetare politisk verksamhet (antal samt procentuell förändring)" and 3.1.1's
 * "Årsarbetare Politiken" are both FTEs of the political activity. A row is only keyed when
 * its label names exactly one unit, so an unclear label never matches anything.
 */
import type { CheckRow, CheckTable } from './check-document.ts';
import { unitMentions } from './unit-names.ts';

const INDICATOR_KINDS: readonly CheckTable['kind'][] = ['indicators', 'generic'];

export interface IndicatorRow {
  table: CheckTable;
  row: CheckRow;
  /** "årsarbetare|political" */
  key: string;
}

export function indicatorKey(label: string): string | null {
  const bare = label.replace(/\(.*?\)/g, ' ').replace(/\s+/g, ' ').trim();
  const measure = /^[\p{L}-]+/u.exec(bare)?.[0]?.toLowerCase();
  if (!measure) return null;
  const units = new Set(unitMentions(bare).map((mention) => mention.id));
  if (units.size !== 1) return null;
  return `${measure}|${[...units][0]}`;
}

export function indicatorRows(tables: readonly CheckTable[]): IndicatorRow[] {
  const rows: IndicatorRow[] = [];
  for (const table of tables) {
    if (!INDICATOR_KINDS.includes(table.kind)) continue;
    for (const row of table.rows) {
      const key = indicatorKey(row.label);
      if (key) rows.push({ table, row, key });
    }
  }
  return rows;
}
