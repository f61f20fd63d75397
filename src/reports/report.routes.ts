/**
 * Reports over HTTP: create, read (the full assembled report), save a section, and move the
 * report through its life (submit, return with a comment, accept). Output, history and
 * checking are in report-output.routes.ts; templates and consolidation in their own files.
 */
import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../http/context.ts';
import { notFound } from '../http/errors.ts';
import { toJson } from '../http/json.ts';
import { errorResponses, IdParams, jsonBody, jsonContent } from '../http/openapi-schemas.ts';
import { secureRoute } from '../http/route.ts';
import { validationHook } from '../http/validation.ts';
import { consolidationRoutes } from './consolidation.routes.ts';
import { findReadableReport, readableReports } from './report-access.ts';
import { loadReportDocument } from './report-document.store.ts';
import type { ExportFormat } from './report-export.ts';
import { reportOutputRoutes, sendExport } from './report-output.routes.ts';
import { acceptReport, createReport, returnReport, saveReportSection, submitReport } from './report.commands.ts';
import {
  CommentSchema,
  CreateReportSchema,
  ReportDocumentSchema,
  ReportListQuery,
  ReportSchema,
  ReturnSchema,
  SavedSectionSchema,
  SaveSectionSchema,
  SectionParams,
} from './report.schemas.ts';
import { listReports } from './report.store.ts';
import { templateRoutes } from './template.routes.ts';
import { UUID_PATTERN } from '../http/uuid.ts';

export const reportRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
const TAGS = ['Rapporter'];

/**
 * `/reports/{id}.pdf` (and .docx, .html, .json): the export at an address people can guess.
 * Registered first, so `/reports/{id}` does not take "….pdf" for an id.
 */
reportRoutes.get(`/reports/:file{${UUID_PATTERN}\\.(?:pdf|docx|html|json)}`, async (c) => {
  const [id, format] = c.req.param('file').split('.') as [string, ExportFormat];
  return sendExport(c, id, format);
});

reportRoutes.openapi(
  secureRoute({
    method: 'get',
    path: '/reports',
    permission: 'public',
    tags: TAGS,
    summary: 'Rapporter: fastställda för alla, övriga för den som arbetar med dem',
    request: { query: ReportListQuery },
    responses: { 200: jsonContent(z.object({ data: z.array(ReportSchema) }), 'Rapporterna'), ...errorResponses(400) },
  }),
  async (c) => {
    const q = c.req.valid('query');
    const { db } = c.get('services');
    const tenantId = c.get('tenant').id;
    const actor = c.get('actor');
    const all = await listReports(db, tenantId, { cycleId: q.cycle, organisationId: q.organisation, status: q.status });
    return c.json(toJson({ data: await readableReports(db, actor, tenantId, all) }), 200);
  },
);

reportRoutes.openapi(
  secureRoute({
    method: 'post',
    path: '/reports',
    permission: 'report.create',
    tags: TAGS,
    summary: 'Skapa en organisations rapport för en uppföljning, från kommunens aktuella mall',
    request: { body: jsonBody(CreateReportSchema) },
    responses: { 201: jsonContent(ReportSchema, 'Den nya rapporten'), ...errorResponses(400, 401, 403, 404, 409) },
  }),
  async (c) => {
    const input = c.req.valid('json');
    const created = await c.get('services').db.transaction().execute((trx) => createReport(trx, c.get('actor'), c.get('tenant'), input));
    return c.json(toJson(created), 201);
  },
);

