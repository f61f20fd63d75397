/**
 * Recording a decision on an agenda item: procedural motions first (referral back, postponement),
 * then per point the competing proposals, the order of questions and the result, by acclamation
 * or open vote. Every vote is checked against the members present; anything inconsistent is
 * refused before a single row is written.
 */
import { recordChange } from '../audit-log/audit-log.store.ts';
import type { Actor } from '../auth/roles.ts';
import type { Db } from '../db/connection.ts';
import { AppError, notFound } from '../http/errors.ts';
import { assertCan } from '../http/route.ts';
import { findMatter, findStaffReport, listPoints } from '../matters/matter.store.ts';
import { findAgendaItem, findMeeting, listAgendaItems, listAttendance, updateMeeting } from '../meetings/meeting.store.ts';
import { meetingDay } from '../meetings/meeting.ts';
import { listParties, organisationScope } from '../organisations/organisation.store.ts';
import type { Tenant } from '../tenants/tenant.ts';
import { assembleDecision, proceduralSentence, type AssembledPoint, type DecisionMethod, type Question } from './decision.ts';
import { planEffects } from './decision-effects.ts';
import { findDecision, loadDecisions, type Decision } from './decision.store.ts';
import { listMotions } from './motion.store.ts';
import { partyList } from './motion.ts';
import { checkVote, type Ballot, type Tally } from './vote.ts';

export interface VoteInput {
  ballots: Ballot[];
  /** Totals as announced; must agree with the ballots. */
  tally?: Tally | undefined;
  /** Per party abbreviation; must agree with the ballots and the party's members present. */
  byParty?: Record<string, Tally> | undefined;
}

export interface QuestionInput {
  /** The proposal point decided (its number in the staff report). */
  pointNumber?: number | undefined;
  /** Or a motion's `add` point. */
  motionPointId?: string | undefined;
  proposals?: string[] | undefined;
  winner: string;
  method: DecisionMethod;
  orderOfQuestions?: string | undefined;
  vote?: VoteInput | undefined;
}

export interface ProceduralInput {
  kind: 'referral-back' | 'postponement';
  partyIds: string[];
  outcome: 'approved' | 'rejected';
  method: DecisionMethod;
  orderOfQuestions?: string | undefined;
  vote?: VoteInput | undefined;
}

export interface RecordDecisionInput {
  paragraph: number;
  decidedOn?: string | undefined;
  procedural?: ProceduralInput[] | undefined;
  questions?: QuestionInput[] | undefined;
  dissents?: Array<{ partyIds: string[]; text: string }> | undefined;
  minuteNotes?: Array<{ partyIds: string[]; text: string }> | undefined;
  note?: string | undefined;
}

