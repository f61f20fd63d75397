/**
 * A small board for the decision tests, built through the real commands: KF, KS and its office,
 * five board members (S 2, V 1, M 2), three assignments the office proposes as done, and the
 * board's interim report, accepted.
 */
import { createAssignment, transitionAssignment } from '../assignments/assignment.commands.ts';
import type { Actor } from '../auth/roles.ts';
import type { Db } from '../db/connection.ts';
import { insertParty } from '../organisations/organisation.store.ts';
import { createPerson } from '../people/person.commands.ts';
import { accountKey } from '../reports/assignment-accounts.ts';
import { acceptReport, createReport, saveReportSection, submitReport } from '../reports/report.commands.ts';
import { createCycle, createOrganisation, createTenant } from '../../test/factories.ts';

export async function boardFixture(db: Db) {
  const tenant = await createTenant(db);
  const actor: Actor = { kind: 'system', tenantId: tenant.id, label: 'Testdata' };
  return db.transaction().execute(async (trx) => {
    const kf = await createOrganisation(trx, tenant, { kind: 'council', name: 'Kommunfullmäktige', shortName: 'KF' });
    const ks = await createOrganisation(trx, tenant, { kind: 'board', name: 'Kommunstyrelsen', shortName: 'KS', parentId: kf.id });
    const slk = await createOrganisation(trx, tenant, { kind: 'administration', name: 'Stadsledningskontoret', shortName: 'SLK', parentId: ks.id, servesId: ks.id });
    const other = await createOrganisation(trx, tenant, { kind: 'committee', name: 'Kulturnämnden', parentId: kf.id });
    const parties: Record<string, string> = {};
    for (const [abbreviation, name] of [
      ['S', 'Socialdemokraterna'],
      ['V', 'Vänsterpartiet'],
      ['M', 'Moderaterna'],
    ]) {
      parties[abbreviation!] = (await insertParty(trx, tenant.id, { abbreviation: abbreviation!, name: name! })).id;
    }
    const cycle = await createCycle(trx, tenant, { committeeDeadline: '2023-09-27' });
    const make = async (dnr: string, title: string, origin: 'council-budget' | 'council') => {
      const a = await createAssignment(trx, actor, tenant, { dnr, title, origin, originYear: origin === 'council-budget' ? 2023 : null, organisationIds: [ks.id] });
      await transitionAssignment(trx, actor, tenant, { assignmentId: a.id, organisationId: ks.id, to: 'proposed-done' });
      return a.id;
    };
    const assignments = {
      plan: await make('1446/22', 'Kommunstyrelsen får i uppdrag att ta fram en plan för äldre medarbetares kompetens.', 'council-budget'),
      agreement: await make('1443/22', 'Kommunstyrelsen får i uppdrag att säkerställa att ett kollektivavtal mot kränkningar tecknas under 2023.', 'council-budget'),
      captions: await make('1407/22', 'Kommunstyrelsen får i uppdrag att säkerställa textning av förinspelat material.', 'council'),
    };
    const report = await createReport(trx, actor, tenant, { organisationId: ks.id, cycleId: cycle.id });
    let position = 0;
    for (const [id, section] of [
      [assignments.plan, 'assignments-council-budget'],
      [assignments.agreement, 'assignments-council-budget'],
      [assignments.captions, 'assignments-council'],
    ] as const) {
      await saveReportSection(trx, actor, tenant, { reportId: report.id, key: accountKey(section, id), version: 0, content: { proposed: 'done', text: '<p>Klart.</p>', position: position++ } });
    }
    await submitReport(trx, actor, tenant, { reportId: report.id });
    await acceptReport(trx, actor, tenant, { reportId: report.id });
    const members: Array<{ id: string; party: string }> = [];
    for (const [given, family, party] of [
      ['Anna', 'Ek', 'S'],
      ['Bo', 'Ask', 'S'],
      ['Cia', 'Alm', 'V'],
      ['Dan', 'Lind', 'M'],
      ['Eva', 'Gran', 'M'],
    ] as const) {
      const p = await createPerson(trx, actor, tenant, { givenName: given, familyName: family, partyId: parties[party], memberships: [{ organisationId: ks.id, role: 'member' }] });
      members.push({ id: p.id, party });
    }
    const substitute = await createPerson(trx, actor, tenant, { givenName: 'Fia', familyName: 'Björk', partyId: parties.M, memberships: [{ organisationId: ks.id, role: 'substitute' }] });
    return { tenant, actor, kf, ks, slk, other, parties, cycle, assignments, report, members, substitute };
  });
}

export type BoardFixture = Awaited<ReturnType<typeof boardFixture>>;
