/** A cycle's participants and its city-wide consolidation over HTTP. */
import { OpenAPIHono, z } from '@hono/zod-openapi';
import { recordChange } from '../audit-log/audit-log.store.ts';
import { findCycle } from '../cycles/cycle.store.ts';
import type { AppEnv } from '../http/context.ts';
import { AppError, notFound } from '../http/errors.ts';
import { errorResponses, IdParams, jsonBody, jsonContent } from '../http/openapi-schemas.ts';
import { assertCan, secureRoute } from '../http/route.ts';
import { validationHook } from '../http/validation.ts';
import { listOrganisations } from '../organisations/organisation.store.ts';
import { consolidate } from './consolidation.ts';
import { loadReportDocument } from './report-document.store.ts';
import { ParticipantsSchema } from './report.schemas.ts';
import { listParticipants, listReports, replaceParticipants } from './report.store.ts';

export const consolidationRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
const TAGS = ['Uppföljning'];

consolidationRoutes.openapi(
  secureRoute({
    method: 'get',
    path: '/cycles/{id}/participants',
    permission: 'signed-in',
    tags: TAGS,
    summary: 'Organisationer som ska rapportera i uppföljningen',
    request: { params: IdParams },
    responses: { 200: jsonContent(ParticipantsSchema, 'Deltagarna'), ...errorResponses(401, 404) },
  }),
  async (c) => {
    const { db } = c.get('services');
    const tenantId = c.get('tenant').id;
    const { id } = c.req.valid('param');
    if (!(await findCycle(db, tenantId, id))) throw notFound('Uppföljningen');
    return c.json({ organisationIds: await listParticipants(db, tenantId, id) }, 200);
  },
);

consolidationRoutes.openapi(
  secureRoute({
    method: 'put',
    path: '/cycles/{id}/participants',
    permission: 'cycle.manage',
    tags: TAGS,
    summary: 'Ange vilka organisationer som ska rapportera i uppföljningen',
    request: { params: IdParams, body: jsonBody(ParticipantsSchema) },
    responses: { 200: jsonContent(ParticipantsSchema, 'Deltagarna'), ...errorResponses(400, 401, 403, 404) },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    const { organisationIds } = c.req.valid('json');
    const tenantId = c.get('tenant').id;
    const actor = c.get('actor');
    await c.get('services').db.transaction().execute(async (trx) => {
      assertCan(actor, 'cycle.manage');
      if (!(await findCycle(trx, tenantId, id))) throw notFound('Uppföljningen');
      const known = new Set((await listOrganisations(trx, tenantId)).map((o) => o.id));
      const unknown = organisationIds.filter((o) => !known.has(o));
      if (unknown.length) throw new AppError('invalid_input', `Okänd organisation: ${unknown.join(', ')}.`);
      const before = await listParticipants(trx, tenantId, id);
      await replaceParticipants(trx, tenantId, id, organisationIds);
      await recordChange(trx, actor, { action: 'cycle.participants', entityType: 'cycle', entityId: id, before, after: organisationIds });
    });
    return c.json({ organisationIds }, 200);
  },
);

consolidationRoutes.openapi(
  secureRoute({
    method: 'get',
    path: '/cycles/{id}/consolidation',
    permission: 'report.review',
    tags: TAGS,
    summary: 'Stadenövergripande sammanställning: resultaträkning och nyckeltal summerade, och vilka som saknas',
    description: 'Räknar inlämnade, godkända och fastställda rapporter. De som ska rapportera men saknar rapport eller inte lämnat in listas under missing.',
    request: { params: IdParams },
    responses: { 200: jsonContent(z.record(z.string(), z.unknown()), 'Sammanställningen'), ...errorResponses(401, 403, 404) },
  }),
  async (c) => {
    const { db } = c.get('services');
    const tenantId = c.get('tenant').id;
    const { id } = c.req.valid('param');
    const cycle = await findCycle(db, tenantId, id);
    if (!cycle) throw notFound('Uppföljningen');
    const organisations = await listOrganisations(db, tenantId);
    const documents = [];
    for (const report of await listReports(db, tenantId, { cycleId: id })) {
      const document = await loadReportDocument(db, tenantId, report);
      if (document) documents.push(document);
    }
    // In the organisation tree's order, so the list of who is missing reads the same every time.
    const participants = new Set(await listParticipants(db, tenantId, id));
    const expected = organisations.filter((o) => participants.has(o.id)).map((o) => ({ id: o.id, name: o.name }));
    return c.json({ cycle: { id: cycle.id, name: cycle.name }, ...consolidate({ expected, reports: documents }) } as never, 200);
  },
);
