import { describe, expect, it } from 'vitest';
import { hasSeed, readSeed } from '../../../test/seeds.ts';
import type { CheckSection } from '../../checks/check-document.ts';
import { GOTEBORG_INTERIM_TEMPLATE } from '../../reports/goteborg-interim.template.ts';
import type { TemplateDefinition } from '../../reports/template.ts';
import { toCheckDocument } from '../check-input.ts';
import { importText } from '../import-document.ts';
import type { ImportTable } from '../import-result.ts';
import { planReport, type ReportSource } from './report-content.ts';

const section = (number: string, title: string, ...text: string[]): CheckSection => ({ number, title, part: 'report', lines: text.map((t, i) => ({ text: t, line: Number(number.replace(/\./g, '')) * 100 + i })) });

const TEMPLATE: TemplateDefinition = {
  sections: [
    { key: 'summary', kind: 'prose', title: 'Sammanfattning' },
    {
      key: 'economy',
      kind: 'prose',
      title: 'Ekonomi',
      children: [
        {
          key: 'funds',
          kind: 'central-funds',
          title: 'Kommuncentrala poster',
          caption: 'Kommuncentral post',
          unit: 'tkr',
        },
      ],
    },
  ],
};

const FUNDS: ImportTable = {
  id: '2.1#1',
  part: 'report',
  section: '2.1',
  title: 'Kommuncentral post',
  unit: 'tkr',
  kind: 'central-funds',
  columns: [
    { label: 'Utfall perioden', role: 'actual', group: 'period' },
    { label: 'Prognos helår', role: 'forecast', group: 'full-year' },
    { label: 'Kommentar', role: null, group: null },
  ],
  rows: [{ label: 'LOV3-områden', role: 'other', block: null, values: [20000, 32400, null], printed: ['20 000', '32 400', 'enligt plan'] }],
  unparsed: [],
};

const source = (sections: CheckSection[], tables: ImportTable[] = []): ReportSource => ({ sections, tables, tableLines: new Map(tables.map((t) => [t.id, 210])), goals: [], assignments: [] });

describe('an imported report in the template', () => {
  it('puts prose and figures, as printed, in the sections with the same number and title', () => {
    const plan = planReport(TEMPLATE, source([section('1', 'Sammanfattning', 'Året gick bra.'), section('2', 'Ekonomi'), section('2.1', 'Kommuncentrala poster')], [FUNDS]));
    expect(plan.sections.get('summary')).toEqual({ text: '<p>Året gick bra.</p>' });
    expect(plan.sections.get('funds')?.rows).toEqual([{ label: 'LOV3-områden', actual: '20 000', forecast: '32 400' }]);
  });

  it('keeps what has no place as text in the nearest section that has one, and lists it', () => {
    const plan = planReport(TEMPLATE, source([section('1', 'Sammanfattning'), section('1.1', 'Särskilda händelser', 'En brand i stadshuset.'), section('2', 'Ekonomi'), section('2.1', 'Kommuncentrala poster')], [FUNDS]));
    expect(plan.sections.get('summary')?.text).toBe('<h3>1.1 Särskilda händelser</h3><p>En brand i stadshuset.</p>');
    // The comment column has no place in the central funds table: the table is kept whole as text too.
    expect(plan.sections.get('funds')?.textAfter).toContain('Kommentar: enligt plan');
    expect(plan.notes.map((n) => n.what)).toEqual(['avsnitt 1.1 Särskilda händelser', 'kolumnerna Kommentar i tabell "Kommuncentral post"']);
  });
});

describe.skipIf(!hasSeed)('the seed report in Göteborg’s template', () => {
  const result = importText(readSeed(), { fileName: 'seed.txt' });
  const doc = toCheckDocument(result);
  const plan = planReport(GOTEBORG_INTERIM_TEMPLATE, {
    sections: doc.sections.filter((s) => s.part === 'report'),
    tables: result.report.tables.filter((t) => t.part === 'report'),
    tableLines: new Map(doc.tables.map((t) => [t.id, t.line ?? Infinity])),
    goals: result.report.goals,
    assignments: result.report.assignments,
  });
  type Figures = { consolidated?: { rows?: Record<string, Record<string, string>> }; units?: Record<string, { rows?: Record<string, Record<string, string>>; areasSum?: Record<string, string> }> };
  const figures = (key: string) => plan.sections.get(key)?.figures as Figures;

  it('keeps every figure of 3.2.1 as printed, period and full year in one statement', () => {
    for (const table of result.report.tables.filter((t) => t.section === '3.2.1')) {
      for (const row of table.rows) {
        const given = figures('economy-summary').consolidated!.rows![row.role!]!;
        expect(Object.values(given)).toEqual(expect.arrayContaining(row.printed.filter((p): p is string => p !== null)));
      }
    }
    expect(figures('economy-summary').consolidated!.rows!.income).toMatchObject({ 'actual-last-year': '66,1', 'previous-forecast': '119,4' });
  });

  it("keeps 4.3's mistakes as printed: 66 for 66,1 and the political activity's lost minus sign", () => {
    expect(figures('board-economy').consolidated!.rows!.income!['actual-last-year']).toBe('66');
    expect(figures('board-economy').units!.political!.rows!.costs!['previous-forecast']).toBe('106,5');
    expect(figures('board-economy').units!.hr!.areasSum!.forecast).toBe('43,73');
  });

  it('has a place for every goal, every account and every other section', () => {
    expect([...plan.goalTexts.keys()]).toEqual(result.report.goals.map((g) => g.number));
    expect([...plan.accounts.keys()]).toHaveLength(14);
    // Only the three text tables of 3.1.3 could not be read as rows.
    expect(plan.notes).toHaveLength(3);
    expect(plan.notes.every((n) => n.placedIn.startsWith('3.1.3.'))).toBe(true);
  });
});
