/**
 * The aggregated table (one column per organisation, totals, derived rows, the previous round
 * beside it), its exports, and its placement in report sections with what the checker finds.
 */
import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv } from '../http/context.ts';
import { notFound } from '../http/errors.ts';
import { toJson } from '../http/json.ts';
import { errorResponses, IdParams, jsonBody, jsonContent } from '../http/openapi-schemas.ts';
import { secureRoute } from '../http/route.ts';
import { validationHook } from '../http/validation.ts';
import { listResponsesWithAnswers } from './response.store.ts';
import { aggregateCsv, answersCsv, surveyWorkbook } from './survey-export.ts';
import { editPlacement, placeSurveyTable, removePlacement } from './survey-placement.commands.ts';
import { listPlacements } from './survey-placement.store.ts';
import { toReportTable } from './survey-report-table.ts';
import { assertCanReadAll, placedTablesForReport, placementView, requireSurvey, surveyTable, type SurveyTableView } from './survey.queries.ts';
import { AggregateQuery, AggregateSchema, FindingSchema, PlacedTableSchema, PlacementInputSchema, PlacementParams, PlacementSchema } from './survey.schemas.ts';

export const surveyTableRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

const TAG = ['Enkäter'];

function aggregateJson(view: SurveyTableView) {
  return toJson({
    ...view.table,
    comparison: view.comparison
      ? {
          previousSurveyId: view.comparison.previousSurveyId,
          rows: view.comparison.rows.map((row) => ({
            key: row.key,
            cells: row.cells.map((cell) => ({ previous: cell.previous?.text ?? null, change: cell.change, changePercent: cell.changePercent })),
            total: row.total ? { previous: row.total.previous?.text ?? null, change: row.total.change, changePercent: row.total.changePercent } : null,
          })),
        }
      : null,
  });
}

