import { describe, expect, it } from 'vitest';
import { hasSeed, readSeed } from '../../test/seeds.ts';
import type { Finding } from './check-document.ts';
import { checkDocument } from './checker.ts';
import { seedReport } from './fixtures/seed-report.fixture.ts';

const findings = checkDocument(seedReport);
const brief = ({ rule, kind, severity, where, values }: Finding) => ({ rule, kind, severity, where, values });
const inSection = (...numbers: string[]) => findings.filter((f) => !f.where.part && numbers.includes(f.where.section ?? ''));

const T = { section: '4.3', table: '4.3#1' } as const;
const WHOLE = 'Hela kommunledningen';
const HR = 'Personal- och kompetensförsörjning';

describe('the checker on the seed report, figures as printed', () => {
  it('reports the printed inconsistencies of 4.3', () => {
    expect(inSection('4.3').map(brief)).toEqual([
      { rule: 'drafting-note', kind: 'draft-note', severity: 'error', where: { section: '4.3', line: 2107 }, values: ['Ansvarig hela avsnitt 3: Anders R/Anneli H'] },
      // Units' forecast income 44,4 + 2,1 + 74,6 = 121,1.
      { rule: 'consolidated-equals-sum-of-units', kind: 'arithmetic', severity: 'error', where: { ...T, block: WHOLE, row: 'Intäkter', column: 'Prognos', line: 2139 }, values: ['44,4', '2,1', '74,6', '120,1'] },
      // The same statement as 3.2.1, but 66 (66,0 in a one-decimal table) and 119,5.
      { rule: 'same-quantity-same-figure', kind: 'cross-table', severity: 'error', where: { ...T, block: WHOLE, row: 'Intäkter', column: 'Utfall fg år', line: 2139 }, values: ['66,1', '66'] },
      { rule: 'same-quantity-same-figure', kind: 'cross-table', severity: 'error', where: { ...T, block: WHOLE, row: 'Intäkter', column: 'Fg prognos', line: 2139 }, values: ['119,4', '119,5'] },
      // −355,7 − 103,8 − 74,5 − 43,9 = −577,9.
      { rule: 'consolidated-equals-sum-of-units', kind: 'arithmetic', severity: 'error', where: { ...T, block: WHOLE, row: 'Kostnader', column: 'Prognos', line: 2141 }, values: ['-355,7', '-103,8', '-74,5', '-43,9', '-577,1'] },
      // SLK's previous-forecast allocation 280,2 where every other column has 280,8.
      { rule: 'consolidated-equals-sum-of-units', kind: 'arithmetic', severity: 'error', where: { ...T, block: WHOLE, row: 'Kommunbidrag', column: 'Fg prognos', line: 2149 }, values: ['280,2', '105,7', '386,5'] },
      { rule: 'rows-sum-to-result', kind: 'arithmetic', severity: 'error', where: { ...T, block: 'SLK', row: 'Resultat', column: 'Fg prognos', line: 2172 }, values: ['44,1', '-364,3', '280,2', '39,5', '0'] },
      { rule: 'costs-are-negative', kind: 'arithmetic', severity: 'error', where: { ...T, block: 'Politisk verksamhet', row: 'Kostnader', column: 'Fg prognos', line: 2180 }, values: ['106,5'] },
      { rule: 'variance-equals-actual-minus-budget', kind: 'arithmetic', severity: 'error', where: { ...T, block: 'Övrig verksamhet', row: 'Intäkter', column: 'Avvikelse', line: 2190 }, values: ['47,8', '49,8', '1,8'] },
      { rule: 'variance-equals-actual-minus-budget', kind: 'arithmetic', severity: 'error', where: { ...T, block: 'Övrig verksamhet', row: 'Kostnader', column: 'Avvikelse', line: 2192 }, values: ['-47,8', '-49,8', '-1,8'] },
      { rule: 'sum-row-equals-rows-above', kind: 'arithmetic', severity: 'error', where: { ...T, block: HR, row: 'Summa', column: 'Prognos', line: 2253 }, values: ['1,10', '3,62', '5,20', '8,60', '8,53', '0,94', '8,45', '7,09', '43,73'] },
      { rule: 'sum-row-equals-rows-above', kind: 'arithmetic', severity: 'error', where: { ...T, block: HR, row: 'Summa', column: 'Fg prognos', line: 2253 }, values: ['1,10', '2,90', '4,70', '8,60', '9,22', '2,63', '8,45', '7,55', '45,00'] },
      { rule: 'breakdown-sign-consistent', kind: 'arithmetic', severity: 'error', where: { ...T, block: HR, row: 'Summa', line: 2253 }, values: ['-16,63', '43,73'] },
      { rule: 'breakdown-sum-equals-costs', kind: 'cross-table', severity: 'error', where: { ...T, block: HR, row: 'Summa', column: 'Utfall fg år', line: 2253 }, values: ['-13,3', '-8,92'] },
      { rule: 'breakdown-sum-equals-costs', kind: 'cross-table', severity: 'error', where: { ...T, block: HR, row: 'Summa', column: 'Prognos', line: 2253 }, values: ['-43,9', '43,73'] },
    ]);
  });

  it("reports 4.3.1's prose that contradicts the table, and 4.3.2's forecast for personnel", () => {
    const prose = { section: '4.3.1', table: '4.3#1' } as const;
    expect(inSection('4.3.1', '4.3.2').map(brief)).toEqual([
      { rule: 'prose-figure-matches-table', kind: 'text-table', severity: 'error', where: { ...prose, block: 'SLK', row: 'Resultat', column: 'Utfall', line: 2270 }, values: ['20,6 mnkr', '19,9'] },
      { rule: 'prose-figure-matches-table', kind: 'text-table', severity: 'error', where: { ...prose, block: 'SLK', row: 'Resultat', column: 'Budget', line: 2271 }, values: ['5,8 mnkr', '5,9'] },
      { rule: 'prose-figure-matches-table', kind: 'text-table', severity: 'error', where: { ...prose, block: 'SLK', row: 'Resultat', column: 'Avvikelse', line: 2271 }, values: ['8,4 mnkr', '14,1'] },
      { rule: 'prose-figure-matches-table', kind: 'text-table', severity: 'error', where: { ...prose, block: HR, row: 'Kostnader', column: 'Avvikelse', line: 2288 }, values: ['1,8 mnkr', '1,9'] },
      { rule: 'prose-figure-matches-table', kind: 'text-table', severity: 'error', where: { section: '4.3.2', table: '4.3#1', block: HR, row: 'Kostnader', column: 'Prognos', line: 2318 }, values: ['43,7 mnkr', '-43,9'] },
    ]);
  });

  it('raises nothing on 3.2.1, whose rows and columns add up within the rounding of the printed figures', () => {
    expect(findings.filter((f) => f.where.table?.startsWith('3.2.1'))).toEqual([]);
  });

  it('raises nothing on prose and tables that hold: 3.2.2, 3.2.3, 3.2.4, 3.3.1', () => {
    expect(inSection('3.2.1', '3.2.2', '3.2.3', '3.2.4', '3.3.1')).toEqual([]);
  });

  it('finds the broken reference of 2.2.11 and names the section the quoted heading belongs to', () => {
    const [reference] = inSection('2.2.11');
    expect(reference).toMatchObject({ rule: 'reference-to-missing-section', kind: 'cross-reference', values: expect.arrayContaining(['avsnitt 3.4.1']) });
    expect(reference!.message).toContain('3.3.1');
  });

  it('finds the heading with two numbers', () => {
    expect(inSection('3.3.3.2').map(brief)).toEqual([
      { rule: 'heading-with-two-numbers', kind: 'numbering', severity: 'error', where: { section: '3.3.3.2', line: 1486 }, values: ['3.3.3.2 3.4.4.2'] },
    ]);
  });

  it('checks the percent changes of 2.1.1 against the FTEs of 3.1.1', () => {
    expect(inSection('2.1.1').map(brief)).toEqual([
      {
        rule: 'change-percent-matches-figures',
        kind: 'rounding',
        // 74,9 → 73,2 is −2,27 %, printed −2,2 %: the rounding of the FTE figures could explain it.
        severity: 'warning',
        where: { section: '2.1.1', table: '2.1.1#1', row: 'Årsarbetare politisk verksamhet (antal samt procentuell förändring)', column: 'Prognos helår jämfört med helår föregående år', line: 444 },
        values: ['-2,2%', '74,9', '73,2 (-2,2%)'],
      },
    ]);
  });

  it("checks attachment 2's Tabell 1 and the prose about it", () => {
    const attachment = findings.filter((f) => f.where.part === 'attachment-2').map(brief);
    const table = { section: null, table: 'bilaga-2#1', part: 'attachment-2' } as const;
    expect(attachment).toEqual([
      { rule: 'prose-range-matches-table', kind: 'text-table', severity: 'error', where: { ...table, row: 'Snittutbetalning i kronor', line: 2491 }, values: ['7 tkr', '17 000'] },
      { rule: 'ratio-matches-figures', kind: 'rounding', severity: 'error', where: { ...table, row: 'Antal avslag/ Antal ansökningar', column: 'Idrott och föreningsförvaltningen', line: 2573 }, values: ['0,8 %', '15', '1 693'] },
      { rule: 'ratio-matches-figures', kind: 'rounding', severity: 'error', where: { ...table, row: 'Antal avslag/ Antal ansökningar', column: 'Socialförvaltning Nordost', line: 2573 }, values: ['0,4 %', '1', '215'] },
    ]);
  });

  it("finds the placeholder and the broken bookmark of attachment 3's front matter, each once", () => {
    const attachment = findings.filter((f) => f.where.part === 'attachment-3');
    expect(attachment.map((f) => [f.rule, f.values[0]])).toEqual([
      ['unfilled-placeholder', '[Publiceringsdatum]'],
      ['broken-cross-reference-field', 'Fel! Bokmärket är inte definierat.'],
    ]);
  });

  it('lists findings in document order', () => {
    const lines = findings.map((f) => f.where.line ?? 0);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  it('writes every message in Swedish and names the figures or text it is about', () => {
    for (const finding of findings) {
      expect(finding.message).toMatch(/(^|\s)(men|är|står|ska|har)\s/);
      expect(finding.values.some((value) => finding.message.includes(value.replace(/^-/, ''))), finding.message).toBe(true);
    }
  });

  it('runs only the kinds asked for', () => {
    const kinds = new Set(checkDocument(seedReport, { kinds: ['placeholder', 'numbering'] }).map((f) => f.kind));
    expect(kinds).toEqual(new Set(['placeholder', 'numbering']));
  });
});

describe.skipIf(!hasSeed)('the fixture is faithful to the seed', () => {
  const seed = hasSeed ? readSeed().split('\n') : [];

  it('has every prose line as the seed prints it', () => {
    for (const section of seedReport.sections) {
      for (const line of section.lines) expect(seed[line.line! - 1]?.trim(), `line ${line.line}`).toBe(line.text);
    }
  });

  it('has every table figure as the seed prints it, near the row it belongs to', () => {
    for (const table of seedReport.tables) {
      for (const row of table.rows) {
        // The PDF text splits figures over lines ("-", "370,", "7"): compare without any whitespace.
        const near = seed.slice(row.line! - 1, row.line! + 20).join('').replace(/\s/g, '');
        for (const cell of row.cells) {
          if (cell.printed) expect(near, `${table.id} ${row.label}`).toContain(cell.printed.replace(/\s/g, ''));
        }
      }
    }
  });
});
