/**
 * A decision per point: the competing proposals (the staff report's and the parties'), the order
 * of questions, the winner, and the decision text assembled from the winners, with a diff
 * against the staff report's proposal. Pure: no I/O, the command resolves ids first.
 */
import type { PointEffect } from '../matters/matter.ts';
import type { MotionPointKind } from './motion.ts';
import type { Tally } from './vote.ts';

export type DecisionOutcome = 'decided' | 'referred-back' | 'postponed';
export type PointOutcome = 'approved' | 'rejected' | 'added' | 'not-adopted' | 'referred-back' | 'postponed';
export type DecisionMethod = 'acclamation' | 'vote';
export const STAFF_REPORT = 'staff-report';

export interface ProposalForPoint {
  id: string;
  number: number;
  text: string;
  effect: PointEffect;
  assignmentId: string | null;
  organisationId: string | null;
}

export interface MotionPointForDecision {
  id: string;
  kind: MotionPointKind;
  number: number;
  targetPointId: string | null;
  text: string;
  organisationId: string | null;
  /** "V, S och MP" */
  parties: string;
}

/** One question the chair put: on a proposal point, or on a motion's added point. */
export interface Question {
  proposalPointId?: string | undefined;
  motionPointId?: string | undefined;
  /** Keys of the competing proposals in the order put ('staff-report' or a motion point id); the first is "ja" in a vote. */
  proposals?: string[] | undefined;
  winner: string;
  method: DecisionMethod;
  orderOfQuestions?: string | undefined;
  tally?: Tally | undefined;
}

export interface ProposalRef {
  key: string;
  label: string;
  text: string;
}

export interface AssembledPoint {
  /** Number in the decision text; null when not part of it (an added point that lost). */
  number: number | null;
  proposalPointId: string | null;
  motionPointId: string | null;
  outcome: PointOutcome;
  text: string;
  method: DecisionMethod;
  orderOfQuestions: string;
  proposals: ProposalRef[];
  /** Index of the question this came from (votes are attached per question). */
  questionIndex: number | null;
  effect: PointEffect;
  assignmentId: string | null;
  organisationId: string | null;
  /** Organisation an adopted `add` point instructs: a new assignment. */
  newAssignmentFor: string | null;
}

export interface DiffLine {
  change: 'unchanged' | 'replaced' | 'rejected' | 'added';
  proposedNumber: number | null;
  proposed: string | null;
  decided: string;
}

export interface AssembledDecision {
  points: AssembledPoint[];
  text: string;
  diff: DiffLine[];
  problems: string[];
}

function staffLabel(): ProposalRef['label'] {
  return 'tjänsteutlåtandets förslag';
}

function motionLabel(m: MotionPointForDecision): string {
  return `yrkandet från ${m.parties} (punkt ${m.number})`;
}

function defaultOrder(proposals: ProposalRef[], winner: ProposalRef | undefined, method: DecisionMethod): string {
  if (proposals.length < 2) return `Ordföranden finner att endast ${proposals[0]?.label ?? 'ett förslag'} föreligger och att det bifalls.`;
  const put = proposals.map((p) => p.label).join(' och ');
  const result = winner ? `finner att ${winner.label} bifallits` : 'finner ett resultat';
  return method === 'vote'
    ? `Ordföranden ställer proposition på ${put} och ${result}. Votering begärs och verkställs: den som bifaller ${proposals[0]!.label} röstar ja, den som bifaller ${proposals[1]!.label} röstar nej.`
    : `Ordföranden ställer proposition på ${put} och ${result} med acklamation.`;
}

