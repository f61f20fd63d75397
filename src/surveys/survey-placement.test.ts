import { describe, expect, it } from 'vitest';
import type { Finding } from '../checks/check-document.ts';
import { checkDocument } from '../checks/checker.ts';
import { aggregate } from './aggregate.ts';
import { grantResponses, grantSurvey } from './fixtures/grant-survey.fixture.ts';
import { GRANT_COLUMNS, GRANT_PRINTED_DERIVED, GRANT_TABLE_ROWS } from './grant-survey.data.ts';
import { answerFindings, placeTable, placementCheckDocument, toCheckTable, type Placement } from './survey-placement.ts';
import { toReportTable } from './survey-report-table.ts';

const table = aggregate(grantSurvey, grantResponses);
const answersByOrganisation = new Map(grantResponses.map((r) => [r.organisationId, r.answers]));
const context = { questions: grantSurvey.questions, derivedRows: grantSurvey.derivedRows, answersByOrganisation };

/** Tabell 1 as attachment 2 prints it: the answers, and the derived rows typed by the writer. */
function printedAsInSeed(extra: Partial<Placement> = {}): Placement {
  const ids = GRANT_COLUMNS.map((c) => c.key);
  const printed = Object.fromEntries(
    Object.entries(GRANT_PRINTED_DERIVED).map(([key, texts]) => [key, Object.fromEntries(texts.map((text, i) => [ids[i]!, text]))]),
  );
  return {
    id: 'p1',
    surveyId: grantSurvey.id,
    reportId: null,
    section: null,
    part: 'attachment-2',
    title: 'Tabell 1: Sammanställning över bidragshantering under 220701–230630',
    rowKeys: GRANT_TABLE_ROWS,
    organisationIds: ids,
    columnLabels: Object.fromEntries(GRANT_COLUMNS.map((c) => [c.key, c.printedLabel])),
    rowLabels: {},
    printed,
    showTotals: false,
    ...extra,
  };
}

const brief = ({ rule, severity, where, values }: Finding) => ({ rule, severity, row: where.row, column: where.column, values });

