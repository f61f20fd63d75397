import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../http/context.ts';
import { notFound } from '../http/errors.ts';
import { toJson } from '../http/json.ts';
import { errorResponses, IdParams, IsoDate, jsonBody, jsonContent } from '../http/openapi-schemas.ts';
import { secureRoute } from '../http/route.ts';
import { validationHook } from '../http/validation.ts';
import { findMatter } from '../matters/matter.store.ts';
import { recordDecision } from './decision.commands.ts';
import { findDecision } from './decision.store.ts';
import { decisionDiff } from './decision-diff.ts';
import { listCouncilReferrals } from './council-referral.store.ts';
import { fileMotion, fileStatement } from './motion.commands.ts';
import { listMotions, listStatements } from './motion.store.ts';
import { MOTION_POINT_KINDS } from './motion.ts';
import { VOTE_CHOICES } from './vote.ts';

export const decisionRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
const tags = ['Beslut'];

const Anything = z.record(z.string(), z.unknown());

const MotionInput = z
  .object({
    partyIds: z.array(z.uuid()).min(1),
    filedOn: IsoDate,
    reasoning: z.string().max(50_000).optional(),
    revisesId: z.uuid().nullable().optional().openapi({ description: 'Yrkandet som detta reviderar ("Reviderat yrkande").' }),
    points: z
      .array(
        z.object({
          kind: z.enum(MOTION_POINT_KINDS),
          targetPointNumber: z.number().int().positive().nullable().optional(),
          text: z.string().max(5000).optional(),
          organisationId: z.uuid().nullable().optional().openapi({ description: 'För add: organisationen som får det nya uppdraget.' }),
        }),
      )
      .min(1),
  })
  .openapi('FileMotion');