surveyTableRoutes.openapi(
  secureRoute({
    method: 'get',
    path: '/surveys/{id}/aggregate',
    permission: 'survey.read',
    tags: TAG,
    summary: 'Sammanställningen: en kolumn per organisation, totalt, beräknade rader',
    description:
      'Bara inskickade svar räknas (drafts=1 räknar utkast också). Ett "oklart" gör beräknade värden som använder det okända, aldrig noll; en summa med okända eller saknade delar är okänd och visas som "minst N". compare=previous lägger föregående omgång bredvid.',
    request: { params: IdParams, query: AggregateQuery },
    responses: { 200: jsonContent(AggregateSchema, 'Tabellen'), ...errorResponses(401, 403, 404) },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    const q = c.req.valid('query');
    const view = await surveyTable(c.get('services').db, c.get('actor'), c.get('tenant'), id, { includeDrafts: q.drafts === '1', compare: q.compare === 'previous' });
    return c.json(aggregateJson(view), 200);
  },
);

const ExportParams = IdParams.extend({
  file: z.enum(['sammanstallning.csv', 'svar.csv', 'enkat.xlsx']).openapi({ param: { name: 'file', in: 'path' } }),
});

function download(c: Context<AppEnv>, body: Buffer, name: string, type: string) {
  c.header('Content-Type', type);
  c.header('Content-Disposition', `attachment; filename="${name}"`);
  return c.body(new Uint8Array(body), 200);
}

surveyTableRoutes.openapi(
  secureRoute({
    method: 'get',
    path: '/surveys/{id}/export/{file}',
    permission: 'survey.read',
    tags: TAG,
    summary: 'Exportera sammanställningen eller svaren som CSV eller XLSX',
    description: 'CSV: UTF-8 med BOM, semikolon, decimalkomma. "oklart" står som ordet oklart, en summa med okända delar som "minst N". XLSX har båda som flikar.',
    request: { params: ExportParams },
    responses: {
      200: { description: 'Filen', content: { 'text/csv': { schema: z.string() }, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: z.string() } } },
      ...errorResponses(401, 403, 404),
    },
  }),
  async (c) => {
    const { id, file } = c.req.valid('param');
    const { db } = c.get('services');
    const view = await surveyTable(db, c.get('actor'), c.get('tenant'), id);
    const base = `enkat-${id.slice(0, 8)}`;
    if (file === 'enkat.xlsx') {
      const responses = await listResponsesWithAnswers(db, c.get('tenant').id, id);
      return download(c, await surveyWorkbook(view.survey, view.table, responses), `${base}.xlsx`, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    }
    if (file === 'svar.csv') {
      const responses = await listResponsesWithAnswers(db, c.get('tenant').id, id);
      return download(c, answersCsv(view.survey, responses), `${base}-svar.csv`, 'text/csv; charset=utf-8');
    }
    return download(c, aggregateCsv(view.table), `${base}-sammanstallning.csv`, 'text/csv; charset=utf-8');
  },
);

surveyTableRoutes.openapi(
  secureRoute({
    method: 'get',
    path: '/surveys/{id}/placements',
    permission: 'survey.read',
    tags: TAG,
    summary: 'Var enkätens tabell står i rapporter',
    request: { params: IdParams },
    responses: { 200: jsonContent(z.object({ data: z.array(PlacementSchema) }), 'Placeringarna'), ...errorResponses(401, 403, 404) },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    const { db } = c.get('services');
    assertCanReadAll(c.get('actor'));
    await requireSurvey(db, c.get('tenant').id, id);
    return c.json({ data: await listPlacements(db, c.get('tenant').id, { surveyId: id }) }, 200);
  },
);

surveyTableRoutes.openapi(
  secureRoute({
    method: 'post',
    path: '/surveys/{id}/placements',
    permission: 'survey.manage',
    tags: TAG,
    summary: 'Placera enkätens tabell i ett rapportavsnitt',
    description:
      'Tabellen förblir länkad till svaren. Siffror som skrivs över de beräknade (printed) är vad rapporten trycker; granskningen jämför dem med svaren. Avsnittet ska finnas i rapporten (eller ange part, en bilaga); som rapportens egna avsnitt ändras den bara medan rapporten är ett utkast eller återsänd, av den som får ändra rapporten.',
    request: { params: IdParams, body: jsonBody(PlacementInputSchema) },
    responses: { 201: jsonContent(PlacementSchema, 'Placeringen'), ...errorResponses(400, 401, 403, 404, 409, 423) },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    const created = await c.get('services').db.transaction().execute((trx) => placeSurveyTable(trx, c.get('actor'), c.get('tenant'), id, input));
    return c.json(created, 201);
  },
);

surveyTableRoutes.openapi(
  secureRoute({
    method: 'put',
    path: '/surveys/{id}/placements/{placementId}',
    permission: 'survey.manage',
    tags: TAG,
    summary: 'Ändra vad rapporten trycker av tabellen',
    request: { params: PlacementParams, body: jsonBody(PlacementInputSchema) },
    responses: { 200: jsonContent(PlacementSchema, 'Placeringen'), ...errorResponses(400, 401, 403, 404, 409, 423) },
  }),
  async (c) => {
    const { id, placementId } = c.req.valid('param');
    const input = c.req.valid('json');
    const updated = await c.get('services').db.transaction().execute((trx) => editPlacement(trx, c.get('actor'), c.get('tenant'), id, placementId, input));
    return c.json(updated, 200);
  },
);

surveyTableRoutes.openapi(
  secureRoute({
    method: 'delete',
    path: '/surveys/{id}/placements/{placementId}',
    permission: 'survey.manage',
    tags: TAG,
    summary: 'Ta bort tabellen ur rapporten',
    description: 'Enkäten och svaren står kvar. Som rapportens egna avsnitt: bara medan rapporten är ett utkast eller återsänd, av den som får ändra rapporten.',
    request: { params: PlacementParams },
    responses: { 204: { description: 'Borttagen' }, ...errorResponses(401, 403, 404, 409, 423) },
  }),
  async (c) => {
    const { id, placementId } = c.req.valid('param');
    await c.get('services').db.transaction().execute((trx) => removePlacement(trx, c.get('actor'), c.get('tenant'), id, placementId));
    return c.body(null, 204);
  },
);

surveyTableRoutes.openapi(
  secureRoute({
    method: 'get',
    path: '/surveys/{id}/placements/{placementId}',
    permission: 'survey.read',
    tags: TAG,
    summary: 'Tabellen som rapporten trycker den, med granskningens anmärkningar',
    description: 'Varje cell har den tryckta siffran och värdet beräknat ur svaren; findings är granskningens (src/checks) anmärkningar på tabellen som tryckt, plus tryckta svar som inte är vad organisationen svarade.',
    request: { params: PlacementParams },
    responses: { 200: jsonContent(z.object({ placement: PlacementSchema, table: PlacedTableSchema, findings: z.array(FindingSchema) }), 'Tabellen och anmärkningarna'), ...errorResponses(401, 403, 404) },
  }),
  async (c) => {
    const { id, placementId } = c.req.valid('param');
    assertCanReadAll(c.get('actor'));
    const view = await placementView(c.get('services').db, c.get('tenant').id, placementId);
    if (view.placement.surveyId !== id) throw notFound('Tabellplaceringen');
    return c.json(toJson({ placement: view.placement, table: view.placed, findings: view.findings }), 200);
  },
);

surveyTableRoutes.openapi(
  secureRoute({
    method: 'get',
    path: '/survey-placements',
    permission: 'survey.read',
    tags: TAG,
    summary: 'Enkättabeller placerade i en rapport, i rapportmodellens form, med granskningens anmärkningar',
    description: 'För rapportens sammanställning: varje tabell som ReportTable (given, computed, shown per cell) och de anmärkningar bara enkäten kan göra.',
    request: { query: z.object({ report: z.uuid() }) },
    responses: {
      200: jsonContent(
        z.object({ data: z.array(z.object({ placement: PlacementSchema, table: z.record(z.string(), z.unknown()), findings: z.array(FindingSchema) })) }),
        'Tabellerna',
      ),
      ...errorResponses(400, 401, 403),
    },
  }),
  async (c) => {
    assertCanReadAll(c.get('actor'));
    const views = await placedTablesForReport(c.get('services').db, c.get('tenant').id, c.req.valid('query').report);
    return c.json(toJson({ data: views.map((v) => ({ placement: v.placement, table: toReportTable(v.placed) as unknown as Record<string, unknown>, findings: v.findings })) }), 200);
  },
);
