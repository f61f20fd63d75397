/** Report templates over HTTP: list, read with its numbered outline, save a new version. */
import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../http/context.ts';
import { notFound } from '../http/errors.ts';
import { toJson } from '../http/json.ts';
import { errorResponses, IdParams, jsonBody, jsonContent } from '../http/openapi-schemas.ts';
import { secureRoute } from '../http/route.ts';
import { validationHook } from '../http/validation.ts';
import { SaveTemplateSchema, TemplateSchema, TemplateSummarySchema } from './report.schemas.ts';
import { saveTemplateVersion } from './template.commands.ts';
import { findTemplate, listTemplates } from './template.store.ts';
import { numberSections, type ReportTemplate } from './template.ts';

export const templateRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
const TAGS = ['Rapportmallar'];

const summary = ({ definition: _, ...rest }: ReportTemplate) => toJson(rest);
const full = (t: ReportTemplate) => ({
  ...toJson(t),
  outline: numberSections(t.definition.sections).map((n) => ({ key: n.section.key, number: n.number, title: n.section.title, kind: n.section.kind })),
});

templateRoutes.openapi(
  secureRoute({
    method: 'get',
    path: '/report-templates',
    permission: 'signed-in',
    tags: TAGS,
    summary: 'Kommunens rapportmallar, alla versioner',
    responses: { 200: jsonContent(z.object({ data: z.array(TemplateSummarySchema) }), 'Mallarna'), ...errorResponses(401) },
  }),
  async (c) => c.json({ data: (await listTemplates(c.get('services').db, c.get('tenant').id)).map(summary) }, 200),
);

templateRoutes.openapi(
  secureRoute({
    method: 'get',
    path: '/report-templates/{id}',
    permission: 'signed-in',
    tags: TAGS,
    summary: 'En mallversion med avsnitten numrerade efter sin plats',
    request: { params: IdParams },
    responses: { 200: jsonContent(TemplateSchema, 'Mallen'), ...errorResponses(401, 404) },
  }),
  async (c) => {
    const found = await findTemplate(c.get('services').db, c.get('tenant').id, c.req.valid('param').id);
    if (!found) throw notFound('Mallen');
    return c.json(full(found) as never, 200);
  },
);

templateRoutes.openapi(
  secureRoute({
    method: 'post',
    path: '/report-templates',
    permission: 'report-template.manage',
    tags: TAGS,
    summary: 'Spara en ny version av en mall',
    description: 'Rapporter som redan skapats behåller den mallversion de gjordes från; nya rapporter använder den senaste.',
    request: { body: jsonBody(SaveTemplateSchema) },
    responses: { 201: jsonContent(TemplateSchema, 'Den nya versionen'), ...errorResponses(400, 401, 403, 409) },
  }),
  async (c) => {
    const input = c.req.valid('json');
    const saved = await c.get('services').db.transaction().execute((trx) => saveTemplateVersion(trx, c.get('actor'), c.get('tenant').id, input));
    return c.json(full(saved) as never, 201);
  },
);
