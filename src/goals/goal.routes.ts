import { OpenAPIHono, z } from '@hono/zod-openapi';
import { recordChange } from '../audit-log/audit-log.store.ts';
import type { AppEnv } from '../http/context.ts';
import { notFound } from '../http/errors.ts';
import { errorResponses, IdParams, jsonBody, jsonContent } from '../http/openapi-schemas.ts';
import { secureRoute } from '../http/route.ts';
import { validationHook } from '../http/validation.ts';
import { GOAL_ROLES } from './goal.ts';
import { findGoal, insertGoal, listGoals } from './goal.store.ts';

export const goalRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

const ResponsibilitySchema = z.object({
  organisationId: z.uuid(),
  organisationName: z.string(),
  role: z.enum(GOAL_ROLES).nullable(),
});

const GoalSchema = z
  .object({
    id: z.uuid(),
    budgetYear: z.number().int(),
    number: z.number().int(),
    title: z.string(),
    description: z.string().nullable(),
    responsibilities: z.array(ResponsibilitySchema),
  })
  .openapi('Goal');

const CreateGoalSchema = z
  .object({
    budgetYear: z.number().int().min(1900).max(2200),
    number: z.number().int().min(1).max(999),
    title: z.string().trim().min(3).max(1000),
    description: z.string().max(20_000).nullable().optional(),
    responsibilities: z
      .array(z.object({ organisationId: z.uuid(), role: z.enum(GOAL_ROLES).nullable() }))
      .max(200)
      .refine((list) => new Set(list.map((r) => r.organisationId)).size === list.length, 'samma organisation två gånger'),
  })
  .openapi('CreateGoal');

goalRoutes.openapi(
  secureRoute({
    method: 'get',
    path: '/goals',
    permission: 'public',
    tags: ['Mål'],
    summary: 'Kommunfullmäktiges mål med ansvariga organisationer',
    request: {
      query: z.object({ year: z.coerce.number().int().min(1900).max(2200).optional(), organisation: z.uuid().optional() }),
    },
    responses: { 200: jsonContent(z.object({ data: z.array(GoalSchema) }), 'Målen'), ...errorResponses(400) },
  }),
  async (c) => {
    const q = c.req.valid('query');
    return c.json({ data: await listGoals(c.get('services').db, c.get('tenant').id, { year: q.year, organisationId: q.organisation }) }, 200);
  },
);

goalRoutes.openapi(
  secureRoute({
    method: 'get',
    path: '/goals/{id}',
    permission: 'public',
    tags: ['Mål'],
    summary: 'Ett mål',
    request: { params: IdParams },
    responses: { 200: jsonContent(GoalSchema, 'Målet'), ...errorResponses(404) },
  }),
  async (c) => {
    const goal = await findGoal(c.get('services').db, c.get('tenant').id, c.req.valid('param').id);
    if (!goal) throw notFound('Målet');
    return c.json(goal, 200);
  },
);

goalRoutes.openapi(
  secureRoute({
    method: 'post',
    path: '/goals',
    permission: 'goal.manage',
    tags: ['Mål'],
    summary: 'Lägg till ett mål för ett budgetår',
    request: { body: jsonBody(CreateGoalSchema) },
    responses: { 201: jsonContent(GoalSchema, 'Målet'), ...errorResponses(400, 401, 403, 409) },
  }),
  async (c) => {
    const input = c.req.valid('json');
    const tenantId = c.get('tenant').id;
    const goal = await c.get('services').db.transaction().execute(async (trx) => {
      const id = await insertGoal(trx, tenantId, input);
      const created = (await findGoal(trx, tenantId, id))!;
      await recordChange(trx, c.get('actor'), { action: 'goal.create', entityType: 'goal', entityId: id, after: created });
      return created;
    });
    return c.json(goal, 201);
  },
);
