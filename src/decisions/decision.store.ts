import type { Db } from '../db/connection.ts';
import type { DecisionMethod, DecisionOutcome, PointOutcome, ProposalRef } from './decision.ts';
import type { Tally, VoteChoice } from './vote.ts';

export interface StoredVote {
  personId: string;
  personName: string;
  partyId: string | null;
  partyAbbreviation: string | null;
  choice: VoteChoice;
}

export interface DecisionPoint {
  id: string;
  position: number;
  kind: 'procedural' | 'point';
  number: number | null;
  proposalPointId: string | null;
  proposalPointNumber: number | null;
  motionPointId: string | null;
  outcome: PointOutcome;
  text: string;
  method: DecisionMethod;
  orderOfQuestions: string | null;
  proposals: ProposalRef[];
  assignmentId: string | null;
  organisationId: string | null;
  createdAssignmentId: string | null;
  votes: StoredVote[];
  tally: Tally | null;
  tallyByParty: Array<{ partyId: string | null; abbreviation: string | null } & Tally>;
}

export interface Remark {
  id: string;
  kind: 'dissent' | 'minute-note';
  partyId: string | null;
  partyAbbreviation: string | null;
  text: string;
}

export interface Decision {
  id: string;
  agendaItemId: string;
  matterId: string;
  paragraph: number;
  decidedOn: string;
  outcome: DecisionOutcome;
  text: string;
  note: string | null;
  points: DecisionPoint[];
  remarks: Remark[];
  createdAt: Date;
  updatedAt: Date;
}

export async function loadDecisions(db: Db, tenantId: string, filter: { ids?: string[]; agendaItemIds?: string[] }): Promise<Decision[]> {
  let q = db.selectFrom('decisions').selectAll().where('tenant_id', '=', tenantId);
  if (filter.ids) q = filter.ids.length ? q.where('id', 'in', filter.ids) : q.where('id', 'is', null);
  if (filter.agendaItemIds) q = filter.agendaItemIds.length ? q.where('agenda_item_id', 'in', filter.agendaItemIds) : q.where('id', 'is', null);
  const decisions = await q.orderBy('paragraph').execute();
  if (decisions.length === 0) return [];
  const ids = decisions.map((d) => d.id);
  const points = await db
    .selectFrom('decision_points as d')
    .leftJoin('proposal_points as p', (j) => j.onRef('p.tenant_id', '=', 'd.tenant_id').onRef('p.id', '=', 'd.proposal_point_id'))
    .selectAll('d')
    .select('p.number as proposal_number')
    .where('d.tenant_id', '=', tenantId)
    .where('d.decision_id', 'in', ids)
    .orderBy('d.position')
    .execute();
  const votes = points.length
    ? await db
        .selectFrom('decision_votes as v')
        .innerJoin('people as pe', (j) => j.onRef('pe.tenant_id', '=', 'v.tenant_id').onRef('pe.id', '=', 'v.person_id'))
        .leftJoin('parties as pa', (j) => j.onRef('pa.tenant_id', '=', 'v.tenant_id').onRef('pa.id', '=', 'v.party_id'))
        .select(['v.decision_point_id', 'v.person_id', 'v.party_id', 'v.choice', 'pe.given_name', 'pe.family_name', 'pa.abbreviation'])
        .where('v.tenant_id', '=', tenantId)
        .where(
          'v.decision_point_id',
          'in',
          points.map((p) => p.id),
        )
        .orderBy('pa.abbreviation')
        .orderBy('pe.family_name')
        .execute()
    : [];
  const remarks = await db
    .selectFrom('decision_remarks as r')
    .leftJoin('parties as pa', (j) => j.onRef('pa.tenant_id', '=', 'r.tenant_id').onRef('pa.id', '=', 'r.party_id'))
    .select(['r.id', 'r.decision_id', 'r.kind', 'r.party_id', 'r.text', 'pa.abbreviation'])
    .where('r.tenant_id', '=', tenantId)
    .where('r.decision_id', 'in', ids)
    .orderBy('r.position')
    .execute();
  return decisions.map((d) => ({
    id: d.id,
    agendaItemId: d.agenda_item_id,
    matterId: d.matter_id,
    paragraph: d.paragraph,
    decidedOn: d.decided_on,
    outcome: d.outcome as DecisionOutcome,
    text: d.text,
    note: d.note,
    createdAt: d.created_at,
    updatedAt: d.updated_at,
    points: points
      .filter((p) => p.decision_id === d.id)
      .map((p) => {
        const pv: StoredVote[] = votes
          .filter((v) => v.decision_point_id === p.id)
          .map((v) => ({
            personId: v.person_id,
            personName: `${v.given_name} ${v.family_name}`,
            partyId: v.party_id,
            partyAbbreviation: v.abbreviation,
            choice: v.choice as VoteChoice,
          }));
        return {
          id: p.id,
          position: p.position,
          kind: p.kind as DecisionPoint['kind'],
          number: p.number,
          proposalPointId: p.proposal_point_id,
          proposalPointNumber: p.proposal_number,
          motionPointId: p.motion_point_id,
          outcome: p.outcome as PointOutcome,
          text: p.text,
          method: p.method as DecisionMethod,
          orderOfQuestions: p.order_of_questions,
          proposals: p.proposals as ProposalRef[],
          assignmentId: p.assignment_id,
          organisationId: p.organisation_id,
          createdAssignmentId: p.created_assignment_id,
          votes: pv,
          tally: pv.length ? tallyOf(pv) : null,
          tallyByParty: byParty(pv),
        };
      }),
    remarks: remarks
      .filter((r) => r.decision_id === d.id)
      .map((r) => ({ id: r.id, kind: r.kind as Remark['kind'], partyId: r.party_id, partyAbbreviation: r.abbreviation, text: r.text })),
  }));
}

function tallyOf(votes: readonly StoredVote[]): Tally {
  const t: Tally = { yes: 0, no: 0, abstain: 0 };
  for (const v of votes) t[v.choice]++;
  return t;
}

function byParty(votes: readonly StoredVote[]) {
  const groups = new Map<string, StoredVote[]>();
  for (const v of votes) groups.set(v.partyId ?? '', [...(groups.get(v.partyId ?? '') ?? []), v]);
  return [...groups.values()].map((g) => ({ partyId: g[0]!.partyId, abbreviation: g[0]!.partyAbbreviation, ...tallyOf(g) }));
}

export async function findDecision(db: Db, tenantId: string, id: string): Promise<Decision | undefined> {
  return (await loadDecisions(db, tenantId, { ids: [id] }))[0];
}

