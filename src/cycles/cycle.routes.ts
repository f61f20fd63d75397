import { OpenAPIHono, z } from '@hono/zod-openapi';
import { recordChange } from '../audit-log/audit-log.store.ts';
import type { AppEnv } from '../http/context.ts';
import { notFound } from '../http/errors.ts';
import { errorResponses, IdParams, IsoDate, jsonBody, jsonContent } from '../http/openapi-schemas.ts';
import { secureRoute } from '../http/route.ts';
import { validationHook } from '../http/validation.ts';
import { CYCLE_KINDS } from './cycle.ts';
import { findCycle, insertCycle, listCycles } from './cycle.store.ts';

export const cycleRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

const CycleSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(CYCLE_KINDS),
    name: z.string(),
    year: z.number().int(),
    periodStart: z.string(),
    periodEnd: z.string(),
    committeeDeadline: z.string().nullable(),
  })
  .openapi('ReportingCycle');

const CreateCycleSchema = z
  .object({
    kind: z.enum(CYCLE_KINDS),
    name: z.string().trim().min(3).max(200),
    year: z.number().int().min(1900).max(2200),
    periodStart: IsoDate,
    periodEnd: IsoDate,
    committeeDeadline: IsoDate.nullable().optional(),
  })
  .refine((c) => c.periodStart <= c.periodEnd, { message: 'perioden slutar före den börjar', path: ['periodEnd'] })
  .openapi('CreateReportingCycle');

cycleRoutes.openapi(
  secureRoute({
    method: 'get',
    path: '/cycles',
    permission: 'public',
    tags: ['Uppföljning'],
    summary: 'Uppföljningsperioder (delårsrapport, årsrapport), senaste först',
    request: { query: z.object({ year: z.coerce.number().int().min(1900).max(2200).optional() }) },
    responses: { 200: jsonContent(z.object({ data: z.array(CycleSchema) }), 'Perioderna'), ...errorResponses(400) },
  }),
  async (c) => c.json({ data: await listCycles(c.get('services').db, c.get('tenant').id, c.req.valid('query').year) }, 200),
);

cycleRoutes.openapi(
  secureRoute({
    method: 'get',
    path: '/cycles/{id}',
    permission: 'public',
    tags: ['Uppföljning'],
    summary: 'En uppföljningsperiod',
    request: { params: IdParams },
    responses: { 200: jsonContent(CycleSchema, 'Perioden'), ...errorResponses(404) },
  }),
  async (c) => {
    const found = await findCycle(c.get('services').db, c.get('tenant').id, c.req.valid('param').id);
    if (!found) throw notFound('Perioden');
    return c.json(found, 200);
  },
);

cycleRoutes.openapi(
  secureRoute({
    method: 'post',
    path: '/cycles',
    permission: 'cycle.manage',
    tags: ['Uppföljning'],
    summary: 'Lägg upp en uppföljningsperiod',
    request: { body: jsonBody(CreateCycleSchema) },
    responses: { 201: jsonContent(CycleSchema, 'Perioden'), ...errorResponses(400, 401, 403, 409) },
  }),
  async (c) => {
    const input = c.req.valid('json');
    const cycle = await c.get('services').db.transaction().execute(async (trx) => {
      const created = await insertCycle(trx, c.get('tenant').id, { ...input, committeeDeadline: input.committeeDeadline ?? null });
      await recordChange(trx, c.get('actor'), { action: 'cycle.create', entityType: 'reporting-cycle', entityId: created.id, after: created });
      return created;
    });
    return c.json(cycle, 201);
  },
);
