import { z } from '@hono/zod-openapi';
import { AppError } from './errors.ts';

// Schema messages in Swedish, like every other message a person reads.
z.config(z.locales.sv());

/** One readable Swedish message listing each invalid field, for `invalid_input` (400). */
export function describeIssues(error: z.ZodError): string {
  const parts = error.issues.slice(0, 10).map((issue) => {
    const path = issue.path.length > 0 ? issue.path.join('.') : 'indata';
    return `${path}: ${issue.message}`;
  });
  return `Ogiltig indata – ${parts.join('; ')}`;
}

/** The OpenAPIHono default hook: a failed schema check becomes an `invalid_input` error. */
export function validationHook(result: { success: boolean; error?: unknown }) {
  if (!result.success) {
    const error = result.error as z.ZodError;
    throw new AppError('invalid_input', describeIssues(error), {
      fields: error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    });
  }
}
