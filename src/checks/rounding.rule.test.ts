import { describe, expect, it } from 'vitest';
import type { CheckTable } from './check-document.ts';
import { checkDocument } from './checker.ts';
import { documentOf, row, section } from './fixtures/builders.ts';

const survey = (rows: CheckTable['rows']): CheckTable => ({
  id: 'tabell-1',
  section: '1',
  title: 'Tabell 1',
  unit: null,
  kind: 'survey',
  columns: [{ label: 'Idrott och förening', role: 'organisation' }],
  rows,
});

const rounding = (...tables: CheckTable[]) => checkDocument(documentOf([section('1', 'Bidrag'), section('2', 'Personal')], tables), { kinds: ['rounding'] });

describe('a printed ratio is what its counts give', () => {
  const ratio = (printed: string) =>
    survey([
      row('Antal ansökningar', 'other', ['1 693']),
      row('Antal avslag i samband med ansökan', 'other', ['15']),
      row('Antal avslag/ Antal ansökningar', 'other', [printed]),
    ]);

  it('fires on 0,8 % where 15 / 1 693 = 0,886 % rounds to 0,9 %', () => {
    expect(rounding(ratio('0,8 %'))).toMatchObject([{ rule: 'ratio-matches-figures', severity: 'error', values: ['0,8 %', '15', '1 693'] }]);
  });

  it('is silent on 0,9 %', () => {
    expect(rounding(ratio('0,9 %'))).toEqual([]);
  });
});

describe('a printed average is what amount ÷ count gives within the rounding of the amount', () => {
  const average = (printed: string) =>
    survey([row('Antal ansökningar', 'other', ['38']), row('Totalt utbetalade belopp', 'other', ['0,7 mkr']), row('Snittutbetalning i kronor', 'other', [printed])]);

  it('is silent on 17 000: 0,7 mkr / 38 is anywhere from 17 105 to 19 737', () => {
    expect(rounding(average('17 000'))).toEqual([]);
  });

  it('fires on 12 000, which no amount printed as 0,7 mkr gives', () => {
    expect(rounding(average('12 000'))).toMatchObject([{ rule: 'average-matches-figures', severity: 'error', values: ['12 000', '0,7 mkr', '38'] }]);
  });
});

describe('a change in percent printed beside its figures', () => {
  const tables = (printed: string): CheckTable[] => [
    {
      id: '2.1.1#1',
      section: '1',
      title: 'Mått',
      unit: null,
      kind: 'indicators',
      columns: [{ label: 'Prognos helår jämfört med helår föregående år', role: 'forecast', group: 'full-year' }],
      rows: [row('Årsarbetare politisk verksamhet (antal samt procentuell förändring)', 'other', [printed])],
    },
    {
      id: '3.1.1#1',
      section: '2',
      title: 'HR',
      unit: null,
      kind: 'indicators',
      columns: [
        { label: 'Prognos 2023', role: 'forecast', group: 'full-year' },
        { label: 'Utfall 2022', role: 'outcome-last-year', group: 'full-year' },
      ],
      rows: [row('Årsarbetare Politiken', 'other', ['73,2', '74,9'])],
    },
  ];

  it('warns on −2,2 % where 74,9 → 73,2 gives −2,27 % → −2,3 %, a difference the rounding of the FTEs could explain', () => {
    expect(rounding(...tables('73,2 (-2,2%)'))).toMatchObject([{ rule: 'change-percent-matches-figures', severity: 'warning', values: ['-2,2%', '74,9', '73,2 (-2,2%)'] }]);
  });

  it('is an error when not even rounding explains it', () => {
    expect(rounding(...tables('73,2 (-3,5%)')).map((f) => f.severity)).toEqual(['error']);
  });

  it('is silent on −2,3 %', () => {
    expect(rounding(...tables('73,2 (-2,3%)'))).toEqual([]);
  });
});
