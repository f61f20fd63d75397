/**
 * The secretary's day through the workspace's forms: matter from the accepted report, a
 * motion, a meeting with item 1.1, attendance, a decision with an open vote, approved minutes
 * — and the assignments moved by the decision.
 */
import { expect, it } from 'vitest';
import { FormClient, pageText } from '../../test/e2e/form-client.ts';
import { createUser, PASSWORD } from '../../test/factories.ts';
import { describeDb } from '../../test/harness.ts';
import { boardFixture } from '../decisions/decision-flow.fixture.ts';
import { countChanges } from '../audit-log/audit-log.search.ts';

describeDb('Deciding in the workspace', (ctx) => {
  it('takes an accepted report to approved minutes, and the decision moves the assignments', async () => {
    const f = await boardFixture(ctx.db);
    const secretary = await new FormClient(ctx.app, f.tenant).signIn((await createUser(ctx.db, f.tenant, 'secretary', { organisationId: f.ks.id })).email, PASSWORD);

    const matters = await secretary.get('/arbete/arenden');
    expect(pageText(matters.text)).toContain('Skapa ärende av Delårsrapport augusti 2023');
    const created = await secretary.post('/arbete/arenden/fran-rapport', { reportId: f.report.id });
    expect(created.status, created.text.slice(0, 1500)).toBe(303);
    const matterPath = created.location!.split('?')[0]!;
    const matter = await secretary.get(matterPath);
    expect(pageText(matter.text)).toContain('Förslag till beslut');

    // A motion on a point that does not exist is refused and the form keeps what was typed.
    const unknown = await secretary.post(`${matterPath}/yrkanden`, { partyIds: [f.parties.V!], filedOn: '2023-10-16', 'p|0|kind': 'reject', 'p|0|target': '9' });
    expect(unknown.status).toBe(409);
    expect(pageText(unknown.text)).toContain('ingen punkt 9');
    const motion = await secretary.post(`${matterPath}/yrkanden`, {
      partyIds: [f.parties.V!],
      filedOn: '2023-10-16',
      reasoning: 'Avtalet är inte tecknat.',
      'p|0|kind': 'reject',
      'p|0|target': '3',
      'p|0|text': 'Punkt 3 avslås: kollektivavtalet är inte tecknat.',
      'p|1|kind': 'approve-rest',
    });
    expect(motion.status, motion.text.slice(0, 1500)).toBe(303);

    await secretary.get('/arbete/sammantraden');
    const meeting = await secretary.post('/arbete/sammantraden', { organisationId: f.ks.id, date: '2023-10-18', time: '13:00', place: 'Stadshuset' });
    expect(meeting.status).toBe(303);
    const meetingPath = meeting.location!.split('?')[0]!;
    const page = await secretary.get(meetingPath);
    const matterId = matterPath.split('/').at(-1)!;
    expect(page.text).toContain(`value="${matterId}"`);
    expect((await secretary.post(`${meetingPath}/punkter`, { number: '1.1', matterId })).status).toBe(303);
    expect((await secretary.post(`${meetingPath}/kallelse`)).status).toBe(303);
    expect((await secretary.post(`${meetingPath}/narvaro`, { present: f.members.map((m) => m.id) })).status).toBe(303);

    const withItem = await secretary.get(meetingPath);
    const decisionPath = /href="([^"]+\/punkter\/[0-9a-f-]{36})"/.exec(withItem.text)![1]!;
    const form = await secretary.get(decisionPath);
    const motionPointId = /<option value="([0-9a-f-]{36})"[^>]*>V: avslag på punkt/.exec(form.text)![1]!;
    const votes = (choiceFor: (party: string) => string) =>
      Object.fromEntries(f.members.map((m) => [`q|3|vote|${m.id}`, choiceFor(m.party)]));

    // The votes say no (V and M: 3 against 2) but the form says the staff report won: refused, nothing written.
    const before = await countChanges(ctx.db, f.tenant.id);
    const wrong = await secretary.post(decisionPath, { paragraph: '1', 'q|3|winner': 'staff-report', 'q|3|method': 'vote', ...votes((p) => (p === 'S' ? 'yes' : 'no')) });
    expect([400, 409]).toContain(wrong.status);
    expect(await countChanges(ctx.db, f.tenant.id)).toBe(before);

    const recorded = await secretary.post(decisionPath, {
      paragraph: '1',
      'q|3|winner': motionPointId,
      'q|3|method': 'vote',
      ...votes((p) => (p === 'S' ? 'yes' : 'no')),
      dissentParties: [f.parties.S!],
      dissentText: 'Vi reserverar oss till förmån för förslaget.',
    });
    expect(recorded.status, pageText(recorded.text).slice(0, 1500)).toBe(303);

    const approved = await secretary.post(`${meetingPath}/justering`, { approvedOn: '2023-10-23', approvers: 'Anna Ek\nDan Lind', postedOn: '2023-10-24' });
    expect(approved.status, pageText(approved.text).slice(0, 1500)).toBe(303);
    expect(pageText((await secretary.get(meetingPath)).text)).toContain('Justerat 2023-10-23 av Anna Ek, Dan Lind');

    const status = async (assignmentId: string) =>
      (await ctx.db.selectFrom('assignees').select('status').where('tenant_id', '=', f.tenant.id).where('assignment_id', '=', assignmentId).executeTakeFirstOrThrow()).status;
    expect(await status(f.assignments.plan)).toBe('declared-done');
    expect(await status(f.assignments.captions)).toBe('declared-done');
    expect(await status(f.assignments.agreement)).not.toBe('declared-done');
  });
});
