import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv } from '../http/context.ts';
import { notFound } from '../http/errors.ts';
import { toJson } from '../http/json.ts';
import { errorResponses, IdParams, IsoDate, jsonBody, jsonContent, pageOf } from '../http/openapi-schemas.ts';
import { decodeCursor, page } from '../http/paging.ts';
import { secureRoute } from '../http/route.ts';
import { validationHook } from '../http/validation.ts';
import { createMatterFromReport } from './matter-from-report.commands.ts';
import { addProposalPoint, editProposalPoint, editStaffReport, registerDocument, registerMatter, removeDocument } from './matter.commands.ts';
import {
  DocumentSchema,
  MatterListQuery,
  MatterSchema,
  MatterViewSchema,
  NewPointSchema,
  PointPatchSchema,
  PointSchema,
  RegisterDocumentSchema,
  RegisterMatterSchema,
  StaffReportPatchSchema,
} from './matter.schemas.ts';
import { findDocument, findMatter, listMatters } from './matter.store.ts';
import { canReadSecret, loadMatterView, visibleDocument } from './matter.view.ts';

export const matterRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
const tags = ['Ärenden'];

matterRoutes.openapi(
  secureRoute({
    method: 'get',
    path: '/matters',
    permission: 'public',
    tags,
    summary: 'Ärenden i diariet, i diarienummerordning',
    request: { query: MatterListQuery },
    responses: { 200: jsonContent(pageOf(MatterSchema), 'En sida ärenden'), ...errorResponses(400) },
  }),
  async (c) => {
    const q = c.req.valid('query');
    const rows = await listMatters(c.get('services').db, c.get('tenant').id, { limit: q.limit, after: decodeCursor(q.cursor, 2) });
    const body = page(rows, q.limit, (m) => [m.sortKey, m.id], c.req.url);
    return c.json(toJson({ ...body, data: body.data.map(({ sortKey: _, deletedAt: __, ...m }) => m) }), 200);
  },
);

matterRoutes.openapi(
  secureRoute({
    method: 'post',
    path: '/matters',
    permission: 'matter.manage',
    tags,
    summary: 'Registrera ett ärende (diariet ger nästa diarienummer om inget anges)',
    request: { body: jsonBody(RegisterMatterSchema) },
    responses: { 201: jsonContent(MatterSchema, 'Det registrerade ärendet'), ...errorResponses(400, 401, 403, 409) },
  }),
  async (c) => {
    const input = c.req.valid('json');
    const matter = await c.get('services').db.transaction().execute((trx) => registerMatter(trx, c.get('actor'), c.get('tenant'), input));
    return c.json(toJson(matter), 201);
  },
);

matterRoutes.openapi(
  secureRoute({
    method: 'get',
    path: '/matters/{id}',
    permission: 'public',
    tags,
    summary: 'Ett ärende med handlingar, förslag till beslut, yrkanden och yttranden',
    description: 'Sekretessbelagda handlingar finns inte med för den som saknar rätt att läsa dem (de redovisas varken som platshållare eller i antal).',
    request: { params: IdParams },
    responses: { 200: jsonContent(MatterViewSchema, 'Ärendet'), ...errorResponses(404) },
  }),
  async (c) => {
    const view = await loadMatterView(c.get('services').db, c.get('actor'), c.get('tenant').id, c.req.valid('param').id);
    if (!view) throw notFound('Ärendet');
    return c.json(toJson(view) as never, 200);
  },
);

