/**
 * Where each part of an imported report goes in the tenant's report template: every numbered
 * section of the document is matched to the template section with its number and title (or its
 * title alone), its prose becomes the section's text and its tables the section's figures, as
 * printed. Goal sections become goal assessments, assignment sections the assignments'
 * accounts, free subsections items. What has no place of its own is kept as text in the
 * nearest section that has one and listed in `notes`: nothing is dropped silently. Pure.
 */
import type { AssignmentOrigin } from '../../assignments/assignment.ts';
import type { CheckSection } from '../../checks/check-document.ts';
import type { StatementUnitSpec } from '../../reports/financial-statement.ts';
import { numberSections, type NumberedTemplateSection, type TemplateDefinition, type TemplateSection } from '../../reports/template.ts';
import { goalRole } from '../goals.ts';
import type { Assignment as ImportedAssignment, Goal as ImportedGoal, ImportTable } from '../import-result.ts';
import { escapeXml } from '../../render/markup-escape.ts';
import { linesHtml, paragraphs, proseHtml } from './prose-html.ts';
import {
  centralFundRows,
  genericRows,
  indicatorFigures,
  sameLabel,
  statementFigures,
  tableAsHtml,
  timeSeriesValues,
  type Mapped,
} from './report-tables.ts';
import { tn } from '../../i18n/messages.ts';

export interface ReportSource {
  /** The report's title, as the document prints it above its first section. */
  title?: string | null;
  /** The report part's sections with their prose lines, in document order. */
  sections: readonly CheckSection[];
  /** The report part's tables. */
  tables: readonly ImportTable[];
  /** Source line of each table's header, by table id, to tell prose before a table from prose after it. */
  tableLines: ReadonlyMap<string, number>;
  goals: readonly ImportedGoal[];
  assignments: readonly ImportedAssignment[];
}

/** Something that did not fit a place of its own, and where it was kept instead. */
export interface PlacementNote {
  what: string;
  placedIn: string;
  reason: string;
}

export interface PlannedAccount {
  proposed: 'done' | 'partial' | null;
  /** Sanitisable HTML. */
  text: string;
  position: number;
  section: string;
}

export interface ReportPlan {
  /** Content to save under each template section key. */
  sections: Map<string, Record<string, unknown>>;
  /** Key of the template's goal-assessments section, if it has one. */
  goalsKey: string | null;
  /** Assessment HTML by the goal's section number in the document ("2.2.1"). */
  goalTexts: Map<string, string>;
  /** Accounts by dnr. */
  accounts: Map<string, PlannedAccount>;
  /** Template key of the accounts section for each origin. */
  accountSections: Partial<Record<AssignmentOrigin, string>>;
  notes: PlacementNote[];
  /** Title of each template section by key, for messages. */
  titles: Map<string, string>;
}

const TABLE_KINDS: ReadonlySet<TemplateSection['kind']> = new Set(['indicator-table', 'financial-statement', 'central-funds', 'time-series', 'generic-table', 'audit-reports']);

const words = (text: string) => new Set(text.toLocaleLowerCase('sv').split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2));

/** Titles that say the same: equal as a reader reads them, or sharing most of their words. */
export function similarTitle(a: string, b: string): boolean {
  if (sameLabel(a, b)) return true;
  const x = words(a);
  const y = words(b);
  if (x.size === 0 || y.size === 0) return false;
  const shared = [...x].filter((w) => y.has(w)).length;
  return shared / Math.min(x.size, y.size) >= 0.6;
}

const parentNumber = (number: string) => (number.includes('.') ? number.slice(0, number.lastIndexOf('.')) : null);

type Placement =
  | { kind: 'template'; numbered: NumberedTemplateSection }
  | { kind: 'goal'; parentKey: string }
  | { kind: 'account-group'; parentKey: string }
  | { kind: 'free-subsection'; parentKey: string };

