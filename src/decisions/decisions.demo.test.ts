import { expect, it } from 'vitest';
import { describeDb } from '../../test/harness.ts';
import { TestClient } from '../../test/factories.ts';
import { listStatusChanges } from '../assignments/assignment.store.ts';
import { seedDemo } from '../demo/seed-demo.ts';
import { findReport } from '../reports/report.store.ts';
import { findTenant } from '../tenants/tenant.store.ts';

describeDb("the seed's board matter in the demo", (ctx) => {
  it('is reproduced through the flow, with its effects on the assignments and public pages', async () => {
    await seedDemo(ctx.db);
    const tenant = (await findTenant(ctx.db, 'goteborg'))!;
    const client = new TestClient(ctx.app, tenant);
    const html = (path: string) => client.request('GET', path, undefined, { accept: 'text/html' });

    const matters = await client.get('/api/v1/matters');
    const matter = matters.body.data.find((m: { dnr: string }) => m.dnr === '0064/23');
    const view = (await client.get(`/api/v1/matters/${matter.id}`)).body;
    expect(view.staffReport.points).toHaveLength(9);
    expect(view.staffReport.body).toMatchObject({
      issuedOn: '2023-08-28',
      consultation: 'Information om innehåll i delårsrapporten har lämnats i förvaltningens samverkansgrupp (FSG) 2023-09-06.',
      officers: [expect.objectContaining({ name: 'Elisabeth Kylmänen' }), expect.objectContaining({ name: 'Anneli Hoffmann' })],
      signatories: [expect.objectContaining({ name: 'Anders Roswall' }), expect.objectContaining({ name: 'Eva Hessman' })],
    });
    expect(view.staffReport.body.attachments).toHaveLength(3);
    const [first, revised] = view.motions;
    expect(revised).toMatchObject({ revision: 2, revisesId: first.id, filedOn: '2023-10-17', parties: [{ abbreviation: 'V' }, { abbreviation: 'S' }, { abbreviation: 'MP' }] });
    expect(revised.points.map((p: { kind: string; targetPointNumber: number | null }) => [p.kind, p.targetPointNumber])).toEqual([
      ['reject', 4],
      ['add', null],
      ['reject', 9],
      ['add', null],
      ['approve-rest', null],
    ]);
    expect(view.statements[0]).toMatchObject({ partyAbbreviation: 'SD', filedOn: '2023-10-16' });
    expect(view.statements[0].points.map((p: { pointNumber: number }) => p.pointNumber)).toEqual([3, 6]);

    // 1443/22 and 0630/23 back in progress with the decision in their history; the others declared done.
    const assignments = (await client.get('/api/v1/assignments?limit=100')).body.data as Array<{ id: string; dnr: string; origin: string; assignees: Array<{ organisationName: string; status: string }> }>;
    const board = (dnr: string) => assignments.find((a) => a.dnr === dnr)!.assignees.find((x) => x.organisationName === 'Kommunstyrelsen')!.status;
    expect(['1443/22', '0630/23'].map(board)).toEqual(['in-progress', 'in-progress']);
    expect(['1446/22', '1447/22', '0198/23', '0200/23', '0197/23', '1407/22'].map(board)).toEqual(Array(6).fill('declared-done'));
    const history = await listStatusChanges(ctx.db, 'goteborg', assignments.find((a) => a.dnr === '1443/22')!.id);
    expect(history.find((h) => h.decisionId !== null)).toMatchObject({ from: 'proposed-done', to: 'in-progress', reason: 'KS 2023-10-18 § 12, punkt 4' });
    const created = assignments.filter((a) => a.origin === 'board' && a.dnr.startsWith('SLK-2023-'));
    expect(created.map((a) => a.assignees[0]!.organisationName)).toEqual(['Stadsledningskontoret', 'Stadsledningskontoret']);
    expect((await findReport(ctx.db, 'goteborg', view.matter.reportId))!.status).toBe('adopted');

    // Public pages: matter (no secret paper), meeting, decision with votes, notice board with the appeal window.
    const matterPage = await html(`/arenden/${matter.id}`);
    expect(matterPage.text).toContain('Reviderat yrkande');
    expect(matterPage.text).not.toContain('enskild arbetstagares');
    const meetingId = (await client.get('/api/v1/meetings')).body.data[0].id;
    const meetingPage = await html(`/sammantraden/${meetingId}`);
    expect(meetingPage.text).toContain('<caption>Föredragningslista för sammanträdet</caption>');
    const decisionId = (await client.get(`/api/v1/meetings/${meetingId}`)).body.agenda[0].decision.id;
    const decisionPage = await html(`/beslut/${decisionId}`);
    expect(decisionPage.text).toContain('illustrativt');
    expect(decisionPage.text).toMatch(/<th scope="row">S<\/th><td class="num">0<\/td><td class="num">4<\/td><td class="num">0<\/td>/);
    expect(decisionPage.text).toContain('Reservationer');
    const noticeBoard = await html('/anslagstavla');
    expect(noticeBoard.text).toMatch(/<td[^>]*>2023-10-24<\/td><td[^>]*>2023-11-14<\/td>/);
    // Its time to appeal ended in 2023: an earlier posting, and nothing is posted now.
    const [now, earlier] = noticeBoard.text.split('id="posted-earlier"');
    expect(now).toContain('Inget protokoll är anslaget just nu.');
    expect(earlier).toContain('2023-11-14');

    const minutesId = (await client.get('/api/v1/notice-board')).body.data[0].id;
    const pdf = await client.request('GET', `/protokoll/${minutesId}.pdf`);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.text.startsWith('%PDF')).toBe(true);
    const docx = await client.request('GET', `/protokoll/${minutesId}.docx`);
    expect(docx.status).toBe(200);
    expect(docx.text.startsWith('PK')).toBe(true);
  }, 120_000);
});
