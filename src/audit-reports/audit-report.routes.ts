import { OpenAPIHono, z } from '@hono/zod-openapi';
import { recordChange } from '../audit-log/audit-log.store.ts';
import type { AppEnv } from '../http/context.ts';
import { AppError, notFound } from '../http/errors.ts';
import { errorResponses, IdParams, jsonBody, jsonContent } from '../http/openapi-schemas.ts';
import { assertCan, secureRoute } from '../http/route.ts';
import { validationHook } from '../http/validation.ts';
import { findOrganisation, organisationScope } from '../organisations/organisation.store.ts';
import { RECOMMENDATION_STATUSES } from './audit-report.ts';
import { findRecommendation, insertAuditReport, listAuditReports, updateRecommendation } from './audit-report.store.ts';

export const auditReportRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

const RecommendationSchema = z
  .object({
    id: z.uuid(),
    position: z.number().int(),
    text: z.string(),
    status: z.enum(RECOMMENDATION_STATUSES),
    firstMadeYear: z.number().int(),
    response: z.string().nullable(),
  })
  .openapi('AuditRecommendation');

const AuditReportSchema = z
  .object({
    id: z.uuid(),
    organisationId: z.uuid(),
    year: z.number().int(),
    title: z.string(),
    auditor: z.string(),
    summary: z.string().nullable(),
    recommendations: z.array(RecommendationSchema),
  })
  .openapi('AuditReport');

const CreateAuditReportSchema = z
  .object({
    organisationId: z.uuid(),
    year: z.number().int().min(1900).max(2200),
    title: z.string().trim().min(3).max(500),
    auditor: z.string().trim().min(2).max(200),
    summary: z.string().max(20_000).nullable().optional(),
    recommendations: z
      .array(
        z.object({
          text: z.string().trim().min(3).max(2000),
          status: z.enum(RECOMMENDATION_STATUSES).optional(),
          firstMadeYear: z.number().int().min(1900).max(2200),
          response: z.string().max(20_000).nullable().optional(),
        }),
      )
      .max(100),
  })
  .refine((r) => r.recommendations.every((x) => x.firstMadeYear <= r.year), {
    message: 'en rekommendation kan inte vara lämnad efter rapportåret',
    path: ['recommendations'],
  })
  .openapi('CreateAuditReport');

auditReportRoutes.openapi(
  secureRoute({
    method: 'get',
    path: '/audit-reports',
    permission: 'public',
    tags: ['Revision'],
    summary: 'Revisionsrapporter med rekommendationer',
    request: {
      query: z.object({ organisation: z.uuid().optional(), year: z.coerce.number().int().min(1900).max(2200).optional() }),
    },
    responses: { 200: jsonContent(z.object({ data: z.array(AuditReportSchema) }), 'Rapporterna'), ...errorResponses(400) },
  }),
  async (c) => {
    const q = c.req.valid('query');
    return c.json(
      { data: await listAuditReports(c.get('services').db, c.get('tenant').id, { organisationId: q.organisation, year: q.year }) },
      200,
    );
  },
);

auditReportRoutes.openapi(
  secureRoute({
    method: 'post',
    path: '/audit-reports',
    permission: 'audit-report.manage',
    tags: ['Revision'],
    summary: 'Registrera en revisionsrapport',
    request: { body: jsonBody(CreateAuditReportSchema) },
    responses: { 201: jsonContent(AuditReportSchema, 'Rapporten'), ...errorResponses(400, 401, 403) },
  }),
  async (c) => {
    const input = c.req.valid('json');
    const tenantId = c.get('tenant').id;
    const report = await c.get('services').db.transaction().execute(async (trx) => {
      if (!(await findOrganisation(trx, tenantId, input.organisationId))) throw new AppError('invalid_input', 'Organisationen finns inte.');
      const id = await insertAuditReport(trx, tenantId, input);
      const [created] = (await listAuditReports(trx, tenantId, { organisationId: input.organisationId })).filter((r) => r.id === id);
      await recordChange(trx, c.get('actor'), { action: 'audit-report.create', entityType: 'audit-report', entityId: id, after: created });
      return created!;
    });
    return c.json(report, 201);
  },
);

auditReportRoutes.openapi(
  secureRoute({
    method: 'patch',
    path: '/audit-recommendations/{id}',
    permission: 'audit-recommendation.respond',
    tags: ['Revision'],
    summary: 'Svara på en rekommendation eller ändra dess status',
    request: {
      params: IdParams,
      body: jsonBody(
        z
          .object({ status: z.enum(RECOMMENDATION_STATUSES).optional(), response: z.string().max(20_000).nullable().optional() })
          .refine((p) => p.status !== undefined || p.response !== undefined, 'ange status eller response'),
      ),
    },
    responses: { 200: jsonContent(RecommendationSchema, 'Rekommendationen'), ...errorResponses(400, 401, 403, 404) },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    const patch = c.req.valid('json');
    const tenantId = c.get('tenant').id;
    const updated = await c.get('services').db.transaction().execute(async (trx) => {
      const before = await findRecommendation(trx, tenantId, id);
      if (!before) throw notFound('Rekommendationen');
      assertCan(c.get('actor'), 'audit-recommendation.respond', { organisationIds: await organisationScope(trx, tenantId, before.organisation_id) });
      const after = await updateRecommendation(trx, tenantId, id, patch);
      await recordChange(trx, c.get('actor'), {
        action: 'audit-recommendation.respond',
        entityType: 'audit-recommendation',
        entityId: id,
        before: { status: before.status, response: before.response },
        after: { status: after.status, response: after.response },
      });
      return after;
    });
    return c.json(updated, 200);
  },
);
