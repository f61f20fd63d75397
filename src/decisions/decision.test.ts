import { describe, expect, it } from 'vitest';
import { assembleDecision, decisionReference, STAFF_REPORT, type MotionPointForDecision, type ProposalForPoint } from './decision.ts';

const points: ProposalForPoint[] = [
  { id: 'p1', number: 1, text: 'Rapporten godkänns.', effect: 'adopt-report', assignmentId: null, organisationId: null },
  { id: 'p2', number: 2, text: 'Redovisningen av 1446/22 godkänns.', effect: 'approve-assignment', assignmentId: 'a2', organisationId: 'ks' },
  { id: 'p3', number: 3, text: 'Redovisningen av 1443/22 godkänns.', effect: 'approve-assignment', assignmentId: 'a3', organisationId: 'ks' },
];
const motion: MotionPointForDecision[] = [
  { id: 'm1', kind: 'reject', number: 1, targetPointId: 'p3', text: 'Redovisningen av 1443/22 godkännes ej.', organisationId: null, parties: 'V, S och MP' },
  { id: 'm2', kind: 'add', number: 2, targetPointId: null, text: 'SLK får i uppdrag att informera.', organisationId: 'slk', parties: 'V, S och MP' },
  { id: 'm3', kind: 'replace', number: 3, targetPointId: 'p2', text: 'Redovisningen av 1446/22 godkänns med tillägg.', organisationId: null, parties: 'V, S och MP' },
];

describe('decision assembly', () => {
  it('takes each point from the winning proposal and keeps the rest as proposed', () => {
    const result = assembleDecision({
      points,
      motionPoints: motion,
      questions: [
        { proposalPointId: 'p3', winner: 'm1', method: 'vote', tally: { yes: 6, no: 7, abstain: 0 } },
        { motionPointId: 'm2', winner: 'm2', method: 'acclamation' },
        { proposalPointId: 'p2', winner: STAFF_REPORT, method: 'acclamation' },
      ],
    });
    expect(result.problems).toEqual([]);
    expect(result.text).toBe(['1. Rapporten godkänns.', '2. Redovisningen av 1446/22 godkänns.', '3. Redovisningen av 1443/22 godkännes ej.', '4. SLK får i uppdrag att informera.'].join('\n'));
    expect(result.points.map((p) => p.outcome)).toEqual(['approved', 'approved', 'rejected', 'added']);
    expect(result.points[3]!.newAssignmentFor).toBe('slk');
    expect(result.diff.map((d) => d.change)).toEqual(['unchanged', 'unchanged', 'rejected', 'added']);
    // A point with competing proposals shows them in the order put, staff report first.
    expect(result.points[2]!.proposals.map((p) => p.key)).toEqual([STAFF_REPORT, 'm1']);
    expect(result.points[2]!.orderOfQuestions).toContain('Votering');
  });

  it('rewords a point when a replacement wins, and leaves out an added point that lost', () => {
    const result = assembleDecision({
      points,
      motionPoints: motion,
      questions: [
        { proposalPointId: 'p2', winner: 'm3', method: 'acclamation' },
        { motionPointId: 'm2', winner: STAFF_REPORT, method: 'acclamation' },
      ],
    });
    expect(result.text.split('\n')[1]).toBe('2. Redovisningen av 1446/22 godkänns med tillägg.');
    expect(result.points.find((p) => p.motionPointId === 'm2')).toMatchObject({ outcome: 'not-adopted', number: null, newAssignmentFor: null });
    expect(result.diff.map((d) => d.change)).toEqual(['unchanged', 'replaced', 'unchanged']);
  });

  it('refuses a winner the votes do not give, a proposal from another point, and an unknown point', () => {
    const wrong = assembleDecision({ points, motionPoints: motion, questions: [{ proposalPointId: 'p3', winner: 'm1', method: 'vote', tally: { yes: 7, no: 6, abstain: 0 } }] });
    expect(wrong.problems[0]).toContain('annat resultat');
    const tie = assembleDecision({ points, motionPoints: motion, questions: [{ proposalPointId: 'p3', winner: 'm1', method: 'vote', tally: { yes: 6, no: 6, abstain: 1 } }] });
    expect(tie.problems).toEqual([]);
    const misplaced = assembleDecision({ points, motionPoints: motion, questions: [{ proposalPointId: 'p1', proposals: [STAFF_REPORT, 'm1'], winner: 'm1', method: 'acclamation' }] });
    expect(misplaced.problems[0]).toContain('gäller inte den punkten');
    const unknown = assembleDecision({ points, motionPoints: motion, questions: [{ proposalPointId: 'p9', winner: STAFF_REPORT, method: 'acclamation' }] });
    expect(unknown.problems[0]).toContain('inte finns');
  });

  it('names the paragraph and point every effect is made under', () => {
    expect(decisionReference('KS', '2023-10-18', 12, 4)).toBe('KS 2023-10-18 § 12, punkt 4');
  });
});
