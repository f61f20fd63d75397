/**
 * OParl 1.1, read-only, at /oparl/v1: the System object, one Body (the municipality), lists with
 * cursor paging (`links.next`) and the created_since / created_until / modified_since /
 * modified_until filters, and every object at its own URL (its id).
 */
import { Hono, type Context } from 'hono';
import type { AppEnv } from '../http/context.ts';
import { AppError } from '../http/errors.ts';
import { OparlObjects } from './oparl.objects.ts';
import { listIds, type ListFilter, type ListKind } from './oparl.store.ts';
import { OparlUrls, type ObjectKind } from './oparl-urls.ts';

export const oparlRoutes = new Hono<AppEnv>();

function objects(c: Context<AppEnv>) {
  const origin = new URL(c.req.url).origin;
  return new OparlObjects(c.get('services').db, c.get('tenant'), new OparlUrls(origin));
}

function send(c: Context<AppEnv>, body: unknown) {
  c.header('Access-Control-Allow-Origin', '*');
  return c.json(body as object, 200);
}

const notFound = () => new AppError('not_found', 'Objektet finns inte.');

oparlRoutes.get('/', (c) => send(c, objects(c).system()));

oparlRoutes.get('/bodies', async (c) => {
  const o = objects(c);
  return send(c, { data: [await o.body()], pagination: { elementsPerPage: 1 }, links: { self: o.urls.bodies, first: o.urls.bodies } });
});

oparlRoutes.get('/body', async (c) => send(c, await objects(c).body()));

const LISTS: Record<string, { kind: ListKind; build: (o: OparlObjects, id: string) => Promise<Record<string, unknown> | undefined> }> = {
  organizations: { kind: 'organization', build: (o, id) => o.organization(id) },
  people: { kind: 'person', build: (o, id) => o.person(id) },
  memberships: { kind: 'membership', build: (o, id) => o.membership(id) },
  meetings: { kind: 'meeting', build: (o, id) => o.meeting(id) },
  'agenda-items': { kind: 'agenda-item', build: (o, id) => o.agendaItem(id) },
  papers: { kind: 'paper', build: (o, id) => o.paper(id) },
  consultations: { kind: 'consultation', build: (o, id) => o.consultation(id) },
  files: { kind: 'file', build: (o, id) => o.file(id) },
  'legislative-terms': { kind: 'legislative-term', build: (o, id) => o.legislativeTerm(id) },
};

function dateParam(c: Context<AppEnv>, name: string): Date | undefined {
  const value = c.req.query(name);
  if (value === undefined || value === '') return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new AppError('invalid_input', `${name} måste vara en tidpunkt i ISO 8601-format.`);
  return date;
}

oparlRoutes.get('/body/:list', async (c) => {
  const list = LISTS[c.req.param('list')];
  if (!list) throw notFound();
  const limit = Math.min(Math.max(Number(c.req.query('limit') ?? 20) || 20, 1), 100);
  const after = c.req.query('cursor');
  if (after !== undefined && !/^[0-9a-f-]{36}$/.test(after)) throw new AppError('invalid_input', 'Ogiltig sidmarkör (cursor).');
  const filter: ListFilter = {
    createdSince: dateParam(c, 'created_since'),
    createdUntil: dateParam(c, 'created_until'),
    modifiedSince: dateParam(c, 'modified_since'),
    modifiedUntil: dateParam(c, 'modified_until'),
    after,
    limit,
  };
  const o = objects(c);
  const ids = await listIds(c.get('services').db, c.get('tenant').id, list.kind, filter);
  const pageIds = ids.slice(0, limit);
  const data = [];
  for (const id of pageIds) {
    const object = await list.build(o, id);
    // Tombstones are listed only to clients that sync by modification time.
    if (object && (!object.deleted || filter.modifiedSince)) data.push(object);
  }
  const self = new URL(c.req.url);
  const first = new URL(self);
  first.searchParams.delete('cursor');
  const links: Record<string, string> = { self: self.toString(), first: first.toString() };
  if (ids.length > limit) {
    const next = new URL(self);
    next.searchParams.set('cursor', pageIds.at(-1)!);
    links.next = next.toString();
  }
  return send(c, { data, pagination: { elementsPerPage: limit }, links });
});

type Builder = (o: OparlObjects, id: string) => Promise<Record<string, unknown> | undefined>;
const OBJECTS: Record<ObjectKind, Builder> = {
  organization: (o, id) => o.organization(id),
  person: (o, id) => o.person(id),
  membership: (o, id) => o.membership(id),
  meeting: (o, id) => o.meeting(id),
  'agenda-item': (o, id) => o.agendaItem(id),
  paper: (o, id) => o.paper(id),
  consultation: (o, id) => o.consultation(id),
  file: (o, id) => o.file(id),
  'legislative-term': (o, id) => o.legislativeTerm(id),
  location: (o, id) => o.location(id),
};

oparlRoutes.get('/:kind/:id', async (c) => {
  const build = (OBJECTS as Record<string, Builder | undefined>)[c.req.param('kind')];
  const id = c.req.param('id');
  if (!build || !/^[0-9a-f-]{36}$/i.test(id)) throw notFound();
  const object = await build(objects(c), id);
  if (!object) throw notFound();
  return send(c, object);
});
