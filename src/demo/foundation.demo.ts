import { createAssignment } from '../assignments/assignment.commands.ts';
import { insertAuditReport } from '../audit-reports/audit-report.store.ts';
import { hashPassword } from '../auth/password.ts';
import { insertUser } from '../auth/user.store.ts';
import { insertCycle } from '../cycles/cycle.store.ts';
import { insertGoal } from '../goals/goal.store.ts';
import { insertIndicator, upsertIndicatorValue } from '../indicators/indicator.store.ts';
import type { ValueKind } from '../indicators/indicator.ts';
import { insertOrganisation, insertParty } from '../organisations/organisation.store.ts';
import type { DemoContext } from './demo-context.ts';
import {
  ASSIGNMENTS,
  AUDIT_REPORTS,
  CYCLES,
  DEMO_PASSWORD,
  DEMO_USERS,
  GOALS,
  INDICATORS,
  ORGANISATIONS,
  PARTIES,
} from './goteborg-2023.data.ts';


export async function seedFoundation(ctx: DemoContext): Promise<void> {
  const { trx, tenant } = ctx;
  for (const [index, o] of ORGANISATIONS.entries()) {
    const created = await insertOrganisation(trx, tenant.id, {
      kind: o.kind,
      name: o.name,
      shortName: o.shortName ?? null,
      parentId: o.parent ? ctx.organisations.get(o.parent)! : null,
      servesId: o.serves ? ctx.organisations.get(o.serves)! : null,
      sortOrder: index * 10,
    });
    ctx.organisations.set(o.key, created.id);
  }
  for (const p of PARTIES) ctx.parties.set(p.abbreviation, (await insertParty(trx, tenant.id, p)).id);
  for (const c of CYCLES) ctx.cycles.set(c.key, (await insertCycle(trx, tenant.id, c)).id);

  const board = ctx.organisations.get('KS')!;
  for (const g of GOALS) {
    await insertGoal(trx, tenant.id, {
      budgetYear: 2023,
      number: g.number,
      title: g.title,
      responsibilities: [
        { organisationId: board, role: g.board },
        ...(g.holding ? [{ organisationId: ctx.organisations.get('STADSHUS')!, role: g.holding }] : []),
      ],
    });
  }

  for (const a of ASSIGNMENTS) {
    const created = await createAssignment(trx, ctx.actor, tenant, {
      dnr: a.dnr,
      title: a.title,
      origin: a.origin,
      originYear: a.originYear ?? null,
      originDecidedOn: a.originDecidedOn ?? null,
      originReference: a.originReference ?? null,
      assignedToAll: a.assignees === 'all',
      organisationIds: a.assignees === 'all' ? [] : a.assignees.map((k) => ctx.organisations.get(k)!),
      // Given on the deciding day; budget assignments from the start of their budget year.
      assignedAt: new Date(`${a.originDecidedOn ?? `${a.originYear}-01-01`}T12:00:00+01:00`),
    });
    ctx.assignments.set(a.dnr, created.id);
  }

  const cycle = ctx.cycles.get('aug-2023')!;
  for (const i of INDICATORS) {
    const indicator = await insertIndicator(trx, tenant.id, {
      code: i.code,
      name: i.name,
      unit: i.unit,
      decimals: i.decimals,
      direction: i.direction,
      description: i.note ?? null,
    });
    for (const [kind, value] of Object.entries(i.values) as Array<[ValueKind, number]>) {
      await upsertIndicatorValue(trx, tenant.id, { indicatorId: indicator.id, organisationId: ctx.organisations.get(i.organisation)!, cycleId: cycle, kind }, value);
    }
  }

  for (const r of AUDIT_REPORTS) {
    await insertAuditReport(trx, tenant.id, {
      organisationId: board,
      year: r.year,
      title: r.title,
      auditor: r.auditor,
      summary: r.summary,
      recommendations: r.recommendations.map((x) => ({ ...x, status: 'in-progress' as const })),
    });
  }

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const u of DEMO_USERS) {
    const id = await insertUser(trx, tenant.id, {
      email: u.email,
      name: u.name,
      passwordHash,
      grants: [
        {
          role: u.role,
          organisationId: 'organisation' in u && u.organisation ? ctx.organisations.get(u.organisation)! : null,
          partyId: 'party' in u && u.party ? ctx.parties.get(u.party)! : null,
        },
      ],
    });
    ctx.users.set(u.email, id);
  }
}
