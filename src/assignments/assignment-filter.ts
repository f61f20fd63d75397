/**
 * The one meaning of an assignment filter, shared by the API's list and the public pages:
 * `year` is the budget year or, for other origins, the year of the decision; `text` matches a
 * dnr or words of the title and description in any inflection (Swedish text search).
 */
import { sql, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Database } from '../db/database.ts';
import { VECTORS } from '../search/search-vectors.ts';
import { swedishTsQuery } from '../search/swedish-query.ts';
import type { AssignmentOrigin } from './assignment.ts';
import type { AssignmentStatus } from './assignment-status.ts';

export interface AssignmentFilter {
  status?: AssignmentStatus | undefined;
  organisationId?: string | undefined;
  origin?: AssignmentOrigin | undefined;
  year?: number | undefined;
  text?: string | undefined;
}

type Where = ExpressionBuilder<Database, 'assignments'>;

export const givenYear = sql<number>`coalesce(assignments.origin_year, extract(year from assignments.origin_decided_on)::int)`;

/** Conditions on the assignment itself (origin, year, text), not on who has it. */
export function assignmentConditions(filter: AssignmentFilter) {
  return (eb: Where) => {
    const conditions = [];
    if (filter.origin) conditions.push(eb('assignments.origin', '=', filter.origin));
    if (filter.year !== undefined) conditions.push(eb(givenYear, '=', filter.year));
    const text = filter.text?.trim();
    if (text) {
      const like = `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
      const tsquery = swedishTsQuery(text);
      const matches = sql<SqlBool>`${sql.raw(VECTORS.assignment('assignments'))} @@ to_tsquery('swedish'::regconfig, ${tsquery})`;
      const mayBeDnr = /\d/.test(text) || !tsquery;
      if (!mayBeDnr) {
        // Words alone: answered by the text-search index.
        conditions.push(matches);
      } else {
        // A dnr always has digits. The rows are scanned for the dnr, so the words are looked up
        // once in the index (a hashed subquery) instead of parsing every row's text.
        const byIndex = sql<SqlBool>`(assignments.tenant_id, assignments.id) in (select t.tenant_id, t.id from assignments as t where ${sql.raw(VECTORS.assignment('t'))} @@ to_tsquery('swedish'::regconfig, ${tsquery}))`;
        conditions.push(eb.or([eb('assignments.dnr', 'ilike', like), ...(tsquery ? [byIndex] : [])]));
      }
    }
    return eb.and(conditions);
  };
}

/** Some organisation has it in this status (or: this organisation has it, in this status). */
export function assigneeConditions(filter: AssignmentFilter) {
  return (eb: Where) =>
    eb.exists(
      eb
        .selectFrom('assignees as f')
        .select(sql.lit(1).as('one'))
        .whereRef('f.tenant_id', '=', 'assignments.tenant_id')
        .whereRef('f.assignment_id', '=', 'assignments.id')
        .$if(filter.status !== undefined, (q) => q.where('f.status', '=', filter.status!))
        .$if(filter.organisationId !== undefined, (q) => q.where('f.organisation_id', '=', filter.organisationId!)),
    );
}

export const filtersOnAssignees = (filter: AssignmentFilter) => Boolean(filter.status || filter.organisationId);
