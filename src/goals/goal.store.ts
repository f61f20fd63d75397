import type { Db } from '../db/connection.ts';
import type { Goal, GoalResponsibility, GoalRole } from './goal.ts';

export async function listGoals(db: Db, tenantId: string, filter: { year?: number; organisationId?: string } = {}): Promise<Goal[]> {
  let query = db.selectFrom('goals').selectAll().where('tenant_id', '=', tenantId);
  if (filter.year !== undefined) query = query.where('budget_year', '=', filter.year);
  if (filter.organisationId) {
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('goal_responsibilities as r')
          .select('r.goal_id')
          .whereRef('r.tenant_id', '=', 'goals.tenant_id')
          .whereRef('r.goal_id', '=', 'goals.id')
          .where('r.organisation_id', '=', filter.organisationId!),
      ),
    );
  }
  const rows = await query.orderBy('budget_year', 'desc').orderBy('number').execute();
  const responsibilities = await loadResponsibilities(db, tenantId, rows.map((r) => r.id));
  return rows.map((r) => ({
    id: r.id,
    budgetYear: r.budget_year,
    number: r.number,
    title: r.title,
    description: r.description,
    responsibilities: responsibilities.get(r.id) ?? [],
  }));
}

export async function findGoal(db: Db, tenantId: string, id: string): Promise<Goal | undefined> {
  const row = await db.selectFrom('goals').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const responsibilities = await loadResponsibilities(db, tenantId, [row.id]);
  return {
    id: row.id,
    budgetYear: row.budget_year,
    number: row.number,
    title: row.title,
    description: row.description,
    responsibilities: responsibilities.get(row.id) ?? [],
  };
}

async function loadResponsibilities(db: Db, tenantId: string, goalIds: string[]) {
  const map = new Map<string, GoalResponsibility[]>();
  if (goalIds.length === 0) return map;
  const rows = await db
    .selectFrom('goal_responsibilities as r')
    .innerJoin('organisations as o', (j) => j.onRef('o.tenant_id', '=', 'r.tenant_id').onRef('o.id', '=', 'r.organisation_id'))
    .select(['r.goal_id', 'r.organisation_id', 'r.role', 'o.name'])
    .where('r.tenant_id', '=', tenantId)
    .where('r.goal_id', 'in', goalIds)
    .orderBy('o.sort_order')
    .orderBy('o.name')
    .execute();
  for (const r of rows) {
    const list = map.get(r.goal_id) ?? [];
    list.push({ organisationId: r.organisation_id, organisationName: r.name, role: r.role as GoalRole | null });
    map.set(r.goal_id, list);
  }
  return map;
}

export interface NewGoal {
  id?: string;
  budgetYear: number;
  number: number;
  title: string;
  description?: string | null;
  responsibilities: Array<{ organisationId: string; role: GoalRole | null }>;
}

export async function insertGoal(trx: Db, tenantId: string, goal: NewGoal): Promise<string> {
  const { id } = await trx
    .insertInto('goals')
    .values({
      tenant_id: tenantId,
      ...(goal.id ? { id: goal.id } : {}),
      budget_year: goal.budgetYear,
      number: goal.number,
      title: goal.title,
      description: goal.description ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (goal.responsibilities.length > 0) {
    await trx
      .insertInto('goal_responsibilities')
      .values(goal.responsibilities.map((r) => ({ tenant_id: tenantId, goal_id: id, organisation_id: r.organisationId, role: r.role })))
      .execute();
  }
  return id;
}

/** Adds an organisation's responsibility for a goal it did not answer for (imports merge goals this way). */
export async function addGoalResponsibility(trx: Db, tenantId: string, goalId: string, responsibility: { organisationId: string; role: GoalRole | null }): Promise<void> {
  await trx
    .insertInto('goal_responsibilities')
    .values({ tenant_id: tenantId, goal_id: goalId, organisation_id: responsibility.organisationId, role: responsibility.role })
    .execute();
}
