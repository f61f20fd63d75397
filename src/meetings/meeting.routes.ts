import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../http/context.ts';
import { notFound } from '../http/errors.ts';
import { toJson } from '../http/json.ts';
import { errorResponses, IdParams, IsoDate, jsonBody, jsonContent, pageOf } from '../http/openapi-schemas.ts';
import { decodeCursor, page } from '../http/paging.ts';
import { secureRoute } from '../http/route.ts';
import { validationHook } from '../http/validation.ts';
import { addAgendaItem, callMeeting, cancelMeeting, createMeeting, recordAttendance, removeAgendaItem } from './meeting.commands.ts';
import { findMeeting, listMeetings, listPostedMinutes } from './meeting.store.ts';
import { canSeeUnpublished, loadMeetingView } from './meeting.view.ts';
import { isPublished } from './meeting.ts';
import { can } from '../auth/permissions.ts';
import { approveMinutes, postMinutes } from './minutes.commands.ts';

export const meetingRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
const tags = ['Sammanträden'];

const MeetingSchema = z
  .object({
    id: z.uuid(),
    organisationId: z.uuid(),
    startsAt: z.string(),
    endsAt: z.string().nullable(),
    place: z.string(),
    state: z.enum(['planned', 'called', 'held', 'cancelled']),
    calledAt: z.string().nullable(),
  })
  .openapi('Meeting');

const MinutesSchema = z
  .object({
    id: z.uuid(),
    meetingId: z.uuid(),
    approvedOn: z.string().nullable(),
    approvers: z.array(z.string()),
    postedOn: z.string().nullable(),
    appealEndsOn: z.string().nullable().openapi({ description: 'Sista dag för överklagande: tre veckor från anslagsdagen, nästa vardag om den dagen är en lördag, söndag, helgdag eller afton (KL 13 kap. 5 §, lag 1930:173).' }),
  })
  .openapi('Minutes');

const AgendaItemSchema = z
  .object({ id: z.uuid(), meetingId: z.uuid(), number: z.string(), title: z.string(), matterId: z.uuid().nullable(), public: z.boolean() })
  .openapi('AgendaItem');

meetingRoutes.openapi(
  secureRoute({
    method: 'get',
    path: '/meetings',
    permission: 'public',
    tags,
    summary: 'Kallade sammanträden i tidsordning',
    request: {
      query: z.object({
        limit: z.coerce.number().int().min(1).max(200).default(50),
        cursor: z.string().optional(),
        organisation: z.uuid().optional(),
        includePlanned: z.enum(['true', 'false']).optional().openapi({ description: 'Ta med ännu inte kallade sammanträden i de organ du är sekreterare för.' }),
      }),
    },
    responses: { 200: jsonContent(pageOf(MeetingSchema), 'En sida sammanträden'), ...errorResponses(400) },
  }),
  async (c) => {
    const q = c.req.valid('query');
    const { db } = c.get('services');
    const tenantId = c.get('tenant').id;
    const actor = c.get('actor');
    const withPlanned = q.includePlanned === 'true' && can(actor, 'meeting.manage');
    const rows = await listMeetings(db, tenantId, { publishedOnly: !withPlanned, organisationId: q.organisation }, { limit: q.limit, after: decodeCursor(q.cursor, 2) });
    // A planned meeting shows only to whoever manages its body's meetings (asked once per body);
    // the page key stays the last row read.
    const hiddenBodies = new Set<string>();
    for (const organisationId of new Set(rows.filter((m) => !isPublished(m)).map((m) => m.organisationId))) {
      if (!(await canSeeUnpublished(db, actor, tenantId, organisationId))) hiddenBodies.add(organisationId);
    }
    const body = page(rows, q.limit, (m) => [m.startsAt.toISOString(), m.id], c.req.url);
    body.data = body.data.filter((m) => isPublished(m) || !hiddenBodies.has(m.organisationId));
    return c.json(toJson(body) as never, 200);
  },
);