/** A point whose question has no winner given by the caller is decided on the staff report ("i övrigt bifalla"). */
export function assembleDecision(input: {
  points: readonly ProposalForPoint[];
  motionPoints: readonly MotionPointForDecision[];
  questions: readonly Question[];
}): AssembledDecision {
  const problems: string[] = [];
  const motionById = new Map(input.motionPoints.map((m) => [m.id, m]));
  const pointById = new Map(input.points.map((p) => [p.id, p]));
  const questionFor = new Map<string, number>();
  const addQuestions: number[] = [];
  input.questions.forEach((q, index) => {
    if (q.proposalPointId) {
      if (!pointById.has(q.proposalPointId)) problems.push(`Frågan ${index + 1} gäller en punkt som inte finns i förslaget.`);
      else if (questionFor.has(q.proposalPointId)) problems.push(`Punkt ${pointById.get(q.proposalPointId)!.number} har fler än en fråga.`);
      else questionFor.set(q.proposalPointId, index);
    } else if (q.motionPointId) {
      const m = motionById.get(q.motionPointId);
      if (!m || m.kind !== 'add') problems.push(`Frågan ${index + 1} gäller inte en tilläggspunkt i ett gällande yrkande.`);
      else addQuestions.push(index);
    } else {
      problems.push(`Frågan ${index + 1} anger varken förslagspunkt eller tilläggsyrkande.`);
    }
  });

  const refOf = (key: string, point: ProposalForPoint | undefined): ProposalRef | undefined => {
    if (key === STAFF_REPORT) return point ? { key, label: staffLabel(), text: point.text } : { key, label: 'avslag på tilläggsyrkandet', text: '' };
    const m = motionById.get(key);
    return m ? { key, label: motionLabel(m), text: m.text } : undefined;
  };

  const points: AssembledPoint[] = [];
  const diff: DiffLine[] = [];
  let number = 0;

  for (const point of [...input.points].sort((a, b) => a.number - b.number)) {
    const qi = questionFor.get(point.id);
    const q = qi === undefined ? undefined : input.questions[qi]!;
    const competing = input.motionPoints.filter((m) => m.targetPointId === point.id && m.kind !== 'approve').map((m) => m.id);
    const keys = q?.proposals ?? [STAFF_REPORT, ...competing];
    const proposals = keys.map((k) => refOf(k, point)).filter((r): r is ProposalRef => {
      if (!r) problems.push(`Punkt ${point.number}: ett förslag i propositionsordningen finns inte.`);
      return r !== undefined;
    });
    for (const k of keys) {
      const m = k === STAFF_REPORT ? undefined : motionById.get(k);
      if (m && m.targetPointId !== point.id) problems.push(`Punkt ${point.number}: ${motionLabel(m)} gäller inte den punkten.`);
    }
    const winnerKey = q?.winner ?? STAFF_REPORT;
    if (!keys.includes(winnerKey)) problems.push(`Punkt ${point.number}: det vinnande förslaget är inte ett av de ställda förslagen.`);
    const winningMotion = winnerKey === STAFF_REPORT ? undefined : motionById.get(winnerKey);
    let outcome: PointOutcome = 'approved';
    let text = point.text;
    let change: DiffLine['change'] = 'unchanged';
    if (winningMotion?.kind === 'reject') {
      outcome = 'rejected';
      text = winningMotion.text || `Punkt ${point.number} i förslaget avslås.`;
      change = 'rejected';
    } else if (winningMotion?.kind === 'replace') {
      text = winningMotion.text;
      change = 'replaced';
    }
    const method = q?.method ?? 'acclamation';
    checkTally(problems, `Punkt ${point.number}`, q, keys, winnerKey);
    number++;
    points.push({
      number,
      proposalPointId: point.id,
      motionPointId: winningMotion?.id ?? null,
      outcome,
      text,
      method,
      orderOfQuestions: q?.orderOfQuestions ?? defaultOrder(proposals, proposals.find((p) => p.key === winnerKey), method),
      proposals,
      questionIndex: qi ?? null,
      effect: point.effect,
      assignmentId: point.assignmentId,
      organisationId: point.organisationId,
      newAssignmentFor: null,
    });
    diff.push({ change, proposedNumber: point.number, proposed: point.text, decided: text });
  }

  for (const qi of addQuestions) {
    const q = input.questions[qi]!;
    const m = motionById.get(q.motionPointId!)!;
    const keys = q.proposals ?? [m.id, STAFF_REPORT];
    const proposals = keys.map((k) => refOf(k, undefined)).filter((r): r is ProposalRef => r !== undefined);
    if (!keys.includes(q.winner)) problems.push(`Tilläggsyrkande ${m.number}: det vinnande förslaget är inte ett av de ställda förslagen.`);
    checkTally(problems, `Tilläggsyrkande ${m.number}`, q, keys, q.winner);
    const adopted = q.winner === m.id;
    if (adopted) number++;
    points.push({
      number: adopted ? number : null,
      proposalPointId: null,
      motionPointId: m.id,
      outcome: adopted ? 'added' : 'not-adopted',
      text: m.text,
      method: q.method,
      orderOfQuestions: q.orderOfQuestions ?? defaultOrder(proposals, proposals.find((p) => p.key === q.winner), q.method),
      proposals,
      questionIndex: qi,
      effect: 'none',
      assignmentId: null,
      organisationId: null,
      newAssignmentFor: adopted ? m.organisationId : null,
    });
    if (adopted) diff.push({ change: 'added', proposedNumber: null, proposed: null, decided: m.text });
  }

  const text = points
    .filter((p) => p.number !== null)
    .map((p) => `${p.number}. ${p.text}`)
    .join('\n');
  return { points, text, diff, problems };
}

/** In a vote, "ja" is the first proposal put and "nej" the second; the majority must be the winner (a tie goes to the chair's casting vote). */
function checkTally(problems: string[], what: string, q: Question | undefined, keys: readonly string[], winner: string) {
  if (!q || q.method !== 'vote') return;
  if (keys.length !== 2) {
    problems.push(`${what}: en votering ställer två förslag mot varandra, här finns ${keys.length}.`);
    return;
  }
  if (!q.tally) return;
  const expected = q.tally.yes > q.tally.no ? keys[0] : q.tally.no > q.tally.yes ? keys[1] : undefined;
  if (expected !== undefined && expected !== winner) {
    problems.push(`${what}: rösterna (${q.tally.yes} ja, ${q.tally.no} nej) ger ett annat resultat än det angivna.`);
  }
}

export function proceduralSentence(kind: 'referral-back' | 'postponement', outcome: 'approved' | 'rejected'): string {
  if (kind === 'referral-back') return outcome === 'approved' ? 'Ärendet återremitteras.' : 'Yrkandet om återremiss avslås.';
  return outcome === 'approved' ? 'Ärendet bordläggs.' : 'Yrkandet om bordläggning avslås.';
}

/** "KS 2023-10-18 § 12, punkt 4": the reason every effect of the decision carries. */
export function decisionReference(bodyShortName: string, decidedOn: string, paragraph: number, pointNumber?: number | null): string {
  return `${bodyShortName} ${decidedOn} § ${paragraph}${pointNumber ? `, punkt ${pointNumber}` : ''}`;
}
