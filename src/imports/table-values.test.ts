import { describe, expect, it } from 'vitest';
import { groupCells, toCell, tokenize } from './table-values.ts';

/** Cells of a row printed over these lines, for a table of `columns` columns. */
const cells = (lines: string[], columns: number | null) => groupCells(lines.flatMap((text, i) => tokenize(text, i)), columns).cells;

describe('grouping figures into cells', () => {
  it('tells thousands spaces from cell boundaries by the column count', () => {
    expect(cells(['1 693 2 000 129 38 110 46 215'], 7)).toEqual(['1 693', '2 000', '129', '38', '110', '46', '215']);
    expect(cells(['75 000 37 500 535 000 17 000 97 000 57 000 40 000'], 7)).toEqual(['75 000', '37 500', '535 000', '17 000', '97 000', '57 000', '40 000']);
  });

  it('takes wide gaps as cell boundaries', () => {
    expect(cells(['13 400   43 300   45 000'], 3)).toEqual(['13 400', '43 300', '45 000']);
    expect(cells(['0   1 000   1 000'], 3)).toEqual(['0', '1 000', '1 000']);
  });

  it('puts a figure broken over lines back together: a lone sign, a trailing comma, a cut decimal', () => {
    expect(cells(['-343,2', '-', '', '370,', '7', '', '27,4 -319,7 -577,1 -590,4 -594,3 -543,0'], 8)).toEqual(['-343,2', '-370,7', '27,4', '-319,7', '-577,1', '-590,4', '-594,3', '-543,0']);
    expect(cells(['-16,63', '-', '18,4', '9', '1,86 -8,92 43,73 45,00 45,00 30,26'], 8)).toEqual(['-16,63', '-18,49', '1,86', '-8,92', '43,73', '45,00', '45,00', '30,26']);
    expect(cells(['257,7 257,', '7 0 255,6'], 4)).toEqual(['257,7', '257,7', '0', '255,6']);
  });

  it('keeps a cut decimal apart when the row is already full', () => {
    expect(cells(['18,4', '9'], 2)).toEqual(['18,4', '9']);
  });

  it('keeps units, percentages and amounts with their figure', () => {
    expect(cells(['127 mkr 75 mkr 0,7 mkr'], 3)).toEqual(['127 mkr', '75 mkr', '0,7 mkr']);
    expect(cells(['0,8 % 0,1 % 0 %'], 3)).toEqual(['0,8 %', '0,1 %', '0 %']);
    expect(cells(['6,3 mnkr (+3,5%)   4,7 mnkr (+1,5%)'], 2)).toEqual(['6,3 mnkr (+3,5%)', '4,7 mnkr (+1,5%)']);
    expect(cells(['10', '(260 tkr)', '0 Oklart', '(207 tkr)'], 3)).toEqual(['10 (260 tkr)', '0', 'Oklart (207 tkr)']);
  });

  it('makes only the joins the text forces when the column count is unknown', () => {
    expect(cells(['2 000 129'], null)).toEqual(['2 000', '129']);
  });
});

describe('cells', () => {
  it('keep the printed text and read the value, unknowns as unknown, never zero', () => {
    expect(toCell('-370,7')).toEqual({ printed: '-370,7', value: -370.7 });
    expect(toCell('106,5')).toEqual({ printed: '106,5', value: 106.5 });
    expect(toCell('oklart')).toEqual({ printed: 'oklart', value: null, unknown: true });
    expect(toCell('10 (260 tkr)')).toEqual({ printed: '10 (260 tkr)', value: 10, amount: { value: 260, unit: 'tkr' } });
    expect(toCell(null)).toEqual({ printed: null, value: null });
  });
});