meetingRoutes.openapi(
  secureRoute({
    method: 'post',
    path: '/meetings',
    permission: 'meeting.manage',
    tags,
    summary: 'Planera ett sammanträde',
    request: {
      body: jsonBody(z.object({ organisationId: z.uuid(), startsAt: z.iso.datetime({ offset: true }), endsAt: z.iso.datetime({ offset: true }).nullable().optional(), place: z.string().min(1).max(300) })),
    },
    responses: { 201: jsonContent(MeetingSchema, 'Sammanträdet'), ...errorResponses(400, 401, 403) },
  }),
  async (c) => {
    const input = c.req.valid('json');
    const meeting = await c.get('services').db.transaction().execute((trx) =>
      createMeeting(trx, c.get('actor'), c.get('tenant'), {
        organisationId: input.organisationId,
        startsAt: new Date(input.startsAt),
        endsAt: input.endsAt ? new Date(input.endsAt) : null,
        place: input.place,
      }),
    );
    return c.json(toJson(meeting) as never, 201);
  },
);

meetingRoutes.openapi(
  secureRoute({
    method: 'get',
    path: '/meetings/{id}',
    permission: 'public',
    tags,
    summary: 'Ett sammanträde med föredragningslista, handlingar, beslut och protokoll (offentligt när det är kallat)',
    request: { params: IdParams },
    responses: { 200: jsonContent(z.record(z.string(), z.unknown()), 'Sammanträdet'), ...errorResponses(404) },
  }),
  async (c) => {
    const view = await loadMeetingView(c.get('services').db, c.get('actor'), c.get('tenant').id, c.req.valid('param').id);
    if (!view) throw notFound('Sammanträdet');
    return c.json(toJson(view) as never, 200);
  },
);

