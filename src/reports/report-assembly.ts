/**
 * Assembles a report from its pinned template, its stored section contents and the registers
 * it draws on (goals, indicators, assignments, audit reports): numbers every section from its
 * position, computes every table and groups the assignment accounts. Pure: the store gathers
 * the inputs (report-document.store.ts).
 */
import type { Assignment } from '../assignments/assignment.ts';
import type { AssignmentStatus } from '../assignments/assignment-status.ts';
import { isCarriedOver, type AuditReport } from '../audit-reports/audit-report.ts';
import type { ReportingCycle } from '../cycles/cycle.ts';
import type { Goal } from '../goals/goal.ts';
import type { Jsonified } from '../http/json.ts';
import { t } from '../i18n/messages.ts';
import type { IndicatorReading } from '../indicators/indicator.ts';
import { accountKey, isOpen, sortAccounts, type AccountView, type Proposal } from './assignment-accounts.ts';
import { centralFundsTable } from './central-funds.ts';
import { computeStatement, type StatementFigures } from './financial-statement.ts';
import { genericTable } from './generic-table.ts';
import { indicatorTable } from './indicator-table.ts';
import { isEditable, type Report } from './report.ts';
import { REPORT_DOCUMENT_FORMAT, type DocumentSection, type ReportComment, type ReportDocument } from './report-document.ts';
import type { ReportChart, ReportTable } from './report-table.ts';
import type { CentralFundsContent, GenericTableContent, SectionContent } from './section-content.ts';
import { statementTables } from './statement-tables.ts';
import type { ReportTemplate, TemplateSection } from './template.ts';
import { timeSeries } from './time-series.ts';

export interface StoredSection {
  version: number;
  content: SectionContent;
}

/** An assignment as one of the report's organisations has it. */
export interface AccountSource {
  assignment: Assignment;
  organisationId: string;
  status: AssignmentStatus;
}

export interface AssemblyInput {
  report: Jsonified<Report>;
  organisation: { id: string; name: string; shortName: string | null };
  issuer: string;
  cycle: ReportingCycle;
  template: Pick<ReportTemplate, 'id' | 'key' | 'version' | 'name' | 'definition'>;
  stored: ReadonlyMap<string, StoredSection>;
  /** Council goals of the cycle's year that the organisation answers for, with all responsibilities. */
  goals: readonly Goal[];
  readings: readonly IndicatorReading[];
  /** Assignments of the report's organisations: the open ones and any already accounted for. */
  assignments: readonly AccountSource[];
  auditReports: readonly AuditReport[];
  comments?: readonly ReportComment[];
}

export function assembleReport(input: AssemblyInput): ReportDocument {
  const context = new Context(input);
  return {
    format: REPORT_DOCUMENT_FORMAT,
    formatVersion: 1,
    report: input.report,
    organisation: { id: input.organisation.id, name: input.organisation.name, shortName: input.organisation.shortName },
    issuer: input.issuer,
    cycle: {
      id: input.cycle.id,
      name: input.cycle.name,
      kind: input.cycle.kind,
      year: input.cycle.year,
      periodStart: input.cycle.periodStart,
      periodEnd: input.cycle.periodEnd,
    },
    template: { id: input.template.id, key: input.template.key, version: input.template.version, name: input.template.name },
    sections: context.sections(input.template.definition.sections, ''),
    comments: [...(input.comments ?? [])],
  };
}

class Context {
  private readonly readings: Map<string, IndicatorReading>;
  private readonly editing: boolean;

  constructor(private readonly input: AssemblyInput) {
    // The report's own organisation first: its figure wins when two of its organisations have one.
    const ordered = [...input.readings].sort((a, b) => Number(b.organisationId === input.organisation.id) - Number(a.organisationId === input.organisation.id));
    this.readings = new Map();
    for (const r of ordered) if (!this.readings.has(r.indicator.code)) this.readings.set(r.indicator.code, r);
    this.editing = isEditable(input.report.status);
  }

  sections(specs: readonly TemplateSection[], prefix: string): DocumentSection[] {
    return specs.map((spec, index) => this.section(spec, prefix ? `${prefix}.${index + 1}` : String(index + 1)));
  }

  private stored(key: string): StoredSection | undefined {
    return this.input.stored.get(key);
  }

