import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../http/context.ts';
import { AppError } from '../http/errors.ts';
import { toJson } from '../http/json.ts';
import { errorResponses, IsoDate, jsonContent, pageOf } from '../http/openapi-schemas.ts';
import { decodeCursor, page } from '../http/paging.ts';
import { secureRoute } from '../http/route.ts';
import { validationHook } from '../http/validation.ts';
import { auditLogCsv } from './audit-log.csv.ts';
import { searchChanges, type AuditCursor, type AuditFilter } from './audit-log.search.ts';
import { swedishDay } from '../numbers/swedish-format.ts';

export const auditLogRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

/** At most this many rows in one CSV file; narrow the filter for more. */
export const CSV_MAX_ROWS = 100_000;

export const AuditLogQuery = z.object({
  entityType: z.string().max(100).optional(),
  entityId: z.string().max(200).optional(),
  user: z.uuid().optional().openapi({ description: 'Den som gjorde ändringen (användarens id).' }),
  action: z.string().max(100).optional(),
  from: IsoDate.optional().openapi({ description: 'Första dag som tas med (svensk tid).' }),
  to: IsoDate.optional().openapi({ description: 'Sista dag som tas med (svensk tid).' }),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().max(500).optional(),
});

const AuditEntrySchema = z
  .object({
    id: z.uuid(),
    at: z.string(),
    actorUserId: z.string().nullable(),
    actorLabel: z.string(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    before: z.unknown(),
    after: z.unknown(),
    reason: z.string().nullable(),
  })
  .openapi('AuditEntry');

export function auditFilterOf(q: z.infer<typeof AuditLogQuery>): AuditFilter {
  return { entityType: q.entityType, entityId: q.entityId, userId: q.user, action: q.action, from: q.from, to: q.to };
}

export function decodeAuditCursor(cursor: string | undefined): AuditCursor | undefined {
  const key = decodeCursor(cursor, 2);
  if (!key) return undefined;
  if (typeof key[0] !== 'string' || typeof key[1] !== 'string' || Number.isNaN(Date.parse(key[0]))) {
    throw new AppError('invalid_input', 'Ogiltig sidmarkör (cursor).');
  }
  return [key[0], key[1]];
}

auditLogRoutes.openapi(
  secureRoute({
    method: 'get',
    path: '/audit-log',
    permission: 'audit-log.read',
    tags: ['Ändringslogg'],
    summary: 'Ändringsloggen: vem ändrade vad och när, med före och efter, senaste först',
    request: { query: AuditLogQuery },
    responses: { 200: jsonContent(pageOf(AuditEntrySchema), 'En sida ändringar'), ...errorResponses(400, 401, 403) },
  }),
  async (c) => {
    const q = c.req.valid('query');
    const rows = await searchChanges(c.get('services').db, c.get('tenant').id, auditFilterOf(q), {
      limit: q.limit + 1,
      after: decodeAuditCursor(q.cursor),
    });
    return c.json(toJson(page(rows, q.limit, (e) => [e.at.toISOString(), e.id], c.req.url)), 200);
  },
);

auditLogRoutes.openapi(
  secureRoute({
    method: 'get',
    path: '/audit-log.csv',
    permission: 'audit-log.read',
    tags: ['Ändringslogg'],
    summary: 'Ändringsloggen som CSV (UTF-8 med BOM, semikolon), samma filter som listan',
    request: { query: AuditLogQuery.omit({ limit: true, cursor: true }) },
    responses: {
      200: { description: 'CSV-fil', content: { 'text/csv': { schema: z.string() } } },
      ...errorResponses(400, 401, 403),
    },
  }),
  async (c) => {
    const q = c.req.valid('query');
    const rows = await searchChanges(c.get('services').db, c.get('tenant').id, auditFilterOf({ ...q, limit: 1 }), { limit: CSV_MAX_ROWS });
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="andringslogg-${swedishDay()}.csv"`);
    return c.body(auditLogCsv(rows), 200);
  },
);