reportRoutes.openapi(
  secureRoute({
    method: 'get',
    path: '/reports/{id}',
    permission: 'public',
    tags: TAGS,
    summary: 'Hela rapporten: numrerade avsnitt, text, uträknade tabeller, uppdragsredovisningar',
    description:
      'Varje tabellcell har siffran som den angavs (given), den framräknade (computed) och den som skrivs ut (shown). Med ?version=n visas rapporten som den var vid version n. Fastställda rapporter är öppna; övriga kräver inloggning med behörighet för organisationen. Svaret kan sparas som fil och granskas med `uppsikt check rapport.json`.',
    request: { params: IdParams, query: z.object({ version: z.coerce.number().int().min(1).optional() }) },
    responses: { 200: jsonContent(ReportDocumentSchema, 'Rapporten'), ...errorResponses(401, 403, 404) },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    const { version } = c.req.valid('query');
    const { db } = c.get('services');
    const tenantId = c.get('tenant').id;
    const report = await findReadableReport(db, c.get('actor'), tenantId, id);
    const document = await loadReportDocument(db, tenantId, report, version !== undefined ? { atVersion: version } : {});
    if (!document) throw notFound('Rapporten');
    return c.json(document as never, 200);
  },
);

reportRoutes.openapi(
  secureRoute({
    method: 'put',
    path: '/reports/{id}/sections/{key}',
    permission: 'report.edit',
    tags: TAGS,
    summary: 'Spara ett avsnitt (innehåll och den version du utgick från)',
    description:
      'Text sparas som HTML och tvättas på servern (p, br, strong, em, ul, ol, li, a[href], h3, h4). Siffror sparas som de angavs. Har någon annan sparat avsnittet sedan du läste det svarar servern conflict (409) med den aktuella versionen och inget skrivs. En fastställd rapport är låst (locked, 423); en inlämnad kan inte ändras förrän den skickas tillbaka (not_applicable, 409).',
    request: { params: SectionParams, body: jsonBody(SaveSectionSchema) },
    responses: { 200: jsonContent(SavedSectionSchema, 'Det sparade avsnittet'), ...errorResponses(400, 401, 403, 404, 409, 423) },
  }),
  async (c) => {
    const { id, key } = c.req.valid('param');
    const body = c.req.valid('json');
    const saved = await c
      .get('services')
      .db.transaction()
      .execute((trx) => saveReportSection(trx, c.get('actor'), c.get('tenant'), { reportId: id, key, version: body.version, content: body.content }));
    return c.json(saved as never, 200);
  },
);

const statusRoute = (path: 'submit' | 'return' | 'accept', permission: 'report.submit' | 'report.review', summary: string, description: string) =>
  secureRoute({
    method: 'post',
    path: `/reports/{id}/${path}`,
    permission,
    tags: TAGS,
    summary,
    description,
    request: { params: IdParams, body: jsonBody(path === 'return' ? ReturnSchema : CommentSchema) },
    responses: { 200: jsonContent(ReportSchema, 'Rapporten efter ändringen'), ...errorResponses(400, 401, 403, 404, 409, 423) },
  });

reportRoutes.openapi(
  statusRoute(
    'submit',
    'report.submit',
    'Lämna in rapporten',
    'Varje uppdragsredovisning flyttar uppdragets status för organisationen (föreslås genomfört / delrapporterat) i samma transaktion; flyttar som redan är gjorda hoppas över.',
  ),
  async (c) => {
    const { id } = c.req.valid('param');
    const { comment } = c.req.valid('json') as { comment?: string | null };
    const report = await c.get('services').db.transaction().execute((trx) => submitReport(trx, c.get('actor'), c.get('tenant'), { reportId: id, comment: comment ?? null }));
    return c.json(toJson(report), 200);
  },
);

reportRoutes.openapi(
  statusRoute('return', 'report.review', 'Skicka tillbaka rapporten för komplettering', 'Kommentaren sparas och visas med rapporten.'),
  async (c) => {
    const { id } = c.req.valid('param');
    const { comment } = c.req.valid('json') as { comment: string };
    const report = await c.get('services').db.transaction().execute((trx) => returnReport(trx, c.get('actor'), c.get('tenant'), { reportId: id, comment }));
    return c.json(toJson(report), 200);
  },
);

reportRoutes.openapi(
  statusRoute('accept', 'report.review', 'Godkänn rapporten', 'En godkänd rapport kan fastställas av det beslut som fastställer den.'),
  async (c) => {
    const { id } = c.req.valid('param');
    const { comment } = c.req.valid('json') as { comment?: string | null };
    const report = await c.get('services').db.transaction().execute((trx) => acceptReport(trx, c.get('actor'), c.get('tenant'), { reportId: id, comment: comment ?? null }));
    return c.json(toJson(report), 200);
  },
);

reportRoutes.route('/', reportOutputRoutes);
reportRoutes.route('/', templateRoutes);
reportRoutes.route('/', consolidationRoutes);
