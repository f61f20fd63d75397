import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../http/context.ts';
import { toJson } from '../http/json.ts';
import { errorResponses, IdParams, IsoDate, jsonBody, jsonContent } from '../http/openapi-schemas.ts';
import { secureRoute } from '../http/route.ts';
import { validationHook } from '../http/validation.ts';
import { addMembership, createPerson, endMembership } from './person.commands.ts';
import { listMemberships, listPeople } from './person.store.ts';
import { MEMBERSHIP_ROLES } from './person.ts';

export const personRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
const tags = ['Förtroendevalda'];

const MembershipInput = z.object({
  organisationId: z.uuid(),
  role: z.enum(MEMBERSHIP_ROLES),
  partyId: z.uuid().nullable().optional(),
  startDate: IsoDate.nullable().optional(),
  endDate: IsoDate.nullable().optional(),
});

const PersonSchema = z
  .object({
    id: z.uuid(),
    givenName: z.string(),
    familyName: z.string(),
    name: z.string(),
    partyId: z.uuid().nullable(),
    note: z.string().nullable(),
    memberships: z.array(MembershipInput.extend({ id: z.uuid() })),
  })
  .openapi('Person');

personRoutes.openapi(
  secureRoute({
    method: 'get',
    path: '/people',
    permission: 'public',
    tags,
    summary: 'Förtroendevalda med uppdrag i organ (ledamöter och ersättare)',
    request: { query: z.object({ organisation: z.uuid().optional() }) },
    responses: { 200: jsonContent(z.object({ data: z.array(PersonSchema) }), 'Personerna') },
  }),
  async (c) => {
    const { organisation } = c.req.valid('query');
    const { db } = c.get('services');
    const tenantId = c.get('tenant').id;
    const memberships = await listMemberships(db, tenantId, organisation ? { organisationId: organisation } : {});
    const people = (await listPeople(db, tenantId)).filter((p) => !organisation || memberships.some((m) => m.personId === p.id));
    const data = people.map((p) => ({ ...p, memberships: memberships.filter((m) => m.personId === p.id) }));
    return c.json(toJson({ data }) as never, 200);
  },
);

personRoutes.openapi(
  secureRoute({
    method: 'post',
    path: '/people',
    permission: 'person.manage',
    tags,
    summary: 'Registrera en förtroendevald och hens uppdrag i organ',
    request: {
      body: jsonBody(
        z.object({
          givenName: z.string().min(1).max(100),
          familyName: z.string().min(1).max(100),
          partyId: z.uuid().nullable().optional(),
          note: z.string().max(300).nullable().optional(),
          memberships: z.array(MembershipInput).optional(),
        }),
      ),
    },
    responses: { 201: jsonContent(PersonSchema, 'Personen'), ...errorResponses(400, 401, 403) },
  }),
  async (c) => {
    const input = c.req.valid('json');
    const person = await c.get('services').db.transaction().execute((trx) => createPerson(trx, c.get('actor'), c.get('tenant'), input));
    return c.json(toJson(person) as never, 201);
  },
);

personRoutes.openapi(
  secureRoute({
    method: 'post',
    path: '/people/{id}/memberships',
    permission: 'person.manage',
    tags,
    summary: 'Ge en förtroendevald ett uppdrag i ett organ',
    request: { params: IdParams, body: jsonBody(MembershipInput) },
    responses: { 201: jsonContent(MembershipInput.extend({ id: z.uuid() }), 'Uppdraget'), ...errorResponses(400, 401, 403, 404) },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    const membership = await c.get('services').db.transaction().execute((trx) => addMembership(trx, c.get('actor'), c.get('tenant'), id, input));
    return c.json(toJson(membership) as never, 201);
  },
);

personRoutes.openapi(
  secureRoute({
    method: 'post',
    path: '/memberships/{id}/end',
    permission: 'person.manage',
    tags,
    summary: 'Avsluta ett uppdrag i ett organ',
    description:
      'endDate är uppdragets sista dag: ledamoten räknas vid närvaro och voteringar till och med den dagen, inte efter. ' +
      'Ett datum före uppdragets början avvisas med invalid_input; ett uppdrag som redan har slutat kan inte förlängas (invalid_transition). ' +
      'Samma slutdag igen ändrar ingenting; en tidigare dag kortar uppdraget.',
    request: { params: IdParams, body: jsonBody(z.object({ endDate: IsoDate })) },
    responses: { 200: jsonContent(MembershipInput.extend({ id: z.uuid() }), 'Uppdraget'), ...errorResponses(400, 401, 403, 404, 409) },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    const { endDate } = c.req.valid('json');
    const membership = await c.get('services').db.transaction().execute((trx) => endMembership(trx, c.get('actor'), c.get('tenant'), id, endDate));
    return c.json(toJson(membership) as never, 200);
  },
);
