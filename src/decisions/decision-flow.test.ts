import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { listStatusChanges } from '../assignments/assignment.store.ts';
import { findReport } from '../reports/report.store.ts';
import { describeDb } from '../../test/harness.ts';
import { signedInClient, TestClient } from '../../test/factories.ts';
import { boardFixture, type BoardFixture } from './decision-flow.fixture.ts';

/** Row counts of everything a decision or an approval writes. */
async function counts(db: BoardFixture extends never ? never : any, tenantId: string) {
  const n = async (table: string) =>
    (await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)} where tenant_id = ${tenantId}`.execute(db)).rows[0]!.n;
  return {
    decisions: await n('decisions'),
    points: await n('decision_points'),
    votes: await n('decision_votes'),
    remarks: await n('decision_remarks'),
    minutes: await n('minutes'),
    assignments: await n('assignments'),
    changes: await n('assignment_status_changes'),
    referrals: await n('council_referrals'),
    documents: await n('matter_documents'),
    audit: await n('audit_log'),
  };
}

async function statuses(db: any, tenantId: string) {
  const rows = await db.selectFrom('assignees').innerJoin('assignments', (j: any) => j.onRef('assignments.tenant_id', '=', 'assignees.tenant_id').onRef('assignments.id', '=', 'assignees.assignment_id')).select(['assignments.dnr', 'assignees.status']).where('assignees.tenant_id', '=', tenantId).orderBy('assignments.dnr').execute();
  return Object.fromEntries(rows.map((r: { dnr: string; status: string }) => [r.dnr, r.status]));
}

describeDb('from report to decision', (ctx) => {
  /** Matter from the report, a called meeting with item 1.1, attendance of all five members. */
  async function prepared() {
    const f = await boardFixture(ctx.db);
    const secretary = await signedInClient(ctx.app, ctx.db, f.tenant, 'secretary', { organisationId: f.ks.id });
    const created = await secretary.post(`/api/v1/reports/${f.report.id}/matter`, { registeredOn: '2023-08-28', consultation: 'Information i FSG 2023-09-06.' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const meeting = await secretary.post('/api/v1/meetings', { organisationId: f.ks.id, startsAt: '2023-10-18T13:00:00+02:00', place: 'Stadshuset' });
    expect(meeting.status).toBe(201);
    const item = await secretary.post(`/api/v1/meetings/${meeting.body.id}/agenda-items`, { number: '1.1', matterId: created.body.matter.id });
    expect(item.status).toBe(201);
    return { f, secretary, matter: created.body.matter, staffReport: created.body.staffReport, meeting: meeting.body, item: item.body };
  }

  const voteOf = (f: BoardFixture, majority: Set<string>) => ({
    ballots: f.members.map((m) => ({ personId: m.id, choice: majority.has(m.party) ? 'no' : 'yes' })),
  });

  it('walks the whole flow: report → matter → agenda → motion and statement → open vote → minutes → effects', async () => {
    const { f, secretary, matter, staffReport, meeting, item } = await prepared();
    const anonymous = new TestClient(ctx.app, f.tenant);

    // The registry gave the next number in the tenant's current format; the proposal has 1 + 3 points.
    expect(matter.dnr).toBe('SLK-2023-00001');
    expect(staffReport.points.map((p: { text: string }) => p.text)).toEqual([
      'Delårsrapport augusti 2023 för kommunstyrelsen, i enlighet med bilaga 1 till stadsledningskontorets tjänsteutlåtande godkänns.',
      'Kommunstyrelsen godkänner för egen del redovisningen av uppdraget från budget 2023 att ta fram en plan för äldre medarbetares kompetens, enligt beskrivning i avsnitt 4.1.2.1, diarienummer 1446/22.',
      'Kommunstyrelsen godkänner för egen del redovisningen av uppdraget från budget 2023 att säkerställa att ett kollektivavtal mot kränkningar tecknas under 2023, enligt beskrivning i avsnitt 4.1.2.1, diarienummer 1443/22.',
      'Kommunstyrelsen godkänner för egen del redovisningen av uppdraget att säkerställa textning av förinspelat material, enligt beskrivning i avsnitt 4.1.3.1, diarienummer 1407/22.',
    ]);
    expect(staffReport.body.consultation).toBe('Information i FSG 2023-09-06.');

    // The agenda is not public until the meeting is called; the secretary sees it in the list.
    expect((await anonymous.get(`/api/v1/meetings/${meeting.id}`)).status).toBe(404);
    expect((await anonymous.get('/api/v1/meetings?includePlanned=true')).body.data).toEqual([]);
    expect((await secretary.get('/api/v1/meetings?includePlanned=true')).body.data.map((m: { id: string }) => m.id)).toEqual([meeting.id]);
    expect((await secretary.post(`/api/v1/meetings/${meeting.id}/call`)).status).toBe(200);
    const published = await anonymous.get(`/api/v1/meetings/${meeting.id}`);
    expect(published.status).toBe(200);
    expect(published.body.agenda[0]).toMatchObject({ number: '1.1', title: 'Delårsrapport augusti 2023 för kommunstyrelsen' });
    expect(published.body.agenda[0].papers.map((p: { kind: string }) => p.kind)).toEqual(['staff-report', 'attachment']);

    // V's party secretary files a joint motion with S, then revises it.
    const vSecretary = await signedInClient(ctx.app, ctx.db, f.tenant, 'party-secretary', { partyId: f.parties.V });
    const first = await vSecretary.post(`/api/v1/matters/${matter.id}/motions`, {
      partyIds: [f.parties.V, f.parties.S],
      filedOn: '2023-10-13',
      points: [{ kind: 'reject', targetPointNumber: 3, text: 'Redovisningen av uppdraget 1443/22 godkännes ej.' }, { kind: 'approve-rest' }],
    });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    const revised = await vSecretary.post(`/api/v1/matters/${matter.id}/motions`, {
      partyIds: [f.parties.V, f.parties.S],
      filedOn: '2023-10-17',
      revisesId: first.body.id,
      points: [
        { kind: 'reject', targetPointNumber: 3, text: 'Redovisningen av uppdraget 1443/22 godkännes ej.' },
        { kind: 'add', text: 'Stadsledningskontoret får i uppdrag att hålla personalutskottet informerat.', organisationId: f.slk.id },
        { kind: 'approve-rest' },
      ],
    });
    expect(revised.status).toBe(201);
    expect(revised.body.revision).toBe(2);
    const mSecretary = await signedInClient(ctx.app, ctx.db, f.tenant, 'party-secretary', { partyId: f.parties.M });
    const statement = await mSecretary.post(`/api/v1/matters/${matter.id}/statements`, { partyId: f.parties.M, filedOn: '2023-10-16', points: [{ pointNumber: 2, text: 'Planen behöver följas upp.' }] });
    expect(statement.status).toBe(201);
    const filed = await anonymous.get(`/api/v1/matters/${matter.id}/motions`);
    expect(filed.body.motions.map((m: { revision: number; superseded: boolean }) => [m.revision, m.superseded])).toEqual([
      [1, true],
      [2, false],
    ]);
    expect(filed.body.statements[0].points).toEqual([expect.objectContaining({ pointNumber: 2 })]);

    expect((await secretary.put(`/api/v1/meetings/${meeting.id}/attendance`, { present: f.members.map((m) => ({ personId: m.id })) })).status).toBe(200);
    const [reject, add] = revised.body.points;
    const decided = await secretary.post(`/api/v1/agenda-items/${item.id}/decision`, {
      paragraph: 5,
      questions: [
        { pointNumber: 3, proposals: ['staff-report', reject.id], winner: reject.id, method: 'vote', vote: { ...voteOf(f, new Set(['S', 'V'])), tally: { yes: 2, no: 3, abstain: 0 }, byParty: { S: { yes: 0, no: 2, abstain: 0 } } } },
        { motionPointId: add.id, winner: add.id, method: 'acclamation' },
      ],
      dissents: [{ partyIds: [f.parties.M], text: 'Vi reserverar oss till förmån för tjänsteutlåtandet.' }],
    });
    expect(decided.status, JSON.stringify(decided.body)).toBe(201);
    expect(decided.body.text.split('\n')).toEqual([
      `1. ${staffReport.points[0].text}`,
      `2. ${staffReport.points[1].text}`,
      '3. Redovisningen av uppdraget 1443/22 godkännes ej.',
      `4. ${staffReport.points[3].text}`,
      '5. Stadsledningskontoret får i uppdrag att hålla personalutskottet informerat.',
    ]);
    const shown = await anonymous.get(`/api/v1/decisions/${decided.body.id}`);
    const voted = shown.body.points.find((p: { method: string }) => p.method === 'vote');
    expect(voted.tally).toEqual({ yes: 2, no: 3, abstain: 0 });
    expect(voted.tallyByParty).toEqual(
      expect.arrayContaining([expect.objectContaining({ abbreviation: 'S', no: 2 }), expect.objectContaining({ abbreviation: 'M', yes: 2 })]),
    );
    expect(shown.body.diff.map((d: { change: string }) => d.change)).toEqual(['unchanged', 'unchanged', 'rejected', 'unchanged', 'added']);

    // Nothing has moved yet: effects wait for the approved minutes.
    expect(await statuses(ctx.db, f.tenant.id)).toEqual({ '1407/22': 'proposed-done', '1443/22': 'proposed-done', '1446/22': 'proposed-done' });
    const approved = await secretary.post(`/api/v1/meetings/${meeting.id}/minutes/approval`, { approvedOn: '2023-10-23', approvers: ['Anna Ek', 'Dan Lind'], postedOn: '2023-10-24' });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body).toMatchObject({ approvedOn: '2023-10-23', postedOn: '2023-10-24', appealEndsOn: '2023-11-14' });

    const after = await statuses(ctx.db, f.tenant.id);
    expect(after).toMatchObject({ '1407/22': 'declared-done', '1443/22': 'in-progress', '1446/22': 'declared-done' });
    const created = Object.keys(after).filter((dnr) => dnr.startsWith('SLK-'));
    expect(created).toEqual(['SLK-2023-00002']);
    const newAssignment = await ctx.db.selectFrom('assignments').selectAll().where('tenant_id', '=', f.tenant.id).where('dnr', '=', 'SLK-2023-00002').executeTakeFirstOrThrow();
    expect(newAssignment).toMatchObject({ origin: 'board', origin_decided_on: '2023-10-18', title: 'Stadsledningskontoret får i uppdrag att hålla personalutskottet informerat.' });
    const history = await listStatusChanges(ctx.db, f.tenant.id, f.assignments.agreement);
    expect(history.find((h) => h.decisionId !== null)).toMatchObject({ from: 'proposed-done', to: 'in-progress', reason: 'KS 2023-10-18 § 5, punkt 3', decisionId: decided.body.id });
    const referrals = await ctx.db.selectFrom('council_referrals').select('assignment_id').where('tenant_id', '=', f.tenant.id).execute();
    expect(referrals.map((r) => r.assignment_id).sort()).toEqual([f.assignments.plan, f.assignments.captions].sort());
    const queued = await anonymous.get('/api/v1/council-referrals?open=true');
    expect(queued.body.data.map((r: { dnr: string; queuedOn: string }) => [r.dnr, r.queuedOn])).toEqual([
      ['1407/22', '2023-10-23'],
      ['1446/22', '2023-10-23'],
    ]);
    const report = await findReport(ctx.db, f.tenant.id, f.report.id);
    expect(report).toMatchObject({ status: 'adopted', locked: true, adoptedByDecisionId: decided.body.id });
    const audit = await ctx.db.selectFrom('audit_log').select(['action', 'reason']).where('tenant_id', '=', f.tenant.id).where('action', '=', 'assignment.transition').where('reason', 'like', 'KS 2023-10-18 § 5%').execute();
    expect(audit.map((a) => a.reason).sort()).toEqual(['KS 2023-10-18 § 5, punkt 2', 'KS 2023-10-18 § 5, punkt 3', 'KS 2023-10-18 § 5, punkt 4']);

    const board = await anonymous.get('/api/v1/notice-board');
    expect(board.body.data).toEqual([expect.objectContaining({ postedOn: '2023-10-24', appealEndsOn: '2023-11-14', organisationName: 'Kommunstyrelsen' })]);
    const extract = (await anonymous.get(`/api/v1/matters/${matter.id}`)).body.documents.find((d: { kind: string }) => d.kind === 'minutes-extract');
    expect(extract.title).toBe('Protokollsutdrag Kommunstyrelsen 2023-10-18 § 5');
    expect((await secretary.post(`/api/v1/meetings/${meeting.id}/minutes/approval`, { approvedOn: '2023-10-23', approvers: ['Anna Ek'] })).status).toBe(409);
  });

  it('refuses a vote whose tally does not match the members present, and writes nothing', async () => {
    const { f, secretary, matter, meeting, item } = await prepared();
    await secretary.post(`/api/v1/meetings/${meeting.id}/call`);
    await secretary.put(`/api/v1/meetings/${meeting.id}/attendance`, { present: f.members.map((m) => ({ personId: m.id })) });
    const motion = await secretary.post(`/api/v1/matters/${matter.id}/motions`, { partyIds: [f.parties.M], filedOn: '2023-10-17', points: [{ kind: 'reject', targetPointNumber: 2, text: 'Avslag på punkt 2.' }] });
    const rejectId = motion.body.points[0].id;
    const before = await counts(ctx.db, f.tenant.id);
    const four = f.members.slice(0, 4).map((m) => ({ personId: m.id, choice: 'yes' }));
    const cases = [
      // one member present has no ballot
      { ballots: four },
      // ballots fine, but the announced result is not what they add up to
      { ballots: [...four, { personId: f.members[4]!.id, choice: 'no' }], tally: { yes: 5, no: 0, abstain: 0 } },
      // a substitute who is not serving votes
      { ballots: [...four, { personId: f.members[4]!.id, choice: 'no' }, { personId: f.substitute.id, choice: 'no' }] },
      // M has two members present, not three
      { ballots: [...four, { personId: f.members[4]!.id, choice: 'no' }], byParty: { M: { yes: 1, no: 1, abstain: 1 } } },
    ];
    for (const vote of cases) {
      const res = await secretary.post(`/api/v1/agenda-items/${item.id}/decision`, {
        paragraph: 5,
        questions: [{ pointNumber: 2, proposals: ['staff-report', rejectId], winner: 'staff-report', method: 'vote', vote }],
      });
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe('vote_mismatch');
    }
    expect(await counts(ctx.db, f.tenant.id)).toEqual(before);
    // The same question with one ballot per member present is recorded.
    const ok = await secretary.post(`/api/v1/agenda-items/${item.id}/decision`, {
      paragraph: 5,
      questions: [{ pointNumber: 2, proposals: ['staff-report', rejectId], winner: 'staff-report', method: 'vote', vote: { ballots: [...four, { personId: f.members[4]!.id, choice: 'no' }], tally: { yes: 4, no: 1, abstain: 0 } } }],
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
  });

  it('refuses a motion or statement on a point that does not exist, and a party secretary of another party', async () => {
    const { f, matter } = await prepared();
    const vSecretary = await signedInClient(ctx.app, ctx.db, f.tenant, 'party-secretary', { partyId: f.parties.V });
    const unknown = await vSecretary.post(`/api/v1/matters/${matter.id}/motions`, {
      partyIds: [f.parties.V],
      filedOn: '2023-10-17',
      points: [{ kind: 'reject', targetPointNumber: 12, text: 'Avslag.' }],
    });
    expect(unknown.status).toBe(409);
    expect(unknown.body.error).toMatchObject({ code: 'unknown_point', details: { missing: [12], existing: [1, 2, 3, 4] } });
    const statement = await vSecretary.post(`/api/v1/matters/${matter.id}/statements`, { partyId: f.parties.V, filedOn: '2023-10-17', points: [{ pointNumber: 6, text: 'x' }] });
    expect(statement.body.error.code).toBe('unknown_point');

    const forOther = await vSecretary.post(`/api/v1/matters/${matter.id}/motions`, { partyIds: [f.parties.M], filedOn: '2023-10-17', points: [{ kind: 'approve-rest' }] });
    expect(forOther.status).toBe(403);
    const statementForOther = await vSecretary.post(`/api/v1/matters/${matter.id}/statements`, { partyId: f.parties.S, filedOn: '2023-10-17', points: [{ pointNumber: 1, text: 'x' }] });
    expect(statementForOther.status).toBe(403);
    const reader = await signedInClient(ctx.app, ctx.db, f.tenant, 'reader');
    expect((await reader.post(`/api/v1/matters/${matter.id}/motions`, { partyIds: [f.parties.V], filedOn: '2023-10-17', points: [{ kind: 'approve-rest' }] })).status).toBe(403);
    const otherSecretary = await signedInClient(ctx.app, ctx.db, f.tenant, 'secretary', { organisationId: f.other.id });
    expect((await otherSecretary.post(`/api/v1/matters/${matter.id}/motions`, { partyIds: [f.parties.V], filedOn: '2023-10-17', points: [{ kind: 'approve-rest' }] })).status).toBe(403);
    expect(await ctx.db.selectFrom('motions').select('id').where('tenant_id', '=', f.tenant.id).execute()).toEqual([]);
  });

  it('refuses a decision on an assignment that is already closed, and changes nothing', async () => {
    const { f, secretary, meeting, item } = await prepared();
    await secretary.post(`/api/v1/meetings/${meeting.id}/call`);
    // Someone declared 1446/22 done out of band before the meeting, and the council closed it.
    for (const to of ['declared-done', 'reported-to-council', 'closed']) {
      await ctx.db.transaction().execute((trx) =>
        import('../assignments/assignment.commands.ts').then((m) => m.transitionAssignment(trx, f.actor, f.tenant, { assignmentId: f.assignments.plan, organisationId: f.ks.id, to: to as never })),
      );
    }
    const before = { counts: await counts(ctx.db, f.tenant.id), statuses: await statuses(ctx.db, f.tenant.id) };
    const refused = await secretary.post(`/api/v1/agenda-items/${item.id}/decision`, { paragraph: 5 });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('not_applicable');
    expect(refused.body.error.message).toContain('1446/22');
    expect({ counts: await counts(ctx.db, f.tenant.id), statuses: await statuses(ctx.db, f.tenant.id) }).toEqual(before);
  });

  it('refuses to approve minutes whose decision can no longer be applied, and changes nothing', async () => {
    const { f, secretary, meeting, item } = await prepared();
    await secretary.post(`/api/v1/meetings/${meeting.id}/call`);
    const decided = await secretary.post(`/api/v1/agenda-items/${item.id}/decision`, { paragraph: 7 });
    expect(decided.status, JSON.stringify(decided.body)).toBe(201);
    // Between the meeting and the approval, the captions assignment was moved on elsewhere.
    const { transitionAssignment } = await import('../assignments/assignment.commands.ts');
    await ctx.db.transaction().execute((trx) => transitionAssignment(trx, f.actor, f.tenant, { assignmentId: f.assignments.captions, organisationId: f.ks.id, to: 'in-progress' }));
    const before = { counts: await counts(ctx.db, f.tenant.id), statuses: await statuses(ctx.db, f.tenant.id), report: (await findReport(ctx.db, f.tenant.id, f.report.id))!.status };
    const refused = await secretary.post(`/api/v1/meetings/${meeting.id}/minutes/approval`, { approvedOn: '2023-10-23', approvers: ['Anna Ek'], postedOn: '2023-10-24' });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'not_applicable', details: { paragraph: 7 } });
    expect(refused.body.error.message).toContain('1407/22');
    expect({ counts: await counts(ctx.db, f.tenant.id), statuses: await statuses(ctx.db, f.tenant.id), report: (await findReport(ctx.db, f.tenant.id, f.report.id))!.status }).toEqual(before);
    expect(before.report).toBe('accepted');
  });

  it('decides a referral back first: no points, no effects', async () => {
    const { f, secretary, meeting, item } = await prepared();
    await secretary.post(`/api/v1/meetings/${meeting.id}/call`);
    await secretary.put(`/api/v1/meetings/${meeting.id}/attendance`, { present: f.members.map((m) => ({ personId: m.id })) });
    const res = await secretary.post(`/api/v1/agenda-items/${item.id}/decision`, {
      paragraph: 3,
      procedural: [{ kind: 'referral-back', partyIds: [f.parties.M], outcome: 'approved', method: 'vote', vote: voteOf(f, new Set(['S', 'V'])) }],
    });
    // S and V vote no (3), M yes (2): the referral back was rejected by the votes, not approved.
    expect(res.status).toBe(409);
    const ok = await secretary.post(`/api/v1/agenda-items/${item.id}/decision`, {
      paragraph: 3,
      procedural: [{ kind: 'referral-back', partyIds: [f.parties.M], outcome: 'approved', method: 'vote', vote: voteOf(f, new Set(['M'])) }],
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect(ok.body).toMatchObject({ outcome: 'referred-back', text: 'Ärendet återremitteras.' });
    expect(ok.body.points).toHaveLength(1);
    await secretary.post(`/api/v1/meetings/${meeting.id}/minutes/approval`, { approvedOn: '2023-10-23', approvers: ['Anna Ek'] });
    expect(await statuses(ctx.db, f.tenant.id)).toEqual({ '1407/22': 'proposed-done', '1443/22': 'proposed-done', '1446/22': 'proposed-done' });
  });
});