meetingRoutes.openapi(
  secureRoute({
    method: 'post',
    path: '/meetings/{id}/agenda-items',
    permission: 'meeting.manage',
    tags,
    summary: 'Lägg ett ärende (eller en annan punkt) på föredragningslistan, t.ex. punkt 1.1',
    request: {
      params: IdParams,
      body: jsonBody(
        z.object({
          number: z.string().regex(/^\d+(\.\d+)*$/).openapi({ example: '1.1' }),
          title: z.string().min(1).max(500).optional(),
          matterId: z.uuid().nullable().optional(),
          public: z.boolean().optional(),
        }),
      ),
    },
    responses: { 201: jsonContent(AgendaItemSchema, 'Punkten'), ...errorResponses(400, 401, 403, 404, 409) },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    const item = await c.get('services').db.transaction().execute((trx) => addAgendaItem(trx, c.get('actor'), c.get('tenant'), id, input));
    return c.json(toJson(item) as never, 201);
  },
);

meetingRoutes.openapi(
  secureRoute({
    method: 'delete',
    path: '/agenda-items/{id}',
    permission: 'meeting.manage',
    tags,
    summary: 'Stryk en punkt från föredragningslistan',
    request: { params: IdParams },
    responses: { 204: { description: 'Struken' }, ...errorResponses(401, 403, 404, 423) },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    await c.get('services').db.transaction().execute((trx) => removeAgendaItem(trx, c.get('actor'), c.get('tenant'), id));
    return c.body(null, 204);
  },
);

meetingRoutes.openapi(
  secureRoute({
    method: 'post',
    path: '/meetings/{id}/call',
    permission: 'meeting.manage',
    tags,
    summary: 'Kalla till sammanträdet: föredragningslistan publiceras',
    request: { params: IdParams },
    responses: { 200: jsonContent(MeetingSchema, 'Sammanträdet'), ...errorResponses(401, 403, 404, 409) },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    const { db } = c.get('services');
    await db.transaction().execute((trx) => callMeeting(trx, c.get('actor'), c.get('tenant'), id));
    return c.json(toJson(await findMeeting(db, c.get('tenant').id, id)) as never, 200);
  },
);

meetingRoutes.openapi(
  secureRoute({
    method: 'post',
    path: '/meetings/{id}/cancel',
    permission: 'meeting.manage',
    tags,
    summary: 'Ställ in sammanträdet',
    description:
      'Går från planerat eller kallat till inställt. Ett kallat sammanträde förblir offentligt, markerat som inställt; ett som aldrig kallades blir aldrig offentligt. ' +
      'Ett hållet eller redan inställt sammanträde, eller ett med protokollförda beslut, kan inte ställas in (invalid_transition). Skälet (frivilligt) sparas i ändringsloggen.',
    request: {
      params: IdParams,
      body: { required: false, content: { 'application/json': { schema: z.object({ reason: z.string().max(500).optional() }) } } },
    },
    responses: { 200: jsonContent(MeetingSchema, 'Sammanträdet'), ...errorResponses(400, 401, 403, 404, 409) },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    const { reason } = (c.req.valid('json') ?? {}) as { reason?: string };
    const { db } = c.get('services');
    await db.transaction().execute((trx) => cancelMeeting(trx, c.get('actor'), c.get('tenant'), id, reason));
    return c.json(toJson(await findMeeting(db, c.get('tenant').id, id)) as never, 200);
  },
);

meetingRoutes.openapi(
  secureRoute({
    method: 'put',
    path: '/meetings/{id}/attendance',
    permission: 'meeting.manage',
    tags,
    summary: 'Närvarande och tjänstgörande ledamöter (voteringar kontrolleras mot denna lista)',
    request: {
      params: IdParams,
      body: jsonBody(z.object({ present: z.array(z.object({ personId: z.uuid(), servingAs: z.enum(['member', 'substitute']).optional() })) })),
    },
    responses: {
      200: jsonContent(z.object({ data: z.array(z.object({ personId: z.uuid(), partyId: z.uuid().nullable(), servingAs: z.string() })) }), 'Närvaron'),
      ...errorResponses(400, 401, 403, 404),
    },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    const { present } = c.req.valid('json');
    const rows = await c.get('services').db.transaction().execute((trx) => recordAttendance(trx, c.get('actor'), c.get('tenant'), id, present));
    return c.json({ data: rows }, 200);
  },
);

meetingRoutes.openapi(
  secureRoute({
    method: 'post',
    path: '/meetings/{id}/minutes/approval',
    permission: 'minutes.approve',
    tags,
    summary: 'Justera protokollet (och anslå det): besluten verkställs i samma transaktion',
    description:
      'Godkända redovisningar → förklarat genomfört för egen del och köas till kommunfullmäktige; avslagna → pågående; tilläggsuppdrag → nya uppdrag; rapporten fastställs och låses. Kan något beslut inte verkställas (t.ex. ett redan avslutat uppdrag) avvisas justeringen med not_applicable och inget ändras.',
    request: {
      params: IdParams,
      body: jsonBody(z.object({ approvedOn: IsoDate, approvers: z.array(z.string().min(1)).min(1), postedOn: IsoDate.nullable().optional() })),
    },
    responses: { 200: jsonContent(MinutesSchema, 'Protokollet'), ...errorResponses(400, 401, 403, 404, 409) },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    const minutes = await c.get('services').db.transaction().execute((trx) => approveMinutes(trx, c.get('actor'), c.get('tenant'), id, input));
    return c.json(toJson(minutes), 200);
  },
);

meetingRoutes.openapi(
  secureRoute({
    method: 'post',
    path: '/minutes/{id}/posting',
    permission: 'minutes.approve',
    tags,
    summary: 'Anslå det justerade protokollet på anslagstavlan (överklagandetiden börjar)',
    request: { params: IdParams, body: jsonBody(z.object({ postedOn: IsoDate })) },
    responses: { 200: jsonContent(MinutesSchema, 'Protokollet'), ...errorResponses(400, 401, 403, 404, 409) },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    const { postedOn } = c.req.valid('json');
    const minutes = await c.get('services').db.transaction().execute((trx) => postMinutes(trx, c.get('actor'), c.get('tenant'), id, postedOn));
    return c.json(toJson(minutes), 200);
  },
);

meetingRoutes.openapi(
  secureRoute({
    method: 'get',
    path: '/notice-board',
    permission: 'public',
    tags,
    summary: 'Anslagstavlan: justerade protokoll med anslagsdag och sista dag för överklagande',
    responses: {
      200: jsonContent(z.object({ data: z.array(MinutesSchema.extend({ organisationName: z.string(), meetingStartsAt: z.string() })) }), 'Anslagen'),
    },
  }),
  async (c) => {
    const rows = await listPostedMinutes(c.get('services').db, c.get('tenant').id);
    return c.json(toJson({ data: rows }), 200);
  },
);