decisionRoutes.openapi(
  secureRoute({
    method: 'post',
    path: '/matters/{id}/motions',
    permission: 'motion.file',
    tags,
    summary: 'Lämna ett yrkande (partisekreterare: bara för det egna partiet)',
    description: 'En punkt som gäller en beslutspunkt som inte finns avvisas med unknown_point (409).',
    request: { params: IdParams, body: jsonBody(MotionInput) },
    responses: { 201: jsonContent(Anything, 'Yrkandet'), ...errorResponses(400, 401, 403, 404, 409) },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    const motion = await c.get('services').db.transaction().execute((trx) => fileMotion(trx, c.get('actor'), c.get('tenant'), id, input));
    return c.json(toJson(motion) as never, 201);
  },
);

decisionRoutes.openapi(
  secureRoute({
    method: 'get',
    path: '/matters/{id}/motions',
    permission: 'public',
    tags,
    summary: 'Ärendets yrkanden (alla revisioner) och yttranden',
    request: { params: IdParams },
    responses: { 200: jsonContent(z.object({ motions: z.array(Anything), statements: z.array(Anything) }), 'Yrkanden och yttranden'), ...errorResponses(404) },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    const { db } = c.get('services');
    const tenantId = c.get('tenant').id;
    const matter = await findMatter(db, tenantId, id);
    if (!matter || matter.deletedAt) throw notFound('Ärendet');
    return c.json(toJson({ motions: await listMotions(db, tenantId, id), statements: await listStatements(db, tenantId, id) }) as never, 200);
  },
);

decisionRoutes.openapi(
  secureRoute({
    method: 'post',
    path: '/matters/{id}/statements',
    permission: 'motion.file',
    tags,
    summary: 'Lämna ett yttrande som hänvisar till beslutspunkter',
    request: {
      params: IdParams,
      body: jsonBody(
        z.object({
          partyId: z.uuid(),
          filedOn: IsoDate,
          points: z.array(z.object({ pointNumber: z.number().int().positive(), text: z.string().min(1).max(50_000) })).min(1),
        }),
      ),
    },
    responses: { 201: jsonContent(Anything, 'Yttrandet'), ...errorResponses(400, 401, 403, 404, 409) },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    const statement = await c.get('services').db.transaction().execute((trx) => fileStatement(trx, c.get('actor'), c.get('tenant'), id, input));
    return c.json(toJson(statement) as never, 201);
  },
);

const Tally = z.object({ yes: z.number().int().min(0), no: z.number().int().min(0), abstain: z.number().int().min(0) });
const Vote = z.object({
  ballots: z.array(z.object({ personId: z.uuid(), choice: z.enum(VOTE_CHOICES) })),
  tally: Tally.optional(),
  byParty: z.record(z.string(), Tally).optional().openapi({ description: 'Per partiförkortning, t.ex. { "S": { "yes": 4, "no": 0, "abstain": 0 } }' }),
});
const Method = z.enum(['acclamation', 'vote']);

const DecisionInput = z
  .object({
    paragraph: z.number().int().positive(),
    decidedOn: IsoDate.optional(),
    procedural: z
      .array(z.object({ kind: z.enum(['referral-back', 'postponement']), partyIds: z.array(z.uuid()), outcome: z.enum(['approved', 'rejected']), method: Method, orderOfQuestions: z.string().optional(), vote: Vote.optional() }))
      .optional(),
    questions: z
      .array(
        z.object({
          pointNumber: z.number().int().positive().optional(),
          motionPointId: z.uuid().optional(),
          proposals: z.array(z.string()).optional().openapi({ description: "'staff-report' eller id för en yrkandepunkt; det första förslaget är ja i en votering." }),
          winner: z.string(),
          method: Method,
          orderOfQuestions: z.string().optional(),
          vote: Vote.optional(),
        }),
      )
      .optional(),
    dissents: z.array(z.object({ partyIds: z.array(z.uuid()), text: z.string().min(1) })).optional(),
    minuteNotes: z.array(z.object({ partyIds: z.array(z.uuid()), text: z.string().min(1) })).optional(),
    note: z.string().optional(),
  })
  .openapi('RecordDecision');

decisionRoutes.openapi(
  secureRoute({
    method: 'post',
    path: '/agenda-items/{id}/decision',
    permission: 'decision.record',
    tags,
    summary: 'Protokollför beslutet på en punkt: ordningsfrågor, propositionsordning, resultat, voteringar, reservationer',
    description:
      'En votering vars röster eller angivna siffror inte stämmer med de närvarande tjänstgörande ledamöterna avvisas med vote_mismatch (409) och inget skrivs.',
    request: { params: IdParams, body: jsonBody(DecisionInput) },
    responses: { 201: jsonContent(Anything, 'Beslutet'), ...errorResponses(400, 401, 403, 404, 409) },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    const decision = await c.get('services').db.transaction().execute((trx) => recordDecision(trx, c.get('actor'), c.get('tenant'), id, input));
    return c.json(toJson(decision) as never, 201);
  },
);

decisionRoutes.openapi(
  secureRoute({
    method: 'get',
    path: '/decisions/{id}',
    permission: 'public',
    tags,
    summary: 'Ett beslut per punkt med röster per ledamot och parti, reservationer och skillnad mot förslaget',
    request: { params: IdParams },
    responses: { 200: jsonContent(Anything, 'Beslutet'), ...errorResponses(404) },
  }),
  async (c) => {
    const { db } = c.get('services');
    const tenantId = c.get('tenant').id;
    const decision = await findDecision(db, tenantId, c.req.valid('param').id);
    if (!decision) throw notFound('Beslutet');
    return c.json(toJson({ ...decision, diff: await decisionDiff(db, tenantId, decision) }) as never, 200);
  },
);

decisionRoutes.openapi(
  secureRoute({
    method: 'get',
    path: '/council-referrals',
    permission: 'public',
    tags,
    summary: 'Uppdrag som förklarats genomförda för egen del och väntar på återrapportering till kommunfullmäktige',
    description: 'Fylls när ett protokoll justeras. Kommunfullmäktiges nästa rapport tar upp de öppna (pickedUpByReportId = null).',
    request: { query: z.object({ open: z.enum(['true', 'false']).optional() }) },
    responses: { 200: jsonContent(z.object({ data: z.array(Anything) }), 'Listan') },
  }),
  async (c) => {
    const { open } = c.req.valid('query');
    const data = await listCouncilReferrals(c.get('services').db, c.get('tenant').id, { open: open === 'true' });
    return c.json(toJson({ data }) as never, 200);
  },
);