export async function recordDecision(trx: Db, actor: Actor, tenant: Tenant, agendaItemId: string, input: RecordDecisionInput): Promise<Decision> {
  const item = await findAgendaItem(trx, tenant.id, agendaItemId);
  if (!item || item.deletedAt) throw notFound('Punkten på föredragningslistan');
  const meeting = (await findMeeting(trx, tenant.id, item.meetingId, { lock: true }))!;
  assertCan(actor, 'decision.record', { organisationIds: await organisationScope(trx, tenant.id, meeting.organisationId) });
  if (meeting.state === 'planned' || meeting.state === 'cancelled') {
    throw new AppError('not_applicable', 'Sammanträdet är inte kallat; det går inte att besluta på det.');
  }
  if (!item.matterId) throw new AppError('not_applicable', 'Punkten har inget ärende att besluta i.');
  const minutes = await trx.selectFrom('minutes').select('approved_on').where('tenant_id', '=', tenant.id).where('meeting_id', '=', meeting.id).executeTakeFirst();
  if (minutes?.approved_on) throw new AppError('locked', 'Protokollet är redan justerat.');
  if (await trx.selectFrom('decisions').select('id').where('tenant_id', '=', tenant.id).where('agenda_item_id', '=', agendaItemId).executeTakeFirst()) {
    throw new AppError('duplicate', 'Punkten har redan ett beslut.');
  }
  const others = await loadDecisions(trx, tenant.id, { agendaItemIds: (await listAgendaItems(trx, tenant.id, meeting.id)).map((i) => i.id) });
  if (others.some((d) => d.paragraph === input.paragraph)) throw new AppError('duplicate', `§ ${input.paragraph} finns redan i protokollet.`);

  const matter = (await findMatter(trx, tenant.id, item.matterId))!;
  const decidedOn = input.decidedOn ?? meetingDay(meeting.startsAt);
  const parties = await listParties(trx, tenant.id);
  const partyByAbbr = new Map(parties.map((p) => [p.abbreviation, p]));
  const partyName = (id: string) => parties.find((p) => p.id === id)?.abbreviation ?? id;
  const present = (await listAttendance(trx, tenant.id, meeting.id)).map((a) => ({ personId: a.personId, partyId: a.partyId }));

  const voteProblems: string[] = [];
  const checkedVote = (what: string, vote: VoteInput | undefined, method: DecisionMethod) => {
    if (method === 'acclamation') {
      if (vote) voteProblems.push(`${what}: beslut med acklamation har inga röster.`);
      return undefined;
    }
    if (!vote) {
      voteProblems.push(`${what}: votering utan röster.`);
      return undefined;
    }
    const statedByParty = new Map<string, Tally>();
    for (const [abbr, tally] of Object.entries(vote.byParty ?? {})) {
      const party = partyByAbbr.get(abbr);
      if (!party) voteProblems.push(`${what}: okänt parti ${abbr}.`);
      else statedByParty.set(party.id, tally);
    }
    const check = checkVote({ present, ballots: vote.ballots, statedTotal: vote.tally, statedByParty, partyLabel: partyName });
    voteProblems.push(...check.problems.map((p) => `${what}: ${p}`));
    return check;
  };

  // Procedural motions are decided before the matter itself.
  const procedural = input.procedural ?? [];
  const proceduralRows = procedural.map((p, index) => {
    const check = checkedVote(`Ordningsfråga ${index + 1}`, p.vote, p.method);
    if (check && p.method === 'vote') {
      const expected = check.total.yes > check.total.no ? 'approved' : check.total.no > check.total.yes ? 'rejected' : undefined;
      if (expected && expected !== p.outcome) voteProblems.push(`Ordningsfråga ${index + 1}: rösterna ger ett annat resultat än det angivna.`);
    }
    const by = partyList(p.partyIds.map(partyName));
    return {
      kind: 'procedural' as const,
      outcome: p.outcome === 'approved' ? (p.kind === 'referral-back' ? 'referred-back' : 'postponed') : 'rejected',
      text: proceduralSentence(p.kind, p.outcome),
      method: p.method,
      orderOfQuestions:
        p.orderOfQuestions ??
        `${by ? `${by} yrkar att ärendet ska ${p.kind === 'referral-back' ? 'återremitteras' : 'bordläggas'}. ` : ''}Ordföranden ställer proposition på om ärendet ska avgöras i dag och finner att ${p.outcome === 'approved' ? 'det inte ska avgöras i dag' : 'det ska avgöras i dag'}.`,
      ballots: p.vote?.ballots ?? [],
    };
  });
  const stopped = procedural.find((p) => p.outcome === 'approved');

  let assembled: ReturnType<typeof assembleDecision> | undefined;
  const questions = input.questions ?? [];
  if (!stopped) {
    const staffReport = await findStaffReport(trx, tenant.id, matter.id);
    const points = staffReport ? await listPoints(trx, tenant.id, staffReport.id) : [];
    const motions = (await listMotions(trx, tenant.id, matter.id)).filter((m) => !m.superseded);
    const motionPoints = motions.flatMap((m) =>
      m.points.map((p) => ({ ...p, parties: partyList(m.parties.map((x) => x.abbreviation)) })),
    );
    const byNumber = new Map(points.map((p) => [p.number, p]));
    const resolved: Question[] = [];
    const unknown: number[] = [];
    questions.forEach((q, index) => {
      if (q.pointNumber !== undefined && !byNumber.has(q.pointNumber)) unknown.push(q.pointNumber);
      const tally = q.method === 'vote' ? checkedVote(`Fråga ${index + 1}`, q.vote, q.method)?.total : (checkedVote(`Fråga ${index + 1}`, q.vote, q.method), undefined);
      resolved.push({
        proposalPointId: q.pointNumber !== undefined ? byNumber.get(q.pointNumber)?.id : undefined,
        motionPointId: q.motionPointId,
        proposals: q.proposals,
        winner: q.winner,
        method: q.method,
        orderOfQuestions: q.orderOfQuestions,
        tally,
      });
    });
    if (unknown.length) throw new AppError('unknown_point', `Förslaget till beslut har ingen punkt ${unknown.join(', ')}.`, { missing: unknown });
    assembled = assembleDecision({ points, motionPoints, questions: resolved.filter((q) => q.proposalPointId || q.motionPointId) });
    if (assembled.problems.length) throw new AppError('invalid_input', assembled.problems.join(' '), { problems: assembled.problems });
  } else if (questions.length) {
    throw new AppError('invalid_input', 'Ärendet återremitterades eller bordlades; inga sakfrågor kan beslutas.');
  }
  if (voteProblems.length) throw new AppError('vote_mismatch', voteProblems.join(' '), { problems: voteProblems });

  // A decision that could never be applied is refused now, not first at the approval of the minutes.
  if (assembled) {
    const problems = await planEffects(trx, tenant, assembled.points, matter.id);
    if (problems.length) throw new AppError('not_applicable', problems.join(' '), { problems });
  }

  const outcome = stopped ? (stopped.kind === 'referral-back' ? 'referred-back' : 'postponed') : 'decided';
  const text = stopped ? proceduralSentence(stopped.kind, 'approved') : assembled!.text;
  const { id: decisionId } = await trx
    .insertInto('decisions')
    .values({
      tenant_id: tenant.id,
      agenda_item_id: agendaItemId,
      matter_id: matter.id,
      paragraph: input.paragraph,
      decided_on: decidedOn,
      outcome,
      text,
      note: input.note ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();

  let position = 0;
  const partyOf = new Map(present.map((p) => [p.personId, p.partyId]));
  const insertPoint = async (row: {
    kind: 'procedural' | 'point';
    number: number | null;
    proposalPointId: string | null;
    motionPointId: string | null;
    outcome: string;
    text: string;
    method: DecisionMethod;
    orderOfQuestions: string;
    proposals: unknown[];
    assignmentId: string | null;
    organisationId: string | null;
    ballots: readonly Ballot[];
  }) => {
    const { id } = await trx
      .insertInto('decision_points')
      .values({
        tenant_id: tenant.id,
        decision_id: decisionId,
        position: ++position,
        kind: row.kind,
        number: row.number,
        proposal_point_id: row.proposalPointId,
        motion_point_id: row.motionPointId,
        outcome: row.outcome,
        text: row.text,
        method: row.method,
        order_of_questions: row.orderOfQuestions,
        proposals: JSON.stringify(row.proposals),
        assignment_id: row.assignmentId,
        organisation_id: row.organisationId,
        created_assignment_id: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (row.ballots.length) {
      await trx
        .insertInto('decision_votes')
        .values(row.ballots.map((b) => ({ tenant_id: tenant.id, decision_point_id: id, person_id: b.personId, party_id: partyOf.get(b.personId) ?? null, choice: b.choice })))
        .execute();
    }
  };
  for (const p of proceduralRows) {
    await insertPoint({ ...p, number: null, proposalPointId: null, motionPointId: null, proposals: [], assignmentId: null, organisationId: null });
  }
  for (const p of assembled?.points ?? []) {
    const ballots = p.questionIndex !== null ? (questionsFor(questions, assembled!.points, p)?.vote?.ballots ?? []) : [];
    await insertPoint({
      kind: 'point',
      number: p.number,
      proposalPointId: p.proposalPointId,
      motionPointId: p.motionPointId,
      outcome: p.outcome,
      text: p.text,
      method: p.method,
      orderOfQuestions: p.orderOfQuestions,
      proposals: p.proposals,
      assignmentId: p.effect === 'approve-assignment' ? p.assignmentId : null,
      organisationId: p.effect === 'approve-assignment' ? p.organisationId : p.newAssignmentFor,
      ballots,
    });
  }
  let remarkPosition = 0;
  for (const [kind, list] of [
    ['dissent', input.dissents ?? []],
    ['minute-note', input.minuteNotes ?? []],
  ] as const) {
    for (const remark of list) {
      for (const partyId of remark.partyIds.length ? remark.partyIds : [null]) {
        if (partyId && !parties.some((p) => p.id === partyId)) throw new AppError('invalid_input', 'Okänt parti i reservation eller protokollsanteckning.');
        await trx
          .insertInto('decision_remarks')
          .values({ tenant_id: tenant.id, decision_id: decisionId, kind, party_id: partyId, position: ++remarkPosition, text: remark.text })
          .execute();
      }
    }
  }
  await updateMeeting(trx, tenant.id, meeting.id, { state: 'held' });
  // OParl clients sync by modification time: the item and the paper changed with the decision.
  await trx.updateTable('agenda_items').set({ updated_at: new Date() }).where('tenant_id', '=', tenant.id).where('id', '=', agendaItemId).execute();
  await trx.updateTable('matters').set({ updated_at: new Date() }).where('tenant_id', '=', tenant.id).where('id', '=', matter.id).execute();
  const decision = (await findDecision(trx, tenant.id, decisionId))!;
  await recordChange(trx, actor, { action: 'decision.record', entityType: 'decision', entityId: decisionId, after: decision, reason: `§ ${input.paragraph}` });
  return decision;
}

/** The question input an assembled point came from. */
function questionsFor(questions: readonly QuestionInput[], _points: readonly AssembledPoint[], point: AssembledPoint) {
  return point.questionIndex === null ? undefined : questions.filter((q) => q.pointNumber !== undefined || q.motionPointId)[point.questionIndex];
}