export function planReport(template: TemplateDefinition, source: ReportSource): ReportPlan {
  const numbered = numberSections(template.sections);
  const plan: ReportPlan = {
    sections: new Map(),
    goalsKey: numbered.find((n) => n.section.kind === 'goal-assessments')?.section.key ?? null,
    goalTexts: new Map(),
    accounts: new Map(),
    accountSections: {},
    notes: [],
    titles: new Map(numbered.map((n) => [n.section.key, `${n.number} ${n.section.title}`])),
  };
  for (const n of numbered) if (n.section.kind === 'assignment-accounts') plan.accountSections[n.section.origin] ??= n.section.key;

  const placements = new Map<string, Placement>();
  const used = new Set<string>();
  const placed: Array<{ section: CheckSection; placement: Placement | null }> = [];
  for (const section of source.sections) {
    if (section.number === null) {
      placed.push({ section, placement: null });
      continue;
    }
    const parent = parentNumber(section.number);
    const parentPlacement = parent ? placements.get(parent) : undefined;
    let placement: Placement | null = null;
    if (parentPlacement?.kind === 'template') {
      const spec = parentPlacement.numbered.section;
      if (spec.kind === 'goal-assessments') placement = { kind: 'goal', parentKey: spec.key };
      else if (spec.kind === 'assignment-accounts') placement = { kind: 'account-group', parentKey: spec.key };
      else if (spec.kind === 'prose' && spec.freeSubsections) placement = { kind: 'free-subsection', parentKey: spec.key };
    }
    if (!placement) {
      const byNumber = numbered.find((n) => n.number === section.number && !used.has(n.section.key) && similarTitle(n.section.title, section.title));
      const byTitle = byNumber ?? numbered.find((n) => !used.has(n.section.key) && sameLabel(n.section.title, section.title));
      if (byTitle) {
        used.add(byTitle.section.key);
        placement = { kind: 'template', numbered: byTitle };
      }
    }
    if (placement) placements.set(section.number, placement);
    placed.push({ section, placement });
  }

  const content = (key: string) => {
    let c = plan.sections.get(key);
    if (!c) plan.sections.set(key, (c = {}));
    return c;
  };
  const kindOf = (key: string) => numbered.find((n) => n.section.key === key)!.section.kind;
  /** Adds HTML after what a section already holds: after its table, when it has one. */
  const append = (key: string, html: string) => {
    const field = TABLE_KINDS.has(kindOf(key)) ? 'textAfter' : 'text';
    const c = content(key);
    c[field] = `${(c[field] as string | undefined) ?? ''}${html}`;
  };
  const tablesOf = (number: string | null) => source.tables.filter((t) => t.section === number && number !== null);
  const keptTables = new Set<string>();

  let lastKey: string | null = null;
  /** The placed section at `number` or above it; else the last one placed. */
  const nearestKey = (number: string | null): string => {
    for (let n = number; n; n = parentNumber(n)) {
      const p = placements.get(n);
      if (p?.kind === 'template') return p.numbered.section.key;
      if (p) return p.parentKey;
    }
    return lastKey ?? numbered[0]!.section.key;
  };

  source.assignments.forEach((a, position) => {
    plan.accounts.set(a.dnr, { proposed: a.proposed, text: proseHtml(a.account.split('\n')), position, section: a.section });
  });

  for (const { section, placement } of placed) {
    // The document's title above its first section is the report's title, which the report has.
    const lines = section.lines.map((l) => l.text).filter((t) => section.number !== null || !sameLabel(t, source.title));
    const label = section.number ? `${section.number} ${section.title}` : section.title.trim() || 'inledningen';
    const tables = tablesOf(section.number);
    if (placement?.kind === 'template') {
      const spec = placement.numbered.section;
      lastKey = spec.key;
      fillSection(plan, spec, lines, section, tables, source, content, append, keptTables);
      continue;
    }
    if (placement?.kind === 'goal') {
      const paras = paragraphs(lines);
      // The role line is the goal's responsibility, which the register holds.
      const body = paras.length > 0 && paras[0]!.length < 250 && goalRole(paras[0]!) ? lines.slice(lines.findIndex((l) => l.trim() === '') + 1) : lines;
      let html = proseHtml(body);
      for (const table of tables) {
        html += tableAsHtml(table, table.rows);
        keptTables.add(table.id);
        plan.notes.push({ what: `tabell "${table.title}"`, placedIn: `målet ${section.number}`, reason: 'en måluppföljning har ingen egen tabell; tabellen är sparad som text' });
      }
      if (source.goals.some((g) => g.number === section.number)) plan.goalTexts.set(section.number!, html);
      else {
        append(placement.parentKey, `<h3>${escapeXml(label)}</h3>${html}`);
        plan.notes.push({ what: `avsnitt ${label}`, placedIn: plan.titles.get(placement.parentKey)!, reason: 'målet kunde inte läsas; texten är sparad under målavsnittet' });
      }
      continue;
    }
    if (placement?.kind === 'account-group') {
      // The group's prose is its assignments' accounts, which the accounts carry.
      const accounted = source.assignments.some((a) => a.section === section.number);
      if (!accounted && paragraphs(lines).length > 0) {
        append(placement.parentKey, `<h3>${escapeXml(label)}</h3>${proseHtml(lines)}`);
        plan.notes.push({ what: `avsnitt ${label}`, placedIn: plan.titles.get(placement.parentKey)!, reason: 'inga uppdrag kunde läsas ur avsnittet; texten är sparad som text' });
      }
      for (const table of tables) {
        append(placement.parentKey, tableAsHtml(table, table.rows));
        keptTables.add(table.id);
        plan.notes.push({ what: `tabell "${table.title}"`, placedIn: plan.titles.get(placement.parentKey)!, reason: 'uppdragsredovisningar har inga egna tabeller; tabellen är sparad som text' });
      }
      continue;
    }
    if (placement?.kind === 'free-subsection') {
      const parent = content(placement.parentKey);
      let html = proseHtml(lines);
      for (const table of tables) {
        html += tableAsHtml(table, table.rows);
        keptTables.add(table.id);
      }
      parent.items = [...((parent.items as unknown[]) ?? []), { title: section.title, ...(html ? { text: html } : {}) }];
      continue;
    }
    // No place of its own: kept under the nearest section that has one.
    if (section.number === null && paragraphs(lines).length === 0) continue;
    const key = nearestKey(section.number ? parentNumber(section.number) : null);
    let html = `<h3>${escapeXml(label)}</h3>${proseHtml(lines)}`;
    for (const table of tables) {
      html += tableAsHtml(table, table.rows);
      keptTables.add(table.id);
    }
    append(key, html);
    plan.notes.push({ what: `avsnitt ${label}`, placedIn: plan.titles.get(key)!, reason: 'avsnittet finns inte i rapportmallen; texten är sparad som text' });
  }

  for (const table of source.tables) {
    if (keptTables.has(table.id)) continue;
    const key = nearestKey(table.section);
    append(key, tableAsHtml(table, table.rows));
    plan.notes.push({ what: `tabell "${table.title}"`, placedIn: plan.titles.get(key)!, reason: 'tabellen hör inte till något avsnitt i mallen; den är sparad som text' });
  }
  for (const [key, c] of plan.sections) if (Object.keys(c).length === 0) plan.sections.delete(key);
  return plan;
}

