/**
 * The seed's tables as imported from its text layer, every value written out from the seed as
 * printed (including its mistakes: the political activity's "106,5" keeps its lost minus sign).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { hasSeed, readSeed } from '../../test/seeds.ts';
import { toCheckDocument } from './check-input.ts';
import { importText } from './import-document.ts';
import type { ImportResult, ImportTable } from './import-result.ts';

const PERIOD = ['Utfall', 'Budget', 'Avvikelse', 'Utfall fg år'];
const FULL_YEAR = ['Prognos', 'Fg prognos', 'Budget', 'Bokslut fg år'];

describe.skipIf(!hasSeed)('tables of the seed', () => {
  let result: ImportResult;
  const table = (id: string): ImportTable => {
    const found = result.report.tables.find((t) => t.id === id);
    if (!found) throw new Error(`no table ${id} among ${result.report.tables.map((t) => t.id).join(', ')}`);
    return found;
  };
  const printed = (t: ImportTable) => t.rows.map((r) => [r.block, r.label, ...r.printed]);
  beforeAll(() => {
    result = importText(readSeed(), { fileName: 'seed.txt' });
  });

  it('3.2.1, the period: every value as printed', () => {
    const t = table('3.2.1#1');
    expect(t).toMatchObject({ section: '3.2.1', unit: 'mnkr', kind: 'financial-statement' });
    expect(t.columns.map((c) => [c.label, c.role, c.group])).toEqual([
      ['Utfall', 'actual', 'period'],
      ['Budget', 'budget', 'period'],
      ['Avvikelse', 'variance', 'period'],
      ['Utfall fg år', 'actual-last-year', 'period'],
    ]);
    expect(t.rows.map((r) => [r.label, r.role, ...r.printed])).toEqual([
      ['Intäkter', 'income', '76,7', '76,5', '0,2', '66,1'],
      ['Kostnader', 'costs', '-343,2', '-370,7', '27,4', '-319,7'],
      ['Kommunbidrag', 'allocation', '257,7', '257,7', '0', '255,6'],
      ['Kommuninterna bidrag', 'internal-grants', '35,2', '42,4', '-7,1', '30,7'],
      ['Resultat', 'result', '26,3', '5,9', '20,5', '32,5'],
    ]);
    expect(t.rows[1]!.values).toEqual([-343.2, -370.7, 27.4, -319.7]);
  });

  it('3.2.1, the full year: every value as printed', () => {
    const t = table('3.2.1#2');
    expect(t.columns.map((c) => [c.label, c.role, c.group])).toEqual([
      ['Prognos', 'forecast', 'full-year'],
      ['Fg prognos', 'previous-forecast', 'full-year'],
      ['Budget', 'budget', 'full-year'],
      ['Bokslut fg år', 'outcome-last-year', 'full-year'],
    ]);
    expect(t.rows.map((r) => [r.label, ...r.printed])).toEqual([
      ['Intäkter', '120,1', '119,4', '119,8', '112,1'],
      ['Kostnader', '-577,1', '-590,4', '-594,3', '-543,0'],
      ['Kommunbidrag', '386,5', '386,5', '386,5', '383,4'],
      ['Kommuninterna bidrag', '84,5', '84,5', '88,0', '61,5'],
      ['Resultat', '14,0', '0', '0', '14,1'],
    ]);
    expect(t.rows[4]!.values).toEqual([14, 0, 0, 14.1]);
  });

  it('4.3: every value of every block as printed, with figures and headers the PDF split over lines put back', () => {
    const t = table('4.3#1');
    expect(t).toMatchObject({ section: '4.3', title: 'Resultatredovisning i sammandrag', unit: 'mnkr', kind: 'financial-statement' });
    expect(t.columns.map((c) => `${c.label}/${c.group}`)).toEqual([...PERIOD.map((l) => `${l}/period`), ...FULL_YEAR.map((l) => `${l}/full-year`)]);
    const W = 'Hela kommunledningen';
    const S = 'SLK';
    const P = 'Politisk verksamhet';
    const O = 'Övrig verksamhet';
    const H = 'Personal- och kompetensförsörjning';
    const _ = null;
    expect(printed(t)).toEqual([
      [W, 'Intäkter', '76,7', '76,5', '0,2', '66', '120,1', '119,5', '119,8', '112,1'],
      [W, 'Kostnader', '-343,2', '-370,7', '27,4', '-319,7', '-577,1', '-590,4', '-594,3', '-543,0'],
      [W, 'Kommunbidrag', '257,7', '257,7', '0', '255,6', '386,5', '386,5', '386,5', '383,4'],
      [W, 'Kommuninterna bidrag', '35,2', '42,4', '-7,1', '30,7', '84,5', '84,5', '88,0', '61,5'],
      [W, 'Resultat', '26,3', '5,9', '20,5', '32,5', '14,0', '0', '0', '14,1'],
      [S, 'Intäkter', '26,7', '26,2', '0,5', '19,6', '44,4', '44,1', '44,6', '37,7'],
      [S, 'Kostnader', '-213,3', '-232,1', '18,9', '-199,9', '-355,7', '-364,3', '-368,5', '-344,4'],
      [S, 'Kommunbidrag', '188,0', '188,0', '0', '189,9', '280,8', '280,2', '280,8', '284,8'],
      [S, 'Kommuninterna bidrag', '18,6', '23,9', '-5,3', '17,3', '40,5', '39,5', '43,0', '31,2'],
      [S, 'Resultat', '19,9', '5,9', '14,1', '26,9', '10,0', '0', '0', '9,4'],
      [P, 'Intäkter', '2,1', '0,5', '1,6', '0,5', '2,1', '0,8', '0,8', '0,9'],
      [P, 'Kostnader', '-65,5', '-70,2', '4,7', '-60,6', '-103,8', '106,5', '-106,5', '-94,8'],
      [P, 'Kommunbidrag', '69,7', '69,7', '0', '65,7', '105,7', '105,7', '105,7', '98,6'],
      [P, 'Resultat', '6,4', '0', '6,4', '5,6', '4,0', '0', '0', '4,7'],
      [O, 'Intäkter', '47,8', '49,8', '1,8', '45,9', '74,6', '74,6', '74,4', '73,5'],
      [O, 'Kostnader', '-47,8', '-49,8', '-1,8', '-45,9', '-74,5', '-74,6', '-74,4', '-73,5'],
      [O, 'Kommunbidrag', _, _, _, _, _, _, _, _],
      [O, 'Resultat', '0', '0', '0', '0', '0', '0', '0', '0'],
      [H, 'Intäkter', _, _, _, _, _, _, _, _],
      [H, 'Kostnader', '-16,6', '-18,5', '1,9', '-13,3', '-43,9', '-45,0', '-45,0', '-30,3'],
      [H, 'Kommunbidrag', _, _, _, _, _, _, _, _],
      [H, 'Kommuninterna bidrag', '16,6', '18,5', '-1,9', '13,3', '43,9', '45,0', '45,0', '30,3'],
      [H, 'Resultat', '0', '0', '0', '0', '0', '0', '0', '0'],
      [H, 'Insatsområden', _, _, _, _, _, _, _, _],
      [H, 'Bemanning', '-0,42', '-0,60', '0,18', '-0,42', '1,10', '1,10', '1,10', '2,76'],
      [H, 'Kompetens-utveckling förskola', '-1,22', '-0,90', '-0,32', '0', '3,62', '2,90', '2,90', '2,70'],
      [H, 'Kompetens-utveckling skola', '-3,42', '-1,30', '-2,12', '0', '5,20', '4,70', '4,70', '3,87'],
      [H, 'Kompetens-utveckling äldreomsorg/hälso- och sjukvård', '-3,86', '-4,90', '1,04', '-2,90', '8,60', '8,60', '8,60', '4,75'],
      [H, 'Kompetens-utveckling IFO/funktionshinder', '-3,17', '-4,10', '0,93', '-2,93', '8,53', '9,22', '9,22', '7,71'],
      [H, 'Övrig kompetensutveckling', '0', '0', '0', '0', '0,94', '2,63', '1,61', '0,08'],
      [H, 'Chefsförsörjning', '-2,47', '-3,67', '1,20', '-1,76', '8,45', '8,45', '9,02', '4,86'],
      [H, 'Leda, samordna och följa upp personalpolitiken', '-2,07', '-3,02', '0,95', '-0,91', '7,09', '7,55', '7,85', '3,53'],
      [H, 'Summa', '-16,63', '-18,49', '1,86', '-8,92', '43,73', '45,00', '45,00', '30,26'],
    ]);
    // The lost minus sign stays lost: +106.5, for the checker to see.
    const politicalCosts = t.rows.find((r) => r.block === P && r.label === 'Kostnader')!;
    expect(politicalCosts.values[5]).toBe(106.5);
    expect(t.rows.find((r) => r.block === W && r.label === 'Intäkter')!.values[3]).toBe(66);
    expect(t.rows.find((r) => r.label === 'Summa')!.values[1]).toBe(-18.49);
  });

  it('4.3: the whole board is the consolidation of the unit blocks, not of the breakdown by area', () => {
    const check = toCheckDocument(result).tables.find((t) => t.id === '4.3#1')!;
    expect(check.consolidation).toEqual({
      total: 'Hela kommunledningen',
      parts: ['SLK', 'Politisk verksamhet', 'Övrig verksamhet', 'Personal- och kompetensförsörjning'],
    });
    expect(check.rows.find((r) => r.label === 'Summa')?.role).toBe('sum');
    expect(check.rows[1]!.cells[1]).toEqual({ printed: '-370,7', value: -370.7 });
  });

  it('2.1.1: key figures with their change in percent', () => {
    const t = table('2.1.1#1');
    expect(t).toMatchObject({ title: 'Volym-, intäkts- och kostnadsutveckling', kind: 'indicators', unit: null });
    expect(t.columns.map((c) => [c.role, c.group])).toEqual([
      ['actual', 'period'],
      ['forecast', 'full-year'],
    ]);
    expect(t.rows.map((r) => r.printed)).toEqual([
      ['6,3 mnkr (+3,5%)', '4,7 mnkr (+1,5%)'],
      ['161,4 (-0,3%)', '258,9 (+0,7%)'],
      ['3,2 mnkr (5,4%)', '7,8 mnkr (8,3%)'],
      ['47,2 (-3,5%)', '73,2 (-2,2%)'],
    ]);
    expect(t.rows[0]!.label).toBe('Nettokostnadsutveckling stadsledningskontoret (nettokostnader mnkr samt procentuell förändring)');
    expect(t.rows[0]!.values).toEqual([6.3, 4.7]);
    expect(t.rows[0]!.amounts).toEqual([{ value: 3.5, unit: '%' }, { value: 1.5, unit: '%' }]);
  });

  it('3.1.1: HR figures, one row per unit where the PDF prints both in one cell', () => {
    const t = table('3.1.1#1');
    expect(t.columns.map((c) => c.label)).toEqual(['Aktuell period (ack sedan årets början)', 'Motsvarande period föregående år', 'Prognos 2023', 'Utfall 2022']);
    expect(t.rows.map((r) => [r.label, ...r.printed])).toEqual([
      ['Årsarbetare SLK', '161,4', '161,9', '258,9', '257,1'],
      ['Årsarbetare Politiken', '47,2', '48,9', '73,2', '74,9'],
      ['Total sjukfrånvaro (%)', '2,1%', '2,3%', '2,4%', '2,1%'],
      ['Antal förvaltningsexterna avgångar, tillsvidareanställda', '14', '12', null, null],
      ['Antal förvaltningsexterna rekryteringar, tillsvidareanställda', '11', '20', null, null],
      ['Förvaltningsextern personalomsättning (%)', null, null, '7,8%', '7,5%'],
    ]);
  });

  it('3.2.4: central funds in tkr, thousands printed with spaces', () => {
    const t = table('3.2.4#1');
    expect(t).toMatchObject({ unit: 'tkr', kind: 'central-funds' });
    expect(t.rows.map((r) => [r.label, ...r.values])).toEqual([
      ['Extern visselblåsarfunktion', 233, 700, 700],
      ['Personal-/kompetensförsörjning', 13400, 43300, 45000],
      ['LOV3-områden', 20000, 32400, 35000],
      ['Lokala trygghetsöverenskommelser med näringslivet', 0, 1000, 1000],
      ['Kommuner mot brott', 0, 6100, 6100],
    ]);
  });

  it('3.3.1: consultancy costs as a time series 2018–2023', () => {
    const t = table('3.3.1#1');
    expect(t).toMatchObject({ kind: 'time-series', unit: 'mnkr' });
    expect(t.columns.map((c) => c.label)).toEqual(['Utfall jan–aug 2023', 'Utfall helår 2022', 'Utfall helår 2021', 'Utfall helår 2020', 'Utfall helår 2019', 'Utfall helår 2018']);
    expect(t.rows.map((r) => [r.label, ...r.values])).toEqual([['Konsultkostnader', 6.4, 22.3, 21.4, 17.3, 21.3, 28.3]]);
  });

  it('attachment 2, Tabell 1: one column per administration; "oklart" is unknown, "10 (260 tkr)" a count with an amount', () => {
    const t = table('attachment-2#1');
    expect(t).toMatchObject({ part: 'attachment-2', section: null, kind: 'survey' });
    expect(t.columns.map((c) => c.label)).toEqual([
      'Idrott och föreningsförvaltningen',
      'Kulturförvaltningen',
      'Socialförvaltning Centrum stadenövergripande',
      'Socialförvaltning Centrum',
      'Socialförvaltning Hisingen',
      'Socialförvaltning Sydväst',
      'Socialförvaltning Nordost',
    ]);
    const row = (label: string) => t.rows.find((r) => r.label === label)!;
    expect(row('Antal ansökningar').values).toEqual([1693, 2000, 129, 38, 110, 46, 215]);
    expect(row('Totalt utbetalade belopp').printed).toEqual(['127 mkr', '75 mkr', '69 mkr', '0,7 mkr', '10,7 mkr', '2,6 mkr', '8,6 mkr']);
    expect(row('Snittutbetalning i kronor').values).toEqual([75000, 37500, 535000, 17000, 97000, 57000, 40000]);
    expect(row('Antal avslag/ Antal ansökningar').values).toEqual([0.8, 0.1, 0, 0, 0, 0, 0.4]);
    expect(row('Antal fördjupade granskningar under stödperiod').values).toEqual([10, 2, 0, 0, null, 0, 0]);
    const claims = row('Antal återkrav (belopp)');
    expect(claims.printed).toEqual(['10 (260 tkr)', '0', '3 (250 tkr)', '0', 'Oklart (207 tkr)', '1 (3 tkr)', '0']);
    expect(claims.values).toEqual([10, 0, 3, 0, null, 1, 0]);
    expect(claims.amounts![0]).toEqual({ value: 260, unit: 'tkr' });
    expect(claims.amounts![4]).toEqual({ value: 207, unit: 'tkr' });
    const cells = toCheckDocument(result).tables.find((x) => x.id === 'attachment-2#1')!.rows.find((r) => r.label === 'Antal återkrav (belopp)')!.cells;
    expect(cells[4]).toMatchObject({ printed: 'Oklart (207 tkr)', value: null, unknown: true });
  });

  it('3.1.3.1–3.1.3.3: text tables are kept line by line rather than guessed', () => {
    for (const id of ['3.1.3.1#1', '3.1.3.2#1', '3.1.3.3#1']) {
      const t = table(id);
      expect(t.kind).toBe('generic');
      expect(t.rows).toEqual([]);
      expect(t.unparsed.length).toBeGreaterThan(40);
    }
    expect(table('3.1.3.3#1').unparsed[0]).toBe('Åtgärd (Vad ska göras) Syfte (Vilket problem');
  });
});
