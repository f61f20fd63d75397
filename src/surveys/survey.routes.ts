/**
 * The controller's side of surveys: write one, open it, follow progress ("33 av 41 har
 * svarat"), chase those who have not answered, close it, start the next round.
 */
import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../http/context.ts';
import { toJson } from '../http/json.ts';
import { errorResponses, IdParams, jsonBody, jsonContent } from '../http/openapi-schemas.ts';
import { secureRoute } from '../http/route.ts';
import { validationHook } from '../http/validation.ts';
import { chaseUnanswered, closeSurvey, createNextRound, createSurvey, editSurvey, openSurvey } from './survey.commands.ts';
import { requireSurvey, surveyProgress, visibleSurveys } from './survey.queries.ts';
import { NextRoundSchema, ProgressSchema, RemindSchema, SurveyDefinitionSchema, SurveySchema, SurveySummarySchema, UpdateSurveySchema } from './survey.schemas.ts';
import type { SurveyDefinition } from './survey.ts';

export const surveyRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

const TAG = ['Enkäter'];

surveyRoutes.openapi(
  secureRoute({
    method: 'get',
    path: '/surveys',
    permission: 'survey.read',
    tags: TAG,
    summary: 'Enkäter: alla för controller, annars de den egna organisationen ska besvara',
    responses: { 200: jsonContent(z.object({ data: z.array(SurveySummarySchema) }), 'Enkäterna, nyaste först'), ...errorResponses(401, 403) },
  }),
  async (c) => {
    const data = await visibleSurveys(c.get('services').db, c.get('actor'), c.get('tenant'));
    return c.json({ data }, 200);
  },
);

surveyRoutes.openapi(
  secureRoute({
    method: 'post',
    path: '/surveys',
    permission: 'survey.manage',
    tags: TAG,
    summary: 'Skriv en enkät (utkast): frågor i grupper, beräknade rader, mottagare, svarsdag',
    request: { body: jsonBody(SurveyDefinitionSchema) },
    responses: { 201: jsonContent(SurveySchema, 'Den nya enkäten'), ...errorResponses(400, 401, 403) },
  }),
  async (c) => {
    const def = c.req.valid('json') as SurveyDefinition;
    const created = await c.get('services').db.transaction().execute((trx) => createSurvey(trx, c.get('actor'), c.get('tenant'), def));
    return c.json(toJson(created), 201);
  },
);

surveyRoutes.openapi(
  secureRoute({
    method: 'get',
    path: '/surveys/{id}',
    permission: 'survey.read',
    tags: TAG,
    summary: 'En enkät med frågor, grupper och beräknade rader',
    request: { params: IdParams },
    responses: { 200: jsonContent(SurveySchema, 'Enkäten'), ...errorResponses(401, 403, 404) },
  }),
  async (c) => {
    const survey = await requireSurvey(c.get('services').db, c.get('tenant').id, c.req.valid('param').id);
    return c.json(toJson(survey), 200);
  },
);

surveyRoutes.openapi(
  secureRoute({
    method: 'put',
    path: '/surveys/{id}',
    permission: 'survey.manage',
    tags: TAG,
    summary: 'Ändra ett utkast till enkät (med den version som lästes)',
    request: { params: IdParams, body: jsonBody(UpdateSurveySchema) },
    responses: { 200: jsonContent(SurveySchema, 'Enkäten efter ändringen'), ...errorResponses(400, 401, 403, 404, 409) },
  }),
  async (c) => {
    const { version, ...def } = c.req.valid('json');
    const { id } = c.req.valid('param');
    const updated = await c.get('services').db.transaction().execute((trx) => editSurvey(trx, c.get('actor'), c.get('tenant'), id, version, def as SurveyDefinition));
    return c.json(toJson(updated), 200);
  },
);

const lifecycle = (path: string, summary: string, description: string) =>
  secureRoute({
    method: 'post',
    path,
    permission: 'survey.manage',
    tags: TAG,
    summary,
    description,
    request: { params: IdParams },
    responses: { 200: jsonContent(SurveySchema, 'Enkäten'), ...errorResponses(400, 401, 403, 404, 409) },
  });

surveyRoutes.openapi(
  lifecycle('/surveys/{id}/open', 'Öppna enkäten för svar', 'Varje organisation bland mottagarna får ett svar att fylla i; en påminnelse två dagar före svarsdagen köas (om den tiden inte redan har passerat).'),
  async (c) => {
    const { id } = c.req.valid('param');
    const opened = await c.get('services').db.transaction().execute((trx) => openSurvey(trx, c.get('actor'), c.get('tenant'), id));
    return c.json(toJson(opened), 200);
  },
);

surveyRoutes.openapi(lifecycle('/surveys/{id}/close', 'Stäng enkäten', 'Inga fler svar tas emot; inskickade svar står kvar.'), async (c) => {
  const { id } = c.req.valid('param');
  const closed = await c.get('services').db.transaction().execute((trx) => closeSurvey(trx, c.get('actor'), c.get('tenant'), id));
  return c.json(toJson(closed), 200);
});

surveyRoutes.openapi(
  secureRoute({
    method: 'post',
    path: '/surveys/{id}/rounds',
    permission: 'survey.manage',
    tags: TAG,
    summary: 'Nästa omgång av en återkommande enkät',
    description: 'Kopierar frågor, grupper, beräknade rader och mottagare och länkar till denna omgång, så att omgångarna kan jämföras.',
    request: { params: IdParams, body: jsonBody(NextRoundSchema) },
    responses: { 201: jsonContent(SurveySchema, 'Den nya omgången (utkast)'), ...errorResponses(400, 401, 403, 404, 409) },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    const body = c.req.valid('json');
    const created = await c.get('services').db.transaction().execute((trx) => createNextRound(trx, c.get('actor'), c.get('tenant'), id, body));
    return c.json(toJson(created), 201);
  },
);

surveyRoutes.openapi(
  secureRoute({
    method: 'get',
    path: '/surveys/{id}/progress',
    permission: 'survey.read',
    tags: TAG,
    summary: 'Vilka som har svarat, med senaste påminnelse',
    request: { params: IdParams },
    responses: { 200: jsonContent(ProgressSchema, 'Läget'), ...errorResponses(401, 403, 404) },
  }),
  async (c) => {
    const progress = await surveyProgress(c.get('services').db, c.get('actor'), c.get('tenant'), c.req.valid('param').id, c.get('locale'));
    return c.json(toJson(progress), 200);
  },
);

surveyRoutes.openapi(
  secureRoute({
    method: 'post',
    path: '/surveys/{id}/reminders',
    permission: 'survey.manage',
    tags: TAG,
    summary: 'Påminn dem som inte har svarat',
    description: 'En ny påminnelseomgång: ett köat jobb per organisation som inte skickat in sitt svar (eller de angivna). Varje påminnelse skickas en gång, även om servern startas om.',
    request: { params: IdParams, body: jsonBody(RemindSchema) },
    responses: { 202: jsonContent(z.object({ round: z.number().int(), organisationIds: z.array(z.uuid()) }), 'Påminnelserna är köade'), ...errorResponses(400, 401, 403, 404, 409) },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    const { organisationIds } = c.req.valid('json');
    const result = await c.get('services').db.transaction().execute((trx) => chaseUnanswered(trx, c.get('actor'), c.get('tenant'), id, organisationIds));
    return c.json(result, 202);
  },
);
