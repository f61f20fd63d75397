/**
 * Demo step: the seed's board matter taken through the whole flow with the real commands —
 * the matter made from the accepted report (dnr 0064/23, 9-point staff report), the meeting of
 * kommunstyrelsen 2023-10-18 with item 1.1, V/S/MP's motion (first version and revision), SD's
 * statement, an open vote, approved and posted minutes, and the effects on the assignments.
 * The members and the outcome are invented (see decisions.demo-data.ts).
 */
import { demoUser, type DemoContext } from '../demo/demo-context.ts';
import { createMatterFromReport } from '../matters/matter-from-report.commands.ts';
import { editStaffReport, registerDocument } from '../matters/matter.commands.ts';
import { addAgendaItem, callMeeting, createMeeting, recordAttendance } from '../meetings/meeting.commands.ts';
import { approveMinutes } from '../meetings/minutes.commands.ts';
import { createPerson } from '../people/person.commands.ts';
import { insertLegislativeTerm } from '../people/legislative-term.store.ts';
import { recordDecision } from './decision.commands.ts';
import {
  BOARD_MEMBERS,
  BOARD_SUBSTITUTES,
  FICTIONAL,
  FIRST_MOTION,
  ILLUSTRATIVE_NOTE,
  MEETING,
  MINUTES,
  REVISED_MOTION,
  SD_STATEMENT,
  STAFF_REPORT,
} from './decisions.demo-data.ts';
import { fileMotion, fileStatement } from './motion.commands.ts';
import type { VoteChoice } from './vote.ts';

export async function seedDecisions(ctx: DemoContext): Promise<void> {
  const { trx, tenant, actor } = ctx;
  const board = ctx.organisations.get('KS')!;
  // The board's secretary registers, prepares and records everything from the matter on.
  const secretary = await demoUser(ctx, 'sekreterare@demo.uppsikt.se');
  const party = (abbreviation: string) => ctx.parties.get(abbreviation)!;
  await insertLegislativeTerm(trx, tenant.id, { name: 'Mandatperioden 2022–2026', startDate: '2022-10-15', endDate: '2026-10-14' });

  const members: Array<{ id: string; party: string }> = [];
  for (const m of BOARD_MEMBERS) {
    const person = await createPerson(trx, actor, tenant, {
      givenName: m.givenName,
      familyName: m.familyName,
      partyId: party(m.party),
      note: FICTIONAL,
      memberships: [{ organisationId: board, role: m.role, startDate: '2023-01-01', endDate: '2026-12-31' }],
    });
    members.push({ id: person.id, party: m.party });
  }
  for (const s of BOARD_SUBSTITUTES) {
    await createPerson(trx, actor, tenant, {
      givenName: s.givenName,
      familyName: s.familyName,
      partyId: party(s.party),
      note: FICTIONAL,
      memberships: [{ organisationId: board, role: 'substitute', startDate: '2023-01-01', endDate: '2026-12-31' }],
    });
  }

  const { matter, staffReport } = await createMatterFromReport(trx, secretary, tenant, ctx.reports.get('ks-aug-2023')!, {
    dnr: STAFF_REPORT.dnr,
    registeredOn: STAFF_REPORT.issuedOn,
    issuedOn: STAFF_REPORT.issuedOn,
    summary: STAFF_REPORT.summary,
    consultation: STAFF_REPORT.consultation,
    officers: STAFF_REPORT.officers,
    signatories: STAFF_REPORT.signatories,
    extraAttachments: STAFF_REPORT.extraAttachments,
  });
  // The drafted background is replaced by the office's own wording, as a case officer would.
  await editStaffReport(trx, secretary, tenant, staffReport.id, { background: STAFF_REPORT.background, assessments: STAFF_REPORT.assessments });
  // A secret paper on the matter (invented): registered, never shown publicly.
  await registerDocument(trx, secretary, tenant, matter.id, {
    kind: 'attachment',
    title: 'Promemoria om enskild arbetstagares anpassningar (fiktiv)',
    registeredOn: '2023-09-04',
    sender: 'Stadsledningskontoret',
    secret: true,
    secrecyGround: 'OSL 39 kap. 3 §',
    text: 'Fiktivt sekretessbelagt innehåll i demodata.',
  });
  ctx.extras.set('matter:0064/23', matter.id);

  const meeting = await createMeeting(trx, secretary, tenant, { organisationId: board, startsAt: new Date(MEETING.startsAt), place: MEETING.place });
  const item = await addAgendaItem(trx, secretary, tenant, meeting.id, { number: MEETING.item, matterId: matter.id });
  await callMeeting(trx, secretary, tenant, meeting.id, new Date(MEETING.calledAt));
  ctx.extras.set('meeting:ks-2023-10-18', meeting.id);

  const motionPoints = (points: ReadonlyArray<(typeof REVISED_MOTION.points)[number]>) =>
    points.map((p) => ({
      kind: p.kind,
      targetPointNumber: 'target' in p ? p.target : null,
      text: p.text,
      organisationId: 'organisation' in p ? ctx.organisations.get(p.organisation!)! : null,
    }));
  const partyIds = REVISED_MOTION.parties.map(party);
  const first = await fileMotion(trx, secretary, tenant, matter.id, {
    partyIds,
    filedOn: FIRST_MOTION.filedOn,
    reasoning: FIRST_MOTION.reasoning,
    points: motionPoints(FIRST_MOTION.points),
  });
  const motion = await fileMotion(trx, secretary, tenant, matter.id, {
    partyIds,
    filedOn: REVISED_MOTION.filedOn,
    reasoning: REVISED_MOTION.reasoning,
    revisesId: first.id,
    points: motionPoints(REVISED_MOTION.points),
  });
  await fileStatement(trx, secretary, tenant, matter.id, {
    partyId: party(SD_STATEMENT.party),
    filedOn: SD_STATEMENT.filedOn,
    points: SD_STATEMENT.points.map((p) => ({ pointNumber: p.number, text: p.text })),
  });

  await recordAttendance(trx, secretary, tenant, meeting.id, members.map((m) => ({ personId: m.id })));
  // Ja = the staff report's proposal, nej = the motion; the governing parties S, V and MP have 7 of 13 seats.
  const majority = new Set(['S', 'V', 'MP']);
  const ballots = members.map((m) => ({ personId: m.id, choice: (majority.has(m.party) ? 'no' : 'yes') as VoteChoice }));
  const vote = { ballots, tally: { yes: 6, no: 7, abstain: 0 } };
  const mp = (n: number) => motion.points.find((p) => p.number === n)!.id;
  await recordDecision(trx, secretary, tenant, item.id, {
    paragraph: MEETING.paragraph,
    questions: [
      { pointNumber: 4, proposals: ['staff-report', mp(1)], winner: mp(1), method: 'vote', vote },
      { motionPointId: mp(2), winner: mp(2), method: 'acclamation' },
      { pointNumber: 9, proposals: ['staff-report', mp(3)], winner: mp(3), method: 'vote', vote },
      { motionPointId: mp(4), winner: mp(4), method: 'acclamation' },
    ],
    dissents: [
      {
        partyIds: [party('M'), party('L'), party('D')],
        text: 'Reservation till förmån för tjänsteutlåtandets förslag i punkterna 4 och 9 (illustrativ i demodata).',
      },
    ],
    minuteNotes: [{ partyIds: [party('SD')], text: 'Sverigedemokraterna hänvisar till sitt yttrande 2023-10-16 om punkterna 3 och 6 (illustrativ i demodata).' }],
    note: ILLUSTRATIVE_NOTE,
  });
  await approveMinutes(trx, secretary, tenant, meeting.id, MINUTES);
}
