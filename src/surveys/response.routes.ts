/**
 * An organisation's response: read it, save a draft, submit, ask to reopen; the controller
 * reopens. A reporter reaches only their own organisation's response (403 otherwise).
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../http/context.ts';
import { toJson } from '../http/json.ts';
import { errorResponses, jsonBody, jsonContent } from '../http/openapi-schemas.ts';
import { secureRoute } from '../http/route.ts';
import { validationHook } from '../http/validation.ts';
import type { AnswerInput } from './answer.ts';
import { loadResponse, reopenResponse, requestReopen, saveResponse, submitResponse } from './response.commands.ts';
import { OptionalReasonSchema, OrganisationParams, ReasonSchema, ResponseSchema, SaveResponseSchema } from './survey.schemas.ts';

export const responseRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

const TAG = ['Enkäter'];
const PATH = '/surveys/{id}/responses/{organisationId}';
const PROBLEMS =
  'Ett svar som inte kan tas emot ger invalid_input (400) med details.problems: [{ question, code, message }], där code är t.ex. negative, not_whole, not_a_number, wrong_unit, unknown_not_allowed, not_an_option, required. Då sparas ingenting.';

responseRoutes.openapi(
  secureRoute({
    method: 'get',
    path: PATH,
    permission: 'survey.read',
    tags: TAG,
    summary: 'En organisations svar',
    request: { params: OrganisationParams },
    responses: { 200: jsonContent(ResponseSchema, 'Svaret'), ...errorResponses(401, 403, 404) },
  }),
  async (c) => {
    const { id, organisationId } = c.req.valid('param');
    const { response } = await loadResponse(c.get('services').db, c.get('actor'), c.get('tenant'), { surveyId: id, organisationId });
    return c.json(toJson(response), 200);
  },
);

responseRoutes.openapi(
  secureRoute({
    method: 'put',
    path: PATH,
    permission: 'survey.answer',
    tags: TAG,
    summary: 'Spara svar som utkast',
    description: `Svaren kan skickas som text ("1 693", "127 mkr", "oklart", "10 (260 tkr)") eller i delar. Ett tomt svar tar bort svaret på frågan. ${PROBLEMS}`,
    request: { params: OrganisationParams, body: jsonBody(SaveResponseSchema) },
    responses: { 200: jsonContent(ResponseSchema, 'Svaret efter sparandet'), ...errorResponses(400, 401, 403, 404, 409, 423) },
  }),
  async (c) => {
    const { id, organisationId } = c.req.valid('param');
    const body = c.req.valid('json');
    const saved = await c
      .get('services')
      .db.transaction()
      .execute((trx) => saveResponse(trx, c.get('actor'), c.get('tenant'), { surveyId: id, organisationId }, { version: body.version, answers: body.answers as AnswerInput[] }));
    return c.json(toJson(saved), 200);
  },
);

responseRoutes.openapi(
  secureRoute({
    method: 'post',
    path: `${PATH}/submit`,
    permission: 'survey.answer',
    tags: TAG,
    summary: 'Skicka in svaret',
    description: `Svar som skickas med sparas först. Alla obligatoriska frågor måste vara besvarade (code required). Ett inskickat svar är låst tills controllern öppnar det igen. ${PROBLEMS}`,
    request: { params: OrganisationParams, body: jsonBody(SaveResponseSchema) },
    responses: { 200: jsonContent(ResponseSchema, 'Det inskickade svaret'), ...errorResponses(400, 401, 403, 404, 409, 423) },
  }),
  async (c) => {
    const { id, organisationId } = c.req.valid('param');
    const body = c.req.valid('json');
    const submitted = await c
      .get('services')
      .db.transaction()
      .execute((trx) => submitResponse(trx, c.get('actor'), c.get('tenant'), { surveyId: id, organisationId }, { version: body.version, answers: body.answers as AnswerInput[] }));
    return c.json(toJson(submitted), 200);
  },
);

responseRoutes.openapi(
  secureRoute({
    method: 'post',
    path: `${PATH}/reopen-request`,
    permission: 'survey.answer',
    tags: TAG,
    summary: 'Be controllern öppna ett inskickat svar igen',
    request: { params: OrganisationParams, body: jsonBody(ReasonSchema) },
    responses: { 200: jsonContent(ResponseSchema, 'Svaret med begäran'), ...errorResponses(400, 401, 403, 404, 409) },
  }),
  async (c) => {
    const { id, organisationId } = c.req.valid('param');
    const { reason } = c.req.valid('json');
    const response = await c.get('services').db.transaction().execute((trx) => requestReopen(trx, c.get('actor'), c.get('tenant'), { surveyId: id, organisationId }, reason));
    return c.json(toJson(response), 200);
  },
);

responseRoutes.openapi(
  secureRoute({
    method: 'post',
    path: `${PATH}/reopen`,
    permission: 'survey.manage',
    tags: TAG,
    summary: 'Öppna ett inskickat svar igen (controller)',
    request: { params: OrganisationParams, body: jsonBody(OptionalReasonSchema) },
    responses: { 200: jsonContent(ResponseSchema, 'Svaret, nu ett utkast'), ...errorResponses(400, 401, 403, 404, 409) },
  }),
  async (c) => {
    const { id, organisationId } = c.req.valid('param');
    const { reason } = c.req.valid('json');
    const response = await c.get('services').db.transaction().execute((trx) => reopenResponse(trx, c.get('actor'), c.get('tenant'), { surveyId: id, organisationId }, reason ?? null));
    return c.json(toJson(response), 200);
  },
);