function fillSection(
  plan: ReportPlan,
  spec: TemplateSection,
  lines: string[],
  section: CheckSection,
  tables: readonly ImportTable[],
  source: ReportSource,
  content: (key: string) => Record<string, unknown>,
  append: (key: string, html: string) => void,
  kept: Set<string>,
): void {
  const c = content(spec.key);
  const where = plan.titles.get(spec.key)!;
  // Prose printed before the section's first table is its text, after it its textAfter.
  const firstTableLine = Math.min(...tables.map((t) => source.tableLines.get(t.id) ?? Infinity));
  // What was kept here before (text from above the section) stays first.
  const add = (field: 'text' | 'textAfter', html: string) => (c[field] = `${(c[field] as string | undefined) ?? ''}${html}`);
  if (TABLE_KINDS.has(spec.kind) && Number.isFinite(firstTableLine)) {
    const before = section.lines.filter((l) => (l.line ?? 0) < firstTableLine).map((l) => l.text);
    const after = section.lines.filter((l) => (l.line ?? 0) >= firstTableLine).map((l) => l.text);
    // A table read only as text keeps its lines as printed: joined into sentences they say nothing.
    const textTable = tables.some((t) => t.rows.length === 0 && t.unparsed.length > 0);
    if (paragraphs(before).length) add('text', proseHtml(before));
    if (paragraphs(after).length) add('textAfter', textTable ? linesHtml(after) : proseHtml(after));
  } else if (paragraphs(lines).length) {
    add('text', proseHtml(lines));
  }

  const take = (table: ImportTable, mapped: Mapped<unknown>) => {
    kept.add(table.id);
    if (mapped.leftover.length) {
      append(spec.key, tableAsHtml(table, mapped.leftover.map((l) => l.row), 'Rader som mallens tabell inte har plats för, som de trycktes.'));
      for (const l of mapped.leftover) plan.notes.push({ what: `raden "${[l.row.block, l.row.label].filter(Boolean).join(' – ')}" i tabell "${table.title}"`, placedIn: where, reason: `${l.reason}; raden är sparad som text` });
    }
    if (mapped.unplacedColumns.length && table.rows.length) {
      append(spec.key, tableAsHtml(table, table.rows, `Hela tabellen som den trycktes: kolumnerna ${mapped.unplacedColumns.join(', ')} finns inte i mallen.`));
      plan.notes.push({ what: `kolumnerna ${mapped.unplacedColumns.join(', ')} i tabell "${table.title}"`, placedIn: where, reason: 'mallens tabell har inga sådana kolumner; tabellen är sparad som text' });
    }
    if (table.rows.length && table.unparsed.length) {
      append(spec.key, `<p>${escapeXml(table.unparsed.join(' '))}</p>`);
      plan.notes.push({ what: `${tn('sv', 'count.unreadLine', table.unparsed.length)} i tabell "${table.title}"`, placedIn: where, reason: 'importen kunde inte placera dem i tabellen; de är sparade som text' });
    }
  };
  const ofKind = (kind: string) => tables.filter((t) => t.kind === kind);
  switch (spec.kind) {
    case 'financial-statement': {
      const statements = ofKind('financial-statement');
      if (statements.length) {
        const units: readonly StatementUnitSpec[] = spec.source ? [] : spec.units;
        const mapped = statementFigures(spec, statements, units);
        c.figures = mapped.content;
        statements.forEach((t, i) => take(t, i === 0 ? mapped : { content: null, leftover: [], unplacedColumns: [] }));
      }
      break;
    }
    case 'indicator-table': {
      const table = ofKind('indicators')[0];
      if (table) {
        const mapped = indicatorFigures(spec, table);
        c.given = mapped.content;
        take(table, mapped);
      }
      break;
    }
    case 'central-funds': {
      const table = ofKind('central-funds')[0] ?? tables[0];
      if (table) {
        const mapped = centralFundRows(table);
        c.rows = mapped.content;
        take(table, mapped);
      }
      break;
    }
    case 'time-series': {
      const table = ofKind('time-series')[0] ?? tables[0];
      if (table) {
        const mapped = timeSeriesValues(spec, table);
        c.values = mapped.content;
        take(table, mapped);
      }
      break;
    }
    case 'generic-table': {
      const table = tables[0];
      if (table && table.rows.length) {
        const mapped = genericRows(spec, table);
        c.rows = mapped.content;
        take(table, mapped);
      } else if (table) {
        // A text table: its lines are in the prose already, kept as the section's text.
        kept.add(table.id);
        plan.notes.push({ what: `tabell "${table.title}"`, placedIn: where, reason: 'tabellen kunde inte läsas som rader; dess text är sparad som avsnittets text' });
      }
      break;
    }
    default:
      break;
  }
  for (const table of tables) {
    if (kept.has(table.id)) continue;
    kept.add(table.id);
    append(spec.key, tableAsHtml(table, table.rows));
    plan.notes.push({ what: `tabell "${table.title}"`, placedIn: where, reason: 'avsnittet i mallen har ingen tabell av det slaget; tabellen är sparad som text' });
  }
}

/** Adds a kept-as-text account to its section, with the heading the report prints. */
export function accountAsText(heading: string, html: string): string {
  return `<h4>${escapeXml(heading)}</h4>${html}`;
}
