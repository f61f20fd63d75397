import { createHash } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../http/context.ts';

/**
 * Conditional GET for every response that reads: an ETag from the body (so it is right after
 * any change, with nothing to invalidate) and a 304 when the client already has it;
 * Last-Modified when the handler knows when its data last changed (`setLastModified`).
 *
 * `no-cache` means "store, but ask before reuse": readers and caches always revalidate, and a
 * revalidation costs a 304 without a body. Pages vary with the language and session cookies.
 */
export function httpCaching(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    const method = c.req.method;
    if ((method !== 'GET' && method !== 'HEAD') || c.res.status !== 200) return;
    const res = c.res;
    if (!res.headers.has('Cache-Control')) {
      const signedIn = c.get('actor')?.kind === 'user';
      res.headers.set('Cache-Control', signedIn ? 'private, no-cache' : 'public, no-cache');
    }
    if (!res.headers.has('Vary')) res.headers.set('Vary', 'Cookie, Accept');
    let etag = res.headers.get('ETag');
    if (!etag) {
      if (res.headers.has('Set-Cookie')) return; // a response that sets a cookie is not a reusable representation
      const body = new Uint8Array(await res.clone().arrayBuffer());
      etag = `W/"${createHash('sha1').update(body).digest('base64url')}"`;
      res.headers.set('ETag', etag);
    }
    if (notModified(c, etag, res.headers.get('Last-Modified'))) {
      await res.body?.cancel();
      const headers = new Headers();
      for (const name of ['Cache-Control', 'ETag', 'Last-Modified', 'Vary', 'Content-Location', 'Expires']) {
        const value = res.headers.get(name);
        if (value !== null) headers.set(name, value);
      }
      // Replace rather than merge: Hono's `c.res =` setter would copy the 200's headers back in.
      c.res = undefined;
      c.res = new Response(null, { status: 304, headers });
    }
  };
}

/** RFC 9110 §13.2.2: If-None-Match wins; If-Modified-Since only counts without it. */
function notModified(c: Context<AppEnv>, etag: string, lastModified: string | null): boolean {
  const ifNoneMatch = c.req.header('If-None-Match');
  if (ifNoneMatch !== undefined) {
    if (ifNoneMatch.trim() === '*') return true;
    const wanted = opaque(etag);
    return ifNoneMatch.split(',').some((tag) => opaque(tag.trim()) === wanted);
  }
  const ifModifiedSince = c.req.header('If-Modified-Since');
  if (ifModifiedSince && lastModified) {
    const since = Date.parse(ifModifiedSince);
    const modified = Date.parse(lastModified);
    return Number.isFinite(since) && Number.isFinite(modified) && modified <= since;
  }
  return false;
}

const opaque = (tag: string) => tag.replace(/^W\//, '');

/**
 * Sets Last-Modified from the newest of the given times (HTTP dates have whole seconds).
 * Handlers call it with the modification times of the rows a response shows.
 */
export function setLastModified(c: Context<AppEnv>, ...times: Array<Date | string | null | undefined>): void {
  const newest = newestTime(times);
  if (newest !== undefined) c.header('Last-Modified', new Date(Math.floor(newest / 1000) * 1000).toUTCString());
}

export function newestTime(times: ReadonlyArray<Date | string | null | undefined>): number | undefined {
  let newest: number | undefined;
  for (const t of times) {
    if (t === null || t === undefined) continue;
    const ms = typeof t === 'string' ? Date.parse(t) : t.getTime();
    if (Number.isFinite(ms) && (newest === undefined || ms > newest)) newest = ms;
  }
  return newest;
}
