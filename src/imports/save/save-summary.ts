/**
 * What `uppsikt import FILE --save` did, item by item: created, merged into what was there,
 * already present, or skipped and why; and what had no place of its own in the report model
 * and was kept as text. Printed for a person in Swedish, or as JSON with `--json`. Pure.
 */
import type { PlacementNote } from './report-content.ts';
import { tn } from '../../i18n/messages.ts';

export const OUTCOMES = ['created', 'merged', 'present', 'skipped'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export type ItemKind =
  | 'organisation'
  | 'party'
  | 'cycle'
  | 'report'
  | 'assignment'
  | 'goal'
  | 'matter'
  | 'staff-report'
  | 'proposal-point'
  | 'attachment'
  | 'motion'
  | 'statement';

export interface SummaryItem {
  kind: ItemKind;
  /** What it is known by: a dnr, a goal number, a name. */
  ref: string;
  outcome: Outcome;
  /** Swedish, for the person importing. */
  message: string;
  id?: string;
}

export interface SaveSummary {
  file: string;
  tenant: { id: string; name: string };
  document: string | null;
  reportId: string | null;
  matterId: string | null;
  counts: Record<Outcome, number>;
  items: SummaryItem[];
  keptAsText: PlacementNote[];
}

/** Collects the items as the save goes. */
export class SummaryLog {
  readonly items: SummaryItem[] = [];
  readonly keptAsText: PlacementNote[] = [];

  add(kind: ItemKind, ref: string, outcome: Outcome, message: string, id?: string): void {
    this.items.push({ kind, ref, outcome, message, ...(id ? { id } : {}) });
  }

  summary(head: Omit<SaveSummary, 'counts' | 'items' | 'keptAsText'>): SaveSummary {
    const counts = Object.fromEntries(OUTCOMES.map((o) => [o, this.items.filter((i) => i.outcome === o).length])) as Record<Outcome, number>;
    return { ...head, counts, items: this.items, keptAsText: this.keptAsText };
  }
}

const KIND_NAMES: Record<ItemKind, string> = {
  organisation: 'Organisation',
  party: 'Parti',
  cycle: 'Uppföljningsperiod',
  report: 'Rapport',
  assignment: 'Uppdrag',
  goal: 'Mål',
  matter: 'Ärende',
  'staff-report': 'Tjänsteutlåtande',
  'proposal-point': 'Beslutspunkt',
  attachment: 'Bilaga',
  motion: 'Yrkande',
  statement: 'Yttrande',
};

const HEADINGS: Record<Outcome, string> = {
  created: 'Nytt',
  merged: 'Sammanfört med det som fanns',
  present: 'Fanns redan (inget ändrat)',
  skipped: 'Hoppades över',
};

export function saveSummaryText(summary: SaveSummary): string {
  const c = summary.counts;
  const out = [
    `Sparat i ${summary.tenant.name} (${summary.tenant.id}) från ${summary.file}${summary.document ? `: ${summary.document}` : ''}.`,
    `${tn('sv', 'count.created', c.created)}, ${tn('sv', 'count.merged', c.merged)}, ${c.present} fanns redan, ${c.skipped} hoppades över.`,
  ];
  for (const outcome of OUTCOMES) {
    const items = summary.items.filter((i) => i.outcome === outcome);
    if (items.length === 0) continue;
    out.push('', `${HEADINGS[outcome]} (${items.length}):`);
    for (const item of items) out.push(`  ${KIND_NAMES[item.kind]} ${item.ref}: ${item.message}`);
  }
  if (summary.keptAsText.length) {
    out.push('', `Sparat som text, utan egen plats i rapportmallen (${summary.keptAsText.length}):`);
    for (const note of summary.keptAsText) out.push(`  ${note.what} → ${note.placedIn}: ${note.reason}`);
  }
  return `${out.join('\n')}\n`;
}
