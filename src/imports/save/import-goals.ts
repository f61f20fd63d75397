/**
 * The council goals a report follows up, merged into the tenant's goals of the budget year: a
 * goal is the same goal when its title is, and the organisation's role is added to it when the
 * register does not have it yet. A role the register already states differently is not
 * rewritten, only reported.
 */
import { recordChange } from '../../audit-log/audit-log.store.ts';
import type { Actor } from '../../auth/roles.ts';
import type { Db } from '../../db/connection.ts';
import { addGoalResponsibility, findGoal, insertGoal, listGoals } from '../../goals/goal.store.ts';
import type { GoalRole } from '../../goals/goal.ts';
import { assertCan } from '../../http/route.ts';
import type { Organisation } from '../../organisations/organisation.ts';
import type { Tenant } from '../../tenants/tenant.ts';
import type { Goal as ImportedGoal } from '../import-result.ts';
import { GOAL_ROLE_NAMES } from '../import-summary.ts';
import { sameLabel } from './report-tables.ts';
import type { SummaryLog } from './save-summary.ts';

/** "som huvudansvarig", or "utan angiven roll". */
const asRole = (role: GoalRole | null) => (role ? `som ${GOAL_ROLE_NAMES[role]}` : 'utan angiven roll');

/** Goal ids by the goal's section number in the document ("2.2.1"). */
export async function mergeGoals(
  trx: Db,
  actor: Actor,
  tenant: Tenant,
  imported: readonly ImportedGoal[],
  year: number,
  body: Organisation,
  log: SummaryLog,
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const existing = await listGoals(trx, tenant.id, { year });
  for (const goal of imported) {
    const number = Number(goal.number.split('.').at(-1));
    const ref = `${goal.number} (${year})`;
    const same = existing.find((g) => sameLabel(g.title, goal.title));
    if (!same) {
      const taken = existing.find((g) => g.number === number);
      if (taken || !Number.isInteger(number) || number < 1) {
        log.add('goal', ref, 'skipped', taken ? `mål ${number} för ${year} är ett annat mål i registret ("${taken.title}"); målet "${goal.title}" lades inte in` : `målets nummer går inte att läsa; "${goal.title}" lades inte in`);
        continue;
      }
      assertCan(actor, 'goal.manage');
      const id = await insertGoal(trx, tenant.id, { budgetYear: year, number, title: goal.title, responsibilities: [{ organisationId: body.id, role: goal.role }] });
      const created = (await findGoal(trx, tenant.id, id))!;
      await recordChange(trx, actor, { action: 'goal.create', entityType: 'goal', entityId: id, after: created });
      existing.push(created);
      ids.set(goal.number, id);
      log.add('goal', ref, 'created', `nytt mål med ${body.name} ${asRole(goal.role)}`, id);
      continue;
    }
    ids.set(goal.number, same.id);
    const own = same.responsibilities.find((r) => r.organisationId === body.id);
    if (!own) {
      assertCan(actor, 'goal.manage');
      await addGoalResponsibility(trx, tenant.id, same.id, { organisationId: body.id, role: goal.role });
      await recordChange(trx, actor, {
        action: 'goal.responsibility-add',
        entityType: 'goal',
        entityId: same.id,
        before: same.responsibilities,
        after: [...same.responsibilities, { organisationId: body.id, role: goal.role }],
      });
      log.add('goal', ref, 'merged', `målet fanns; ${body.name} lades till ${asRole(goal.role)}`, same.id);
    } else if (own.role === goal.role) {
      log.add('goal', ref, 'present', `målet finns med ${body.name} ${asRole(goal.role)}`, same.id);
    } else {
      log.add('goal', ref, 'skipped', `registret har ${body.name} ${asRole(own.role)}, dokumentet ${asRole(goal.role)}; registrets roll ändrades inte`, same.id);
    }
  }
  return ids;
}
