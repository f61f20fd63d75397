/**
 * Reading posted HTML forms and answering them: the values as strings, and a failed command
 * shown again on the form (with what was typed) instead of an error page.
 */
import type { Context, Hono } from 'hono';
import type { Db } from '../db/connection.ts';
import type { AppEnv } from '../http/context.ts';
import { AppError, notFound } from '../http/errors.ts';
import type { RoutePermission } from '../http/route.ts';
import { staffForm } from './staff-routes.ts';
import { withNotice, type NoticeKey } from './workspace-frame.ts';
import { isUuid } from '../http/uuid.ts';

export type FormValues = Record<string, string | string[]>;

export async function readForm(c: Context<AppEnv>): Promise<FormValues> {
  const body = await c.req.parseBody({ all: true });
  const values: FormValues = {};
  for (const [k, v] of Object.entries(body)) {
    if (Array.isArray(v)) values[k] = v.filter((x): x is string => typeof x === 'string');
    else if (typeof v === 'string') values[k] = v;
  }
  return values;
}

/** One text field, trimmed; '' when absent. */
export function text(form: FormValues, name: string): string {
  const v = form[name];
  return (Array.isArray(v) ? (v[0] ?? '') : (v ?? '')).trim();
}

/** An optional field: null when left empty. */
export function optional(form: FormValues, name: string): string | null {
  return text(form, name) || null;
}

export function all(form: FormValues, name: string): string[] {
  const v = form[name];
  return Array.isArray(v) ? v : v === undefined ? [] : [v];
}

export { isUuid };

/** Errors a person can fix on the form; anything else (refusals, bugs) goes to the error page. */
const FIXABLE = new Set(['invalid_input', 'invalid_dnr', 'conflict', 'invalid_transition', 'duplicate', 'not_applicable', 'unknown_point', 'vote_mismatch', 'locked', 'not_found']);

export function isFixable(error: unknown): error is AppError {
  return error instanceof AppError && FIXABLE.has(error.code);
}

/**
 * Runs a form's work; on a fixable error shows the form again with the message, with the
 * error's status (400, 409 …) so scripts and tests can tell.
 */
export async function answerForm(
  c: Context<AppEnv>,
  work: () => Promise<Response>,
  again: (errors: string[], status: number) => Response | Promise<Response>,
): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    if (isFixable(error)) return again([error.message], error.status);
    throw error;
  }
}

/** Runs a command in a transaction of its own, as the API routes do. */
export function transact<T>(c: Context<AppEnv>, fn: (trx: Db) => Promise<T>): Promise<T> {
  return c.get('services').db.transaction().execute(fn);
}

/**
 * The form posts about one entity, at `${base}/:id${path}`: an id that is no uuid is not found
 * (`entity` names it); each form's work runs, then goes back to the entity's page with a
 * notice, or shows that page `again` with the error.
 */
export function formsAbout(
  router: Hono<AppEnv>,
  base: string,
  entity: string,
  again: (c: Context<AppEnv>, errors: string[], status: number, form: FormValues) => Promise<Response>,
) {
  return (path: string, permission: RoutePermission, work: (c: Context<AppEnv>, id: string, form: FormValues) => Promise<unknown>, notice: NoticeKey) =>
    staffForm(router, `${base}/:id${path}`, permission, async (c) => {
      const id = c.req.param('id') ?? '';
      if (!isUuid(id)) throw notFound(entity);
      const form = await readForm(c);
      return answerForm(
        c,
        async () => {
          await work(c, id, form);
          return c.redirect(withNotice(`${base}/${id}`, notice), 303);
        },
        (errors, status) => again(c, errors, status, form),
      );
    });
}