describe("a survey's table placed in a report, as the checker sees it", () => {
  it('is a survey CheckTable with the figures as printed', () => {
    const check = toCheckTable(placeTable(printedAsInSeed(), table));
    expect(check.kind).toBe('survey');
    expect(check.rows.map((r) => r.label)).toEqual([
      'Antal ansökningar',
      'Totalt utbetalade belopp',
      'Snittutbetalning i kronor',
      'Antal fördjupade kontroller vid ansökan',
      'Antal avslag i samband med ansökan',
      'Antal avslag/ Antal ansökningar',
      'Antal fördjupade granskningar under stödperiod',
      'Antal återkrav (belopp)',
      'Antal brottsanmälningar',
    ]);
    const claims = check.rows[7]!.cells;
    expect(claims[0]).toMatchObject({ value: 10, amount: { value: 260, unit: 'tkr' } });
    expect(claims[4]).toMatchObject({ unknown: true, value: null, amount: { value: 207, unit: 'tkr' } });
    expect(check.rows[6]!.cells[4]).toMatchObject({ printed: 'oklart', unknown: true, value: null });
  });

  it("flags the printed refusal shares that do not follow from the answers (0,8 % and 0,4 %), and nothing else", () => {
    const placed = placeTable(printedAsInSeed(), table);
    const findings = [...checkDocument(placementCheckDocument(placed)), ...answerFindings(placed, context)];
    expect(findings.map(brief)).toEqual([
      { rule: 'ratio-matches-figures', severity: 'error', row: 'Antal avslag/ Antal ansökningar', column: 'Idrott och föreningsförvaltningen', values: ['0,8 %', '15', '1\u00a0693'] },
      { rule: 'ratio-matches-figures', severity: 'error', row: 'Antal avslag/ Antal ansökningar', column: 'Socialförvaltning Nordost', values: ['0,4 %', '1', '215'] },
    ]);
    // 17 000 for 0,7 mkr / 38 holds within the rounding of "0,7 mkr"; 37 500 is exact.
    expect(findings.some((f) => f.values.includes('17 000') || f.values.includes('37 500'))).toBe(false);
  });

  it('prints the computed figures where nothing was typed over them, and then finds nothing', () => {
    const placed = placeTable(printedAsInSeed({ printed: {} }), table);
    expect(placed.rows.find((r) => r.key === 'avslagsandel')!.cells.map((c) => c.printed.replace('\u00a0', ' '))).toEqual(['0,9 %', '0,1 %', '0,0 %', '0,0 %', '0,0 %', '0,0 %', '0,5 %']);
    expect([...checkDocument(placementCheckDocument(placed)), ...answerFindings(placed, context)]).toEqual([]);
  });

  it('flags prose beside the table that contradicts it', () => {
    const placed = placeTable(printedAsInSeed(), table);
    const prose = [{ text: 'Genomsnittligt utbetalt belopp varierar mellan 7 tkr och 535tkr. Alla förvaltningar gör', line: 2491 }];
    const findings = checkDocument(placementCheckDocument(placed, prose));
    expect(findings.filter((f) => f.kind === 'text-table').map((f) => f.values)).toEqual([['7 tkr', '17 000']]);
  });

  it('flags a printed figure that is not what the organisation answered', () => {
    const placed = placeTable(printedAsInSeed({ printed: { ansokningar: { 'IOF-F': '1 639' }, aterkrav: { 'SNH-F': '0', 'IOF-F': '10 (260 tkr)' } } }), table);
    expect(answerFindings(placed, context).map(brief)).toEqual([
      { rule: 'survey-figure-matches-answer', severity: 'error', row: 'Antal ansökningar', column: 'Idrott och föreningsförvaltningen', values: ['1 639', '1\u00a0693'] },
      { rule: 'survey-figure-matches-answer', severity: 'error', row: 'Antal återkrav (belopp)', column: 'Socialförvaltning Hisingen', values: ['0', 'Oklart (207 tkr)'] },
    ]);
  });

  it('judges a derived row the checker cannot recognise by its formula, within the rounding of the answers', () => {
    const survey = { ...grantSurvey, derivedRows: [...grantSurvey.derivedRows, { key: 'per_aterkrav', label: 'Återkrävt per återkrav (tkr)', formula: 'aterkrav.amount / aterkrav', unit: 'tkr' as const, decimals: 0 }] };
    const placed = placeTable(
      printedAsInSeed({ rowKeys: [...GRANT_TABLE_ROWS, 'per_aterkrav'], printed: { per_aterkrav: { 'IOF-F': '26', 'SNC-ST': '90' } } }),
      aggregate(survey, grantResponses),
    );
    const findings = answerFindings(placed, { ...context, derivedRows: survey.derivedRows });
    // 250 tkr / 3 = 83 tkr, printed 90; IOF's 260 / 10 = 26 holds.
    expect(findings.map(brief)).toEqual([
      { rule: 'survey-derived-matches-answers', severity: 'error', row: 'Återkrävt per återkrav (tkr)', column: 'Socialförvaltning Centrum stadenövergripande', values: ['90', '83'] },
    ]);
  });
});

describe('a placed table in the report model', () => {
  it('keeps each figure as given beside the one computed from the answers, and marks only those that differ', () => {
    const report = toReportTable(placeTable(printedAsInSeed(), table), 'Period 220701–230630');
    expect(report).toMatchObject({ kind: 'survey', caption: 'Tabell 1: Sammanställning över bidragshantering under 220701–230630', rowHeader: 'Period 220701–230630' });
    const row = (key: string) => report.rows.find((r) => r.key === key)!;
    expect(row('ansokningar').cells[0]).toEqual({ given: null, computed: '1\u00a0693', shown: '1\u00a0693', value: 1693 });
    expect(row('avslagsandel').cells[0]).toEqual({ given: '0,8 %', computed: '0,9\u00a0%', shown: '0,8 %', value: 0.8, differs: true });
    // 37 500 is what 75 mkr / 2 000 gives at its own precision; 17 000 is not what 0,7 mkr / 38 gives rounded (18 000).
    expect(row('snittutbetalning').cells.map((c) => c.differs ?? false)).toEqual([false, false, false, true, false, false, false]);
    expect(row('aterkrav').cells[4]).toMatchObject({ shown: 'Oklart (207 tkr)', value: null });
  });
});
