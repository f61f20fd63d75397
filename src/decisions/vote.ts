/**
 * Open votes (öppen omröstning): every voting member present answers ja, nej or avstår.
 * The recorded ballots must match the attendance exactly — one ballot per member present and
 * serving, nobody else — and any tallies the secretary typed in must agree with the ballots.
 */
import { tn } from '../i18n/messages.ts';

export const VOTE_CHOICES = ['yes', 'no', 'abstain'] as const;
export type VoteChoice = (typeof VOTE_CHOICES)[number];

export interface Tally {
  yes: number;
  no: number;
  abstain: number;
}

export interface PresentMember {
  personId: string;
  partyId: string | null;
}

export interface Ballot {
  personId: string;
  choice: VoteChoice;
}

export interface VoteCheck {
  problems: string[];
  total: Tally;
  /** Keyed by party id ('' for members without a party). */
  byParty: Map<string, Tally>;
}

const empty = (): Tally => ({ yes: 0, no: 0, abstain: 0 });
const same = (a: Tally, b: Tally) => a.yes === b.yes && a.no === b.no && a.abstain === b.abstain;
const show = (t: Tally) => `${t.yes} ja, ${t.no} nej, ${t.abstain} avstår`;

export function checkVote(input: {
  present: readonly PresentMember[];
  ballots: readonly Ballot[];
  statedTotal?: Tally | undefined;
  statedByParty?: ReadonlyMap<string, Tally> | undefined;
  partyLabel?: (partyId: string) => string;
}): VoteCheck {
  const problems: string[] = [];
  const label = input.partyLabel ?? ((id: string) => id);
  const present = new Map(input.present.map((m) => [m.personId, m]));
  const seen = new Set<string>();
  const total = empty();
  const byParty = new Map<string, Tally>();
  for (const ballot of input.ballots) {
    if (seen.has(ballot.personId)) {
      problems.push(`Ledamoten ${ballot.personId} har röstat två gånger.`);
      continue;
    }
    seen.add(ballot.personId);
    const member = present.get(ballot.personId);
    if (!member) {
      problems.push(`Ledamoten ${ballot.personId} är inte närvarande och tjänstgörande vid sammanträdet.`);
      continue;
    }
    total[ballot.choice]++;
    const key = member.partyId ?? '';
    const tally = byParty.get(key) ?? empty();
    tally[ballot.choice]++;
    byParty.set(key, tally);
  }
  const missing = input.present.filter((m) => !seen.has(m.personId));
  if (missing.length > 0) problems.push(tn('sv', 'vote.missingBallots', missing.length));
  if (input.present.length === 0) problems.push('Ingen närvaro är registrerad för sammanträdet.');
  if (input.statedTotal && !same(input.statedTotal, total)) {
    problems.push(`Angivet resultat (${show(input.statedTotal)}) stämmer inte med rösterna (${show(total)}).`);
  }
  for (const [partyId, stated] of input.statedByParty ?? []) {
    const counted = byParty.get(partyId) ?? empty();
    if (!same(stated, counted)) {
      problems.push(`Angivet resultat för ${label(partyId)} (${show(stated)}) stämmer inte med rösterna (${show(counted)}).`);
    }
    const presentInParty = input.present.filter((m) => (m.partyId ?? '') === partyId).length;
    if (stated.yes + stated.no + stated.abstain !== presentInParty) {
      problems.push(`${label(partyId)} har ${presentInParty} tjänstgörande ledamöter men ${stated.yes + stated.no + stated.abstain} angivna röster.`);
    }
  }
  return { problems, total, byParty };
}
