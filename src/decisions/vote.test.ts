import { describe, expect, it } from 'vitest';
import { checkVote, type Ballot } from './vote.ts';

const present = [
  { personId: 'a', partyId: 'S' },
  { personId: 'b', partyId: 'S' },
  { personId: 'c', partyId: 'M' },
];

describe('open vote check', () => {
  it('counts ballots per option and per party', () => {
    const ballots: Ballot[] = [
      { personId: 'a', choice: 'no' },
      { personId: 'b', choice: 'abstain' },
      { personId: 'c', choice: 'yes' },
    ];
    const result = checkVote({ present, ballots, statedTotal: { yes: 1, no: 1, abstain: 1 } });
    expect(result.problems).toEqual([]);
    expect(Object.fromEntries(result.byParty)).toEqual({ S: { yes: 0, no: 1, abstain: 1 }, M: { yes: 1, no: 0, abstain: 0 } });
  });

  it('refuses missing, double and foreign ballots and tallies that do not add up', () => {
    expect(checkVote({ present, ballots: [{ personId: 'a', choice: 'yes' }] }).problems).toEqual(['2 tjänstgörande ledamöter saknar röst.']);
    expect(checkVote({ present, ballots: [{ personId: 'a', choice: 'yes' }, { personId: 'a', choice: 'no' }, { personId: 'b', choice: 'no' }, { personId: 'c', choice: 'no' }] }).problems).toHaveLength(1);
    expect(checkVote({ present, ballots: [{ personId: 'x', choice: 'yes' }, ...present.map((p) => ({ personId: p.personId, choice: 'yes' as const }))] }).problems[0]).toContain('inte närvarande');
    const all = present.map((p) => ({ personId: p.personId, choice: 'yes' as const }));
    expect(checkVote({ present, ballots: all, statedTotal: { yes: 2, no: 1, abstain: 0 } }).problems[0]).toContain('stämmer inte');
    expect(checkVote({ present, ballots: all, statedByParty: new Map([['M', { yes: 2, no: 0, abstain: 0 }]]) }).problems).toHaveLength(2);
    expect(checkVote({ present: [], ballots: [] }).problems).toEqual(['Ingen närvaro är registrerad för sammanträdet.']);
  });
});
