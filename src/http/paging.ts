import { AppError } from './errors.ts';

/**
 * Cursor paging: the cursor is the sort key of the last row served, so pages stay stable
 * while rows are added (unlike offsets).
 */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined, length: number): (string | number)[] | undefined {
  if (!cursor) return undefined;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === length && key.every((k) => typeof k === 'string' || typeof k === 'number')) {
      return key;
    }
  } catch {
    // fall through
  }
  throw new AppError('invalid_input', 'Ogiltig sidmarkör (cursor).');
}

/**
 * Builds `{ data, links: { next } }` from rows fetched with `limit + 1`: the extra row only
 * tells whether there is a next page.
 */
export function page<T>(
  rows: T[],
  limit: number,
  keyOf: (row: T) => (string | number)[],
  requestUrl: string,
): { data: T[]; links: { next: string | null } } {
  const data = rows.slice(0, limit);
  const last = data.at(-1);
  let next: string | null = null;
  if (rows.length > limit && last !== undefined) {
    const url = new URL(requestUrl);
    url.searchParams.set('cursor', encodeCursor(keyOf(last)));
    next = `${url.pathname}${url.search}`;
  }
  return { data, links: { next } };
}