matterRoutes.openapi(
  secureRoute({
    method: 'post',
    path: '/matters/{id}/documents',
    permission: 'matter.manage',
    tags,
    summary: 'Registrera en handling i ärendet (med sekretessmarkering och sekretessgrund vid behov)',
    request: { params: IdParams, body: jsonBody(RegisterDocumentSchema) },
    responses: { 201: jsonContent(DocumentSchema, 'Handlingen'), ...errorResponses(400, 401, 403, 404) },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    const document = await c.get('services').db.transaction().execute((trx) => registerDocument(trx, c.get('actor'), c.get('tenant'), id, input));
    return c.json(toJson(document) as never, 201);
  },
);

async function readableDocument(c: Context<AppEnv>, id: string) {
  const { db } = c.get('services');
  const tenantId = c.get('tenant').id;
  const document = await findDocument(db, tenantId, id);
  const matter = document ? await findMatter(db, tenantId, document.matterId) : undefined;
  const mayRead = matter ? await canReadSecret(db, c.get('actor'), tenantId, matter.organisationId) : false;
  // A secret document answers exactly like one that does not exist.
  const visible = visibleDocument(document, mayRead);
  if (!visible) throw notFound('Handlingen');
  return visible;
}

matterRoutes.openapi(
  secureRoute({
    method: 'get',
    path: '/documents/{id}',
    permission: 'public',
    tags,
    summary: 'En handling (404 för sekretessbelagda handlingar utan läsrätt)',
    request: { params: IdParams },
    responses: { 200: jsonContent(DocumentSchema, 'Handlingen'), ...errorResponses(404) },
  }),
  async (c) => c.json(toJson(await readableDocument(c as never, c.req.valid('param').id)) as never, 200),
);

matterRoutes.openapi(
  secureRoute({
    method: 'get',
    path: '/documents/{id}/content',
    permission: 'public',
    tags,
    summary: 'Handlingens text (text/plain)',
    request: { params: IdParams },
    responses: { 200: { description: 'Texten', content: { 'text/plain': { schema: z.string() } } }, ...errorResponses(404) },
  }),
  async (c) => {
    const document = await readableDocument(c as never, c.req.valid('param').id);
    return c.text(document.text || document.title, 200);
  },
);

matterRoutes.openapi(
  secureRoute({
    method: 'delete',
    path: '/documents/{id}',
    permission: 'matter.manage',
    tags,
    summary: 'Ta bort en handling ur ärendet (OParl visar den som raderad)',
    request: { params: IdParams },
    responses: { 204: { description: 'Borttagen' }, ...errorResponses(401, 403, 404) },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    await c.get('services').db.transaction().execute((trx) => removeDocument(trx, c.get('actor'), c.get('tenant'), id));
    return c.body(null, 204);
  },
);

matterRoutes.openapi(
  secureRoute({
    method: 'patch',
    path: '/staff-reports/{id}',
    permission: 'matter.manage',
    tags,
    summary: 'Ändra tjänsteutlåtandets sammanfattning, bakgrund, bilagor, handläggare, samverkan',
    request: { params: IdParams, body: jsonBody(StaffReportPatchSchema) },
    responses: { 200: jsonContent(DocumentSchema, 'Tjänsteutlåtandet'), ...errorResponses(400, 401, 403, 404) },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    const patch = c.req.valid('json');
    const document = await c.get('services').db.transaction().execute((trx) => editStaffReport(trx, c.get('actor'), c.get('tenant'), id, patch));
    return c.json(toJson(document) as never, 200);
  },
);

const PointParams = IdParams.extend({ pointId: z.uuid().openapi({ param: { name: 'pointId', in: 'path' } }) });

matterRoutes.openapi(
  secureRoute({
    method: 'patch',
    path: '/staff-reports/{id}/points/{pointId}',
    permission: 'matter.manage',
    tags,
    summary: 'Ändra lydelsen av en beslutspunkt (id och nummer består)',
    request: { params: PointParams, body: jsonBody(PointPatchSchema) },
    responses: { 200: jsonContent(PointSchema, 'Punkten'), ...errorResponses(400, 401, 403, 404, 409) },
  }),
  async (c) => {
    const { id, pointId } = c.req.valid('param');
    const edit = c.req.valid('json');
    const point = await c.get('services').db.transaction().execute((trx) => editProposalPoint(trx, c.get('actor'), c.get('tenant'), id, pointId, edit));
    return c.json(toJson(point), 200);
  },
);

matterRoutes.openapi(
  secureRoute({
    method: 'post',
    path: '/staff-reports/{id}/points',
    permission: 'matter.manage',
    tags,
    summary: 'Lägg till en beslutspunkt sist i förslaget',
    request: { params: IdParams, body: jsonBody(NewPointSchema) },
    responses: { 201: jsonContent(PointSchema, 'Punkten'), ...errorResponses(400, 401, 403, 404, 409) },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    const point = await c.get('services').db.transaction().execute((trx) => addProposalPoint(trx, c.get('actor'), c.get('tenant'), id, input));
    return c.json(toJson(point), 201);
  },
);

matterRoutes.openapi(
  secureRoute({
    method: 'post',
    path: '/reports/{id}/matter',
    permission: 'matter.manage',
    tags,
    summary: 'Skapa ärende och tjänsteutlåtande av en godkänd rapport (ett klick)',
    description:
      'Diariet ger ärendet ett diarienummer (eller behåller det angivna). Förslaget till beslut: punkt 1 godkänner rapporten, sedan en punkt per uppdrag som rapporten föreslår förklarat genomfört.',
    request: {
      params: IdParams,
      body: jsonBody(
        z.object({
          dnr: z.string().min(1).nullable().optional(),
          registeredOn: IsoDate,
          issuedOn: IsoDate.optional(),
          summary: z.string().max(20_000).optional(),
          consultation: z.string().max(2000).optional(),
          officers: z.array(z.object({ name: z.string(), phone: z.string().optional(), email: z.string().optional() })).optional(),
          signatories: z.array(z.object({ name: z.string(), title: z.string().optional() })).optional(),
          extraAttachments: z.array(z.string()).optional(),
        }),
      ),
    },
    responses: { 201: jsonContent(z.object({ matter: MatterSchema, staffReport: DocumentSchema.extend({ points: z.array(PointSchema) }) }), 'Ärendet'), ...errorResponses(400, 401, 403, 404, 409) },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    const result = await c.get('services').db.transaction().execute((trx) => createMatterFromReport(trx, c.get('actor'), c.get('tenant'), id, input));
    return c.json(toJson(result) as never, 201);
  },
);
