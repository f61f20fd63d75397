import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../http/context.ts';
import { notFound } from '../http/errors.ts';
import { errorResponses, IdParams, jsonBody, jsonContent, pageOf } from '../http/openapi-schemas.ts';
import { decodeCursor, page } from '../http/paging.ts';
import { secureRoute } from '../http/route.ts';
import { validationHook } from '../http/validation.ts';
import { toJson } from '../http/json.ts';
import { createAssignment, editAssignment, transitionAssignment } from './assignment.commands.ts';
import {
  AssignmentListQuery,
  AssignmentSchema,
  CreateAssignmentSchema,
  StatusChangeSchema,
  TransitionSchema,
  UpdateAssignmentSchema,
} from './assignment.schemas.ts';
import { findAssignment, listAssignments, listStatusChanges } from './assignment.store.ts';

export const assignmentRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

assignmentRoutes.openapi(
  secureRoute({
    method: 'get',
    path: '/assignments',
    permission: 'public',
    tags: ['Uppdrag'],
    summary: 'Uppdrag, filtrerade och sidindelade i diarienummerordning',
    request: { query: AssignmentListQuery },
    responses: { 200: jsonContent(pageOf(AssignmentSchema), 'En sida uppdrag'), ...errorResponses(400) },
  }),
  async (c) => {
    const q = c.req.valid('query');
    const { db } = c.get('services');
    const rows = await listAssignments(
      db,
      c.get('tenant').id,
      { status: q.status, organisationId: q.organisation, origin: q.origin, year: q.year, text: q.text },
      { limit: q.limit, after: decodeCursor(q.cursor, 2) },
    );
    const body = page(rows, q.limit, (a) => [a.sortKey, a.id], c.req.url);
    return c.json(toJson({ ...body, data: body.data.map(({ sortKey: _, ...a }) => a) }), 200);
  },
);

assignmentRoutes.openapi(
  secureRoute({
    method: 'post',
    path: '/assignments',
    permission: 'assignment.manage',
    tags: ['Uppdrag'],
    summary: 'Registrera ett uppdrag',
    request: { body: jsonBody(CreateAssignmentSchema) },
    responses: { 201: jsonContent(AssignmentSchema, 'Det nya uppdraget'), ...errorResponses(400, 401, 403, 409) },
  }),
  async (c) => {
    const input = c.req.valid('json');
    const { db } = c.get('services');
    const created = await db.transaction().execute((trx) => createAssignment(trx, c.get('actor'), c.get('tenant'), input));
    return c.json(toJson(created), 201);
  },
);

assignmentRoutes.openapi(
  secureRoute({
    method: 'get',
    path: '/assignments/{id}',
    permission: 'public',
    tags: ['Uppdrag'],
    summary: 'Ett uppdrag med dess ansvariga organisationer',
    request: { params: IdParams },
    responses: { 200: jsonContent(AssignmentSchema, 'Uppdraget'), ...errorResponses(404) },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    const found = await findAssignment(c.get('services').db, c.get('tenant').id, id);
    if (!found) throw notFound('Uppdraget');
    return c.json(toJson(found), 200);
  },
);

assignmentRoutes.openapi(
  secureRoute({
    method: 'patch',
    path: '/assignments/{id}',
    permission: 'assignment.manage',
    tags: ['Uppdrag'],
    summary: 'Ändra ett uppdrags titel, beskrivning eller slutdatum',
    request: { params: IdParams, body: jsonBody(UpdateAssignmentSchema) },
    responses: { 200: jsonContent(AssignmentSchema, 'Uppdraget efter ändringen'), ...errorResponses(400, 401, 403, 404, 409) },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    const { version, ...patch } = c.req.valid('json');
    const { db } = c.get('services');
    const updated = await db.transaction().execute((trx) => editAssignment(trx, c.get('actor'), c.get('tenant'), id, version, patch));
    return c.json(toJson(updated), 200);
  },
);

assignmentRoutes.openapi(
  secureRoute({
    method: 'get',
    path: '/assignments/{id}/history',
    permission: 'public',
    tags: ['Uppdrag'],
    summary: 'Uppdragets statushistorik: vem, när, från, till, varför',
    request: { params: IdParams },
    responses: { 200: jsonContent(z.object({ data: z.array(StatusChangeSchema) }), 'Historiken'), ...errorResponses(404) },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    const { db } = c.get('services');
    const tenantId = c.get('tenant').id;
    if (!(await findAssignment(db, tenantId, id))) throw notFound('Uppdraget');
    return c.json(toJson({ data: await listStatusChanges(db, tenantId, id) }), 200);
  },
);

const TransitionParams = IdParams.extend({
  organisationId: z.uuid().openapi({ param: { name: 'organisationId', in: 'path' } }),
});

assignmentRoutes.openapi(
  secureRoute({
    method: 'post',
    path: '/assignments/{id}/assignees/{organisationId}/transitions',
    permission: 'assignment.transition',
    tags: ['Uppdrag'],
    summary: 'Ändra status för en organisations uppdrag',
    description:
      'Följer statusmaskinen tilldelat → pågående → delrapporterat → föreslås genomfört → förklarat genomfört för egen del → återrapporterat till KF → avslutat. Ett otillåtet byte ger invalid_transition (409) med tillåtna nästa lägen; en inaktuell version ger conflict (409).',
    request: { params: TransitionParams, body: jsonBody(TransitionSchema) },
    responses: {
      200: jsonContent(z.object({ from: z.string(), to: z.string(), version: z.number().int() }), 'Statusbytet'),
      ...errorResponses(400, 401, 403, 404, 409),
    },
  }),
  async (c) => {
    const { id, organisationId } = c.req.valid('param');
    const body = c.req.valid('json');
    const { db } = c.get('services');
    const result = await db.transaction().execute((trx) =>
      transitionAssignment(trx, c.get('actor'), c.get('tenant'), {
        assignmentId: id,
        organisationId,
        to: body.to,
        reason: body.reason ?? null,
        ...(body.version !== undefined ? { expectedVersion: body.version } : {}),
      }),
    );
    return c.json(result, 200);
  },
);