  private section(spec: TemplateSection, number: string): DocumentSection {
    const stored = this.stored(spec.key);
    const content = stored?.content ?? {};
    const section: DocumentSection = {
      ...emptySection(spec.key, number, spec.title, spec.kind),
      contentKey: spec.key,
      version: stored?.version ?? 0,
      ...(spec.guidance ? { guidance: spec.guidance } : {}),
      text: content.text ?? spec.defaultText ?? null,
      textAfter: content.textAfter ?? null,
    };
    const tables: ReportTable[] = [];
    const charts: ReportChart[] = [];
    switch (spec.kind) {
      case 'prose':
        if (spec.freeSubsections) {
          section.children = (content.items ?? []).map((item, i) => ({
            ...emptySection(`${spec.key}#${i + 1}`, `${number}.${i + 1}`, item.title, 'free-subsection'),
            contentKey: spec.key,
            version: section.version,
            text: item.text ?? null,
          }));
        }
        break;
      case 'indicator-table': {
        const built = indicatorTable({ spec, readings: this.readings, given: content.given ?? {}, cycleYear: this.input.cycle.year });
        tables.push(built.table);
        section.warnings.push(...built.warnings);
        break;
      }
      case 'goal-assessments':
        section.children = this.goalSections(spec.key, number);
        break;
      case 'financial-statement': {
        const source = spec.source ? findStatement(this.input.template.definition.sections, spec.source) : undefined;
        const units = source ? source.units : spec.units;
        const sourceFigures = source ? (this.stored(source.key)?.content.figures ?? {}) : (content.figures ?? {});
        const figures: StatementFigures = {
          units: sourceFigures.units ?? {},
          ...(content.figures?.consolidated ? { consolidated: content.figures.consolidated } : {}),
        };
        const statement = computeStatement({ consolidated: spec.consolidated, units }, figures);
        tables.push(...statementTables(statement, { caption: spec.caption, unit: spec.unit ?? 'mnkr', layout: spec.layout }));
        break;
      }
      case 'central-funds':
        tables.push(centralFundsTable(spec, (content.rows as CentralFundsContent['rows']) ?? []));
        break;
      case 'time-series': {
        const built = timeSeries(spec, content.values ?? {}, this.input.cycle);
        tables.push(built.table);
        charts.push(built.chart);
        break;
      }
      case 'assignment-accounts': {
        const accounts = this.accounts(spec.key, spec.origin);
        const group = (proposed: Proposal, title: string) => {
          const members = sortAccounts(accounts.filter((a) => a.proposed === proposed));
          return members.length ? [{ proposed, title, accounts: members }] : [];
        };
        const groups = [...group('done', spec.doneTitle), ...group('partial', spec.partialTitle)];
        section.children = groups.map((g, i) => ({
          ...emptySection(`${spec.key}#${g.proposed}`, `${number}.${i + 1}`, g.title, 'account-group'),
          accounts: g.accounts,
        }));
        // While the report is written, the open assignments still without a proposal are listed on the section.
        if (this.editing) section.accounts = sortAccounts(accounts.filter((a) => a.proposed === null));
        break;
      }
      case 'audit-reports':
        section.auditReports = this.input.auditReports.map((r) => ({
          title: r.title,
          year: r.year,
          auditor: r.auditor,
          summary: r.summary,
          recommendations: r.recommendations.map((x) => ({
            text: x.text,
            status: x.status,
            carriedOverFrom: isCarriedOver(x, r.year) ? x.firstMadeYear : null,
          })),
        }));
        break;
      case 'generic-table': {
        const built = genericTable(spec, (content.rows as GenericTableContent['rows']) ?? []);
        tables.push(built.table);
        section.warnings.push(...built.warnings);
        break;
      }
    }
    section.tables = tables.map((table, i) => ({ ...table, id: `${number}#${i + 1}` }));
    section.charts = charts;
    if (spec.children?.length) section.children = [...section.children, ...this.sections(spec.children, number)];
    return section;
  }

  private goalSections(parentKey: string, number: string): DocumentSection[] {
    const { organisation } = this.input;
    return [...this.input.goals]
      .sort((a, b) => a.number - b.number)
      .map((goal, i) => {
        const key = `${parentKey}:${goal.id}`;
        const stored = this.stored(key);
        const line = roleLine(goal, organisation.id);
        return {
          ...emptySection(key, `${number}.${i + 1}`, goal.title, 'goal-assessment'),
          contentKey: key,
          version: stored?.version ?? 0,
          text: stored?.content.text ?? null,
          lines: line ? [line] : [],
        };
      });
  }

  private accounts(sectionKey: string, origin: string): AccountView[] {
    const views: AccountView[] = [];
    this.input.assignments.forEach((source, index) => {
      const { assignment } = source;
      if (assignment.origin !== origin) return;
      const key = accountKey(sectionKey, assignment.id);
      const stored = this.stored(key);
      // Stored accounts stay in the report; new ones come from the open assignments while it is written.
      if (!stored && !(this.editing && isOpen(source.status))) return;
      views.push({
        key,
        assignmentId: assignment.id,
        organisationId: source.organisationId,
        dnr: assignment.dnr,
        title: assignment.title,
        origin: assignment.origin,
        originDecidedOn: assignment.originDecidedOn,
        originReference: assignment.originReference,
        status: source.status,
        proposed: stored?.content.proposed ?? null,
        text: stored?.content.text ?? null,
        version: stored?.version ?? 0,
        position: stored?.content.position ?? 1000 + index,
      });
    });
    return views;
  }
}

function emptySection(key: string, number: string, title: string, kind: DocumentSection['kind']): DocumentSection {
  return {
    key,
    contentKey: null,
    number,
    depth: number.split('.').length,
    title,
    kind,
    version: 0,
    text: null,
    textAfter: null,
    lines: [],
    tables: [],
    charts: [],
    accounts: [],
    auditReports: [],
    warnings: [],
    children: [],
  };
}

function findStatement(sections: readonly TemplateSection[], key: string): Extract<TemplateSection, { kind: 'financial-statement' }> | undefined {
  for (const s of sections) {
    if (s.key === key && s.kind === 'financial-statement') return s;
    const found = findStatement(s.children ?? [], key);
    if (found) return found;
  }
  return undefined;
}

/**
 * The role line under a goal's heading: "Kommunstyrelsen är huvudansvarig för målet", or for a
 * shared lead "Kommunstyrelsen och Göteborgs Stadshus AB är gemensamt huvudansvariga för målet."
 * None when the organisation reports on the goal without a stated role.
 */
export function roleLine(goal: Goal, organisationId: string): string | null {
  const own = goal.responsibilities.find((r) => r.organisationId === organisationId);
  if (!own?.role) return null;
  if (own.role === 'joint-lead') {
    const partners = goal.responsibilities.filter((r) => r.role === 'joint-lead' && r.organisationId !== organisationId);
    if (partners.length > 0) {
      const names = [own, ...partners].map((r) => r.organisationName);
      const list = `${names.slice(0, -1).join(', ')} och ${names.at(-1)}`;
      return t('sv', 'reports.goalRole.jointLeadWith', { orgs: list });
    }
  }
  return t('sv', `goalRole.${own.role}`, { org: own.organisationName });
}
