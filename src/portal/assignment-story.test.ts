import { describe, expect, it } from 'vitest';
import type { Assignment, StatusChange } from '../assignments/assignment.ts';
import { buildStory, outcomes, type StoryAccount, type StoryDecision } from './assignment-story.ts';

const KS = { id: 'ks', name: 'Kommunstyrelsen' };

const assignment: Assignment = {
  id: 'a1',
  dnr: '1443/22',
  title: 'Kommunstyrelsen får i uppdrag att säkerställa att ett kollektivavtal mot kränkningar och trakasserier tecknas under 2023.',
  description: null,
  origin: 'council-budget',
  originYear: 2023,
  originDecidedOn: null,
  originReference: null,
  assignedToAll: false,
  dueOn: null,
  version: 1,
  assignees: [{ organisationId: KS.id, organisationName: KS.name, status: 'in-progress', version: 3 }],
  createdAt: new Date('2022-12-01T10:00:00Z'),
  updatedAt: new Date('2023-10-25T10:00:00Z'),
};

function change(id: string, from: StatusChange['from'], to: StatusChange['to'], at: string, extra: Partial<StatusChange> = {}): StatusChange {
  return { id, organisationId: KS.id, organisationName: KS.name, from, to, at: new Date(at), by: null, reason: null, reportId: null, decisionId: null, ...extra };
}

const account: StoryAccount = {
  reportId: 'r1',
  reportTitle: 'Delårsrapport augusti 2023',
  organisationId: KS.id,
  organisationName: KS.name,
  at: new Date('2023-08-28T08:00:00Z'),
  section: '4.1.2.1',
  proposed: 'done',
  html: '<p>Avtalet tecknades i juni.</p>',
};

const rejection: StoryDecision = {
  decisionId: 'd1',
  url: '/beslut/d1',
  bodyName: 'Kommunstyrelsen',
  decidedOn: '2023-10-18',
  paragraph: 412,
  outcome: 'rejected',
  text: 'Redovisningen godkänns inte.',
};

const changes = [
  change('c0', null, 'assigned', '2022-12-01T10:00:00Z'),
  change('c1', 'assigned', 'proposed-done', '2023-08-28T08:00:00Z', { reportId: 'r1' }),
  change('c2', 'proposed-done', 'in-progress', '2023-10-25T10:00:00Z', { decisionId: 'd1' }),
  change('c3', 'in-progress', 'partially-reported', '2023-11-02T10:00:00Z', { reason: 'Rättat av registrator' }),
];

describe('buildStory', () => {
  const story = buildStory({ assignment, changes, accounts: [account], decisions: [rejection] });

  it('tells it in time order: given, the report, the decision, then what happened since', () => {
    expect(story.map((e) => e.kind)).toEqual(['given', 'account', 'decision', 'change']);
  });

  it('tells a status change with the report or decision that made it, not twice', () => {
    const [, byReport, byDecision, other] = story;
    expect(byReport?.kind === 'account' && byReport.changes.map((c) => c.id)).toEqual(['c1']);
    expect(byDecision?.kind === 'decision' && byDecision.changes.map((c) => c.id)).toEqual(['c2']);
    expect(other?.kind === 'change' && other.change.id).toBe('c3');
  });

  it('names who got the assignment when it was given', () => {
    const given = story[0];
    expect(given?.kind === 'given' && given.to).toEqual(['Kommunstyrelsen']);
  });

  it('puts a report before the decision on it when both fall on the same day', () => {
    const sameDay = buildStory({ assignment, changes, accounts: [{ ...account, at: new Date('2023-10-18T15:00:00Z') }], decisions: [rejection] });
    expect(sameDay.map((e) => e.kind)).toEqual(['given', 'account', 'decision', 'change']);
  });

  it('tells a decision that created the assignment as its origin', () => {
    const creation: StoryDecision = { ...rejection, decisionId: 'd0', outcome: 'added', decidedOn: '2022-11-30' };
    const created = buildStory({ assignment, changes, accounts: [], decisions: [creation] });
    expect(created[0]).toMatchObject({ kind: 'given', date: '2022-11-30', decision: { decisionId: 'd0' } });
    expect(created.filter((e) => e.kind === 'decision')).toEqual([]);
  });
});

describe('outcomes', () => {
  it('gives each organisation its status and the last decision that moved it', () => {
    expect(outcomes({ assignment, changes, accounts: [account], decisions: [rejection] })).toEqual([
      { organisationName: 'Kommunstyrelsen', status: 'in-progress', decision: rejection },
    ]);
  });
});
