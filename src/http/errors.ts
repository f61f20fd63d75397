import { HTTPException } from 'hono/http-exception';

/**
 * The closed list of error codes the API answers with, each with its HTTP status.
 * Clients branch on `code`; `message` is for people (Swedish).
 */
export const ERROR_STATUS = {
  invalid_input: 400,
  invalid_dnr: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  invalid_transition: 409,
  duplicate: 409,
  not_applicable: 409,
  // decisions: a motion or statement naming a proposal point the staff report does not have
  unknown_point: 409,
  // decisions: a vote whose ballots or tallies do not match the members present
  vote_mismatch: 409,
  locked: 423,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Machine-readable extras, e.g. the allowed next states of a refused transition. */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: Record<string, unknown> };
}

export function errorBody(error: AppError): ErrorBody {
  return {
    error: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) },
  };
}

export const notFound = (what: string) => new AppError('not_found', `${what} finns inte.`);

/**
 * Hono's own refusals before a handler runs (a body that is not JSON, a wrong content type, a
 * body too large) become the API's errors instead of a 500.
 */
export function fromHttpException(error: unknown): AppError | undefined {
  if (!(error instanceof HTTPException)) return undefined;
  if (error.status === 415) return new AppError('unsupported_media_type', 'Anropet ska skickas som application/json.');
  if (error.status === 413) return new AppError('payload_too_large', 'Anropet är för stort.');
  if (error.status === 400) return new AppError('invalid_input', 'Anropets innehåll kunde inte läsas (är det giltig JSON?).');
  return undefined;
}

/**
 * Turns a database constraint violation into an AppError when it is the client's fault
 * (a duplicate key, a reference to something that does not exist), so it never surfaces as 500.
 */
export function fromDatabaseError(error: unknown): AppError | undefined {
  const e = error as { code?: string; constraint?: string; detail?: string };
  if (e?.code === '23505') {
    return new AppError('duplicate', 'Det finns redan en post med samma värde.', { constraint: e.constraint });
  }
  if (e?.code === '23503') {
    return new AppError('invalid_input', 'Posten hänvisar till något som inte finns.', { constraint: e.constraint });
  }
  if (e?.code === '23514' || e?.code === '22P02' || e?.code === '22007' || e?.code === '22008') {
    return new AppError('invalid_input', 'Värdet är inte tillåtet.', { constraint: e.constraint });
  }
  return undefined;
}
