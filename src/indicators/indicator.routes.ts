import { OpenAPIHono, z } from '@hono/zod-openapi';
import { recordChange } from '../audit-log/audit-log.store.ts';
import { findCycle } from '../cycles/cycle.store.ts';
import type { AppEnv } from '../http/context.ts';
import { AppError } from '../http/errors.ts';
import { errorResponses, jsonBody, jsonContent } from '../http/openapi-schemas.ts';
import { assertCan, secureRoute } from '../http/route.ts';
import { validationHook } from '../http/validation.ts';
import { findOrganisation, organisationScope } from '../organisations/organisation.store.ts';
import { INDICATOR_DIRECTIONS, INDICATOR_UNITS, VALUE_KINDS } from './indicator.ts';
import { findIndicator, insertIndicator, listIndicators, listReadings, upsertIndicatorValue } from './indicator.store.ts';

export const indicatorRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

const IndicatorSchema = z
  .object({
    id: z.uuid(),
    code: z.string(),
    name: z.string(),
    unit: z.enum(INDICATOR_UNITS),
    decimals: z.number().int(),
    direction: z.enum(INDICATOR_DIRECTIONS),
    description: z.string().nullable(),
  })
  .openapi('Indicator');

const ChangeSchema = z.object({ absolute: z.number().nullable(), percent: z.number().nullable() });

const ReadingSchema = z
  .object({
    indicator: IndicatorSchema,
    organisationId: z.uuid(),
    cycleId: z.uuid(),
    values: z.partialRecord(z.enum(VALUE_KINDS), z.number()),
    periodChange: ChangeSchema.openapi({ description: 'Periodens utfall jämfört med samma period föregående år' }),
    yearChange: ChangeSchema.openapi({ description: 'Helårsprognos jämfört med föregående års utfall' }),
  })
  .openapi('IndicatorReading');

indicatorRoutes.openapi(
  secureRoute({
    method: 'get',
    path: '/indicators',
    permission: 'public',
    tags: ['Mått'],
    summary: 'Mått och nyckeltal',
    responses: { 200: jsonContent(z.object({ data: z.array(IndicatorSchema) }), 'Måtten') },
  }),
  async (c) => c.json({ data: await listIndicators(c.get('services').db, c.get('tenant').id) }, 200),
);

indicatorRoutes.openapi(
  secureRoute({
    method: 'post',
    path: '/indicators',
    permission: 'indicator.manage',
    tags: ['Mått'],
    summary: 'Lägg till ett mått',
    request: {
      body: jsonBody(
        z
          .object({
            code: z.string().trim().regex(/^[a-z0-9][a-z0-9._-]{1,60}$/, 'små bokstäver, siffror, . _ -'),
            name: z.string().trim().min(3).max(300),
            unit: z.enum(INDICATOR_UNITS),
            decimals: z.number().int().min(0).max(4).default(1),
            direction: z.enum(INDICATOR_DIRECTIONS).default('neutral'),
            description: z.string().max(5000).nullable().default(null),
          })
          .openapi('CreateIndicator'),
      ),
    },
    responses: { 201: jsonContent(IndicatorSchema, 'Måttet'), ...errorResponses(400, 401, 403, 409) },
  }),
  async (c) => {
    const input = c.req.valid('json');
    const created = await c.get('services').db.transaction().execute(async (trx) => {
      const indicator = await insertIndicator(trx, c.get('tenant').id, input);
      await recordChange(trx, c.get('actor'), { action: 'indicator.create', entityType: 'indicator', entityId: indicator.id, after: indicator });
      return indicator;
    });
    return c.json(created, 201);
  },
);

indicatorRoutes.openapi(
  secureRoute({
    method: 'get',
    path: '/indicator-values',
    permission: 'public',
    tags: ['Mått'],
    summary: 'Måttens värden för en period, med förändring i belopp och procent',
    description: 'Förändringen räknas från de lagrade värdena och avrundas bort från noll (−2,27 % blir −2,3 %).',
    request: { query: z.object({ cycle: z.uuid(), organisation: z.uuid().optional() }) },
    responses: { 200: jsonContent(z.object({ data: z.array(ReadingSchema) }), 'Värdena'), ...errorResponses(400) },
  }),
  async (c) => {
    const q = c.req.valid('query');
    return c.json({ data: await listReadings(c.get('services').db, c.get('tenant').id, q.cycle, q.organisation) }, 200);
  },
);

indicatorRoutes.openapi(
  secureRoute({
    method: 'put',
    path: '/indicator-values',
    permission: 'indicator-value.write',
    tags: ['Mått'],
    summary: 'Sätt ett värde för ett mått, en organisation och en period',
    request: {
      body: jsonBody(
        z
          .object({
            indicatorId: z.uuid(),
            organisationId: z.uuid(),
            cycleId: z.uuid(),
            kind: z.enum(VALUE_KINDS),
            value: z.number().finite().min(-1e12).max(1e12),
          })
          .openapi('IndicatorValue'),
      ),
    },
    responses: { 200: jsonContent(z.object({ previous: z.number().nullable() }), 'Sparat'), ...errorResponses(400, 401, 403) },
  }),
  async (c) => {
    const input = c.req.valid('json');
    const tenantId = c.get('tenant').id;
    const previous = await c.get('services').db.transaction().execute(async (trx) => {
      const indicator = await findIndicator(trx, tenantId, input.indicatorId);
      const organisation = await findOrganisation(trx, tenantId, input.organisationId);
      const cycle = await findCycle(trx, tenantId, input.cycleId);
      if (!indicator || !organisation || !cycle) throw new AppError('invalid_input', 'Måttet, organisationen eller perioden finns inte.');
      assertCan(c.get('actor'), 'indicator-value.write', { organisationIds: await organisationScope(trx, tenantId, organisation.id) });
      const before = await upsertIndicatorValue(trx, tenantId, input, input.value);
      await recordChange(trx, c.get('actor'), {
        action: 'indicator-value.write',
        entityType: 'indicator-value',
        entityId: `${input.indicatorId}/${input.organisationId}/${input.cycleId}/${input.kind}`,
        before: before === null ? null : { value: before },
        after: { value: input.value },
      });
      return before;
    });
    return c.json({ previous }, 200);
  },
);
