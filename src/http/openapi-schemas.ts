import { z } from '@hono/zod-openapi';
import { ERROR_STATUS, type ErrorCode } from './errors.ts';

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.enum(Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]]),
      message: z.string(),
      details: z.record(z.string(), z.unknown()).optional(),
    }),
  })
  .openapi('Error');

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Ogiltig indata (invalid_input, invalid_dnr)',
  401: 'Inte inloggad (unauthenticated)',
  403: 'Saknar behörighet (forbidden, csrf_failed)',
  404: 'Finns inte (not_found)',
  409: 'Konflikt (conflict, invalid_transition, duplicate, not_applicable, unknown_point, vote_mismatch)',
  429: 'För många försök (rate_limited)',
};

/** The error responses of a route, for the OpenAPI document. */
export function errorResponses(...statuses: number[]) {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      { description: ERROR_DESCRIPTIONS[status] ?? 'Fel', content: { 'application/json': { schema: ErrorSchema } } },
    ]),
  );
}

export const jsonContent = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});

export const IsoDate = z.iso.date().openapi({ example: '2023-08-28' });

export const IdParams = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
});

export const PageLinks = z.object({ next: z.string().nullable() });

export const pageOf = <T extends z.ZodType>(item: T) => z.object({ data: z.array(item), links: PageLinks });
