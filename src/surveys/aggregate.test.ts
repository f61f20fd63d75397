import { describe, expect, it } from 'vitest';
import { NBSP } from '../numbers/swedish-format.ts';
import { aggregate, roundTo, type AggregateTable } from './aggregate.ts';
import { answersFromText, grantResponses, grantSurvey } from './fixtures/grant-survey.fixture.ts';
import { GRANT_TABLE_ROWS } from './grant-survey.data.ts';
import { compareRounds } from './round-comparison.ts';

const plain = (text: string) => text.replaceAll(NBSP, ' ');
const texts = (table: AggregateTable, key: string) => table.rows.find((r) => r.key === key)!.cells.map((c) => plain(c.text));
const total = (table: AggregateTable, key: string) => {
  const cell = table.rows.find((r) => r.key === key)!.total;
  return cell ? plain(cell.text) : null;
};

describe("the seed's grant-control survey aggregated (Tabell 1)", () => {
  const table = aggregate(grantSurvey, grantResponses);

  it('prints the answers as Tabell 1 prints them, "oklart" included', () => {
    expect(table.columns.map((c) => c.label)).toEqual([
      'Idrott och föreningsförvaltningen',
      'Kulturförvaltningen',
      'Socialförvaltning Centrum stadenövergripande',
      'Socialförvaltning Centrum',
      'Socialförvaltning Hisingen',
      'Socialförvaltning Sydväst',
      'Socialförvaltning Nordost',
    ]);
    expect(texts(table, 'ansokningar')).toEqual(['1 693', '2 000', '129', '38', '110', '46', '215']);
    expect(texts(table, 'utbetalt')).toEqual(['127 mkr', '75 mkr', '69 mkr', '0,7 mkr', '10,7 mkr', '2,6 mkr', '8,6 mkr']);
    expect(texts(table, 'kontroller_ansokan')).toEqual(['53', '2', '0', '0', '0', '0', '1']);
    expect(texts(table, 'avslag')).toEqual(['15', '2', '0', '0', '0', '0', '1']);
    expect(texts(table, 'granskningar_stodperiod')).toEqual(['10', '2', '0', '0', 'oklart', '0', '0']);
    expect(texts(table, 'aterkrav')).toEqual(['10 (260 tkr)', '0', '3 (250 tkr)', '0', 'Oklart (207 tkr)', '1 (3 tkr)', '0']);
    expect(texts(table, 'brottsanmalningar')).toEqual(['4', '0', '0', '0', '0', '0', '0']);
    expect(texts(table, 'grundkontroller')).toEqual(['Ja', 'Ja', 'Ja', 'Ja', 'Ja', 'Ja', 'Ja']);
  });

  it('computes the average payout in kronor, rounded to the thousand as the report prints it', () => {
    // 127 000 000 / 1 693 = 75 015; 75 000 000 / 2 000 = 37 500 → 38 000 (half away from zero);
    // 700 000 / 38 = 18 421 (the report prints 17 000, which "0,7 mkr" can also give).
    expect(texts(table, 'snittutbetalning')).toEqual(['75 000', '38 000', '535 000', '18 000', '97 000', '57 000', '40 000']);
    const exact = table.rows.find((r) => r.key === 'snittutbetalning')!.cells.map((c) => (c.quantity.kind === 'value' ? Math.round(c.quantity.value) : null));
    expect(exact).toEqual([75015, 37500, 534884, 18421, 97273, 56522, 40000]);
  });

  it('computes the refusal share from the answers: 15/1 693 is 0,9 %, 1/215 is 0,5 % (the report prints 0,8 and 0,4)', () => {
    expect(texts(table, 'avslagsandel')).toEqual(['0,9 %', '0,1 %', '0,0 %', '0,0 %', '0,0 %', '0,0 %', '0,5 %']);
  });

  it('totals the columns, and shows a total with an unknown part as "minst"', () => {
    // "cirka 4 200 ansökningar och betalade ut cirka 293 mkr"
    expect(total(table, 'ansokningar')).toBe('4 231');
    expect(total(table, 'utbetalt')).toBe('293,6 mkr');
    // The prose's "63 fördjupade kontroller" for IOF = 53 + 10; the others' "fem" = 3 + 2 + an unknown.
    expect(total(table, 'kontroller_ansokan')).toBe('56');
    expect(total(table, 'granskningar_stodperiod')).toBe('minst 12');
    const reviews = table.rows.find((r) => r.key === 'granskningar_stodperiod')!.total!;
    expect(reviews).toMatchObject({ quantity: { kind: 'unknown' }, atLeast: 12 });
    expect(total(table, 'aterkrav')).toBe('Minst 14 (720 tkr)');
    expect(total(table, 'brottsanmalningar')).toBe('4');
    // A weighted average over the city: 293,6 mkr / 4 231 applications.
    expect(total(table, 'snittutbetalning')).toBe('69 000');
    expect(total(table, 'avslagsandel')).toBe('0,4 %');
    expect(total(table, 'grundkontroller')).toBeNull();
  });

  it('keeps every row of Tabell 1', () => {
    expect(GRANT_TABLE_ROWS.every((key) => table.rows.some((r) => r.key === key))).toBe(true);
  });
});

