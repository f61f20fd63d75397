/**
 * What comes out of a report: its history of versions, a readable diff between two of them,
 * the checker's findings, and the report as HTML, PDF, DOCX or JSON.
 */
import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../http/context.ts';
import { AppError } from '../http/errors.ts';
import { toJson } from '../http/json.ts';
import { errorResponses, IdParams, jsonContent } from '../http/openapi-schemas.ts';
import { secureRoute } from '../http/route.ts';
import { validationHook } from '../http/validation.ts';
import { findReadableReport } from './report-access.ts';
import { reportFindings } from './report-findings.ts';
import { diffReports } from './report-diff.ts';
import { loadReportDocument } from './report-document.store.ts';
import { exportReport, type ExportFormat } from './report-export.ts';
import { DiffQuery, EventSchema, ExportQuery, FindingSchema } from './report.schemas.ts';
import { listEvents } from './report.store.ts';
import type { Report } from './report.ts';
import type { Context } from 'hono';

export const reportOutputRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
const TAGS = ['Rapporter'];

const readable = (c: Context<AppEnv>, id: string): Promise<Report> => findReadableReport(c.get('services').db, c.get('actor'), c.get('tenant').id, id);

reportOutputRoutes.openapi(
  secureRoute({
    method: 'get',
    path: '/reports/{id}/versions',
    permission: 'public',
    tags: TAGS,
    summary: 'Rapportens versioner: varje sparat avsnitt och varje statusbyte, med kommentarer',
    request: { params: IdParams },
    responses: { 200: jsonContent(z.object({ data: z.array(EventSchema) }), 'Versionerna'), ...errorResponses(401, 403, 404) },
  }),
  async (c) => {
    const report = await readable(c, c.req.valid('param').id);
    return c.json(toJson({ data: await listEvents(c.get('services').db, c.get('tenant').id, report.id) }), 200);
  },
);

reportOutputRoutes.openapi(
  secureRoute({
    method: 'get',
    path: '/reports/{id}/diff',
    permission: 'public',
    tags: TAGS,
    summary: 'Skillnaden mellan två versioner av rapporten',
    description: 'Per ändrat avsnitt: rader som lagts till, tagits bort eller ändrats (med de ändrade orden), och hela skillnaden som unified diff. Utan to jämförs med den senaste versionen.',
    request: { params: IdParams, query: DiffQuery },
    responses: {
      200: jsonContent(z.object({ from: z.number().int(), to: z.number().int(), sections: z.array(z.record(z.string(), z.unknown())), patch: z.string() }), 'Skillnaden'),
      ...errorResponses(400, 401, 403, 404),
    },
  }),
  async (c) => {
    const report = await readable(c, c.req.valid('param').id);
    const query = c.req.valid('query');
    const to = query.to ?? report.version;
    if (query.from > report.version || to > report.version) {
      throw new AppError('invalid_input', `Rapporten har versionerna 1–${report.version}.`, { latest: report.version });
    }
    const { db } = c.get('services');
    const tenantId = c.get('tenant').id;
    const [before, after] = [
      await loadReportDocument(db, tenantId, report, { atVersion: query.from }),
      await loadReportDocument(db, tenantId, report, { atVersion: to }),
    ];
    return c.json(diffReports({ version: query.from, document: before! }, { version: to, document: after! }) as never, 200);
  },
);

reportOutputRoutes.openapi(
  secureRoute({
    method: 'get',
    path: '/reports/{id}/findings',
    permission: 'public',
    tags: TAGS,
    summary: 'Granskningens fynd: summor, tecken, text mot tabell, avrundning, hänvisningar, numrering, kvarglömda anteckningar',
    request: { params: IdParams },
    responses: {
      200: jsonContent(z.object({ data: z.array(FindingSchema), errors: z.number().int(), warnings: z.number().int() }), 'Fynden i dokumentordning'),
      ...errorResponses(401, 403, 404),
    },
  }),
  async (c) => {
    const report = await readable(c, c.req.valid('param').id);
    const findings = await reportFindings(c.get('services').db, c.get('tenant').id, report);
    return c.json(
      { data: findings, errors: findings.filter((f) => f.severity === 'error').length, warnings: findings.filter((f) => f.severity === 'warning').length },
      200,
    );
  },
);

reportOutputRoutes.openapi(
  secureRoute({
    method: 'get',
    path: '/reports/{id}/export',
    permission: 'public',
    tags: TAGS,
    summary: 'Rapporten som PDF, Word (DOCX), HTML eller JSON',
    description: 'Titelsida, innehållsförteckning, numrerade rubriker, tabeller i svenskt format och sidfot "10 (35)".',
    request: { params: IdParams, query: ExportQuery },
    responses: {
      200: {
        description: 'Filen',
        content: {
          'application/pdf': { schema: z.string().openapi({ format: 'binary' }) },
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { schema: z.string().openapi({ format: 'binary' }) },
          'text/html': { schema: z.string() },
          'application/json': { schema: z.record(z.string(), z.unknown()) },
        },
      },
      ...errorResponses(400, 401, 403, 404),
    },
  }),
  async (c) => sendExport(c, c.req.valid('param').id, c.req.valid('query').format),
);

/** The report as a file; also served at `/reports/{id}.pdf` and the like (see report.routes.ts). */
export async function sendExport(c: Context<AppEnv>, id: string, format: ExportFormat) {
  const report = await readable(c, id);
  const document = await loadReportDocument(c.get('services').db, c.get('tenant').id, report);
  const file = await exportReport(document!, format, c.get('locale'));
  c.header('Content-Type', file.contentType);
  c.header('Content-Disposition', `${format === 'html' ? 'inline' : 'attachment'}; filename="${file.filename}"`);
  // A draft changes; an adopted report does not.
  c.header('Cache-Control', report.status === 'adopted' ? 'public, max-age=300' : 'private, no-store');
  return c.body(file.body as never, 200);
}