describe('unknown answers propagate, never as zero', () => {
  const responses = grantResponses.slice(0, 2);

  it('makes a derived value unknown when an input is "oklart", and its total unknown too', () => {
    const withUnknown = [
      { ...responses[0]!, answers: { ...responses[0]!.answers, ...answersFromText({ avslag: '15', ansokningar: '1 693' }) } },
      { ...responses[1]!, answers: answersFromText({ ansokningar: '2 000', utbetalt: '75 mkr', avslag: '2' }) },
    ];
    const grants = { ...grantSurvey, questions: grantSurvey.questions.map((q) => (q.key === 'avslag' ? { ...q, allowsUnknown: true } : q)) };
    withUnknown[1]!.answers.avslag = { kind: 'unknown' };
    const table = aggregate(grants, withUnknown);
    const share = table.rows.find((r) => r.key === 'avslagsandel')!;
    expect(share.cells[1]).toMatchObject({ quantity: { kind: 'unknown' }, text: 'oklart' });
    expect(share.cells[0]!.quantity).toMatchObject({ kind: 'value' });
    expect(share.total).toMatchObject({ quantity: { kind: 'unknown' }, text: 'oklart' });
    expect(total(table, 'avslag')).toBe('minst 15');
  });

  it('leaves an organisation that has not submitted out: its cells have no value and totals say "minst"', () => {
    const pending = [responses[0]!, { ...responses[1]!, status: 'draft' as const }];
    const table = aggregate(grantSurvey, pending);
    expect(texts(table, 'ansokningar')).toEqual(['1 693', '–']);
    expect(texts(table, 'snittutbetalning')).toEqual(['75 000', '–']);
    expect(total(table, 'ansokningar')).toBe('minst 1 693');
    expect(table.rows.find((r) => r.key === 'ansokningar')!.total!.quantity).toEqual({ kind: 'missing' });
    // The controller may look at drafts too.
    expect(texts(aggregate(grantSurvey, pending, { includeDrafts: true }), 'ansokningar')).toEqual(['1 693', '2 000']);
  });

  it('gives no value, not an error, for a division by zero', () => {
    const none = [{ ...responses[0]!, answers: answersFromText({ ansokningar: '0', utbetalt: '0 mkr', avslag: '0' }) }];
    expect(texts(aggregate(grantSurvey, none), 'snittutbetalning')).toEqual(['–']);
  });
});

describe('rounding as reports round', () => {
  it('rounds half away from zero, to decimals or to thousands', () => {
    expect(roundTo(0.886, 1)).toBe(0.9);
    expect(roundTo(0.465, 1)).toBe(0.5);
    expect(roundTo(37_500, -3)).toBe(38_000);
    expect(roundTo(-37_500, -3)).toBe(-38_000);
    expect(roundTo(75_015, -3)).toBe(75_000);
  });
});

describe('comparison with the previous round', () => {
  it('matches rows by key and columns by organisation, and keeps unknowns unknown', () => {
    const current = aggregate(grantSurvey, grantResponses);
    const lastYear = aggregate(
      { ...grantSurvey, id: 'previous' },
      [
        { ...grantResponses[4]!, answers: answersFromText({ ansokningar: '100', granskningar_stodperiod: '3', utbetalt: '9 mkr' }) },
        { ...grantResponses[0]!, answers: answersFromText({ ansokningar: '1 500', granskningar_stodperiod: '8', utbetalt: '120 mkr' }) },
      ],
    );
    const comparison = compareRounds(current, lastYear);
    const applications = comparison.rows.find((r) => r.key === 'ansokningar')!;
    expect(applications.cells[0]).toMatchObject({ change: { kind: 'value', value: 193 } });
    expect(applications.cells[0]!.changePercent).toBeCloseTo(12.87, 2);
    expect(applications.cells[4]).toMatchObject({ change: { kind: 'value', value: 10 } });
    // Kulturförvaltningen was not asked last year.
    expect(applications.cells[1]).toMatchObject({ previous: null, change: { kind: 'missing' } });
    // Hisingen answered "oklart" this year.
    const reviews = comparison.rows.find((r) => r.key === 'granskningar_stodperiod')!;
    expect(reviews.cells[4]).toMatchObject({ change: { kind: 'unknown' }, changePercent: null });
    expect(comparison.rows.find((r) => r.key === 'utbetalt')!.cells[0]).toMatchObject({ change: { kind: 'value', value: 7 } });
  });
});
