import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { AppEnv } from '../http/context.ts';

/**
 * The client's address for rate limiting: the first X-Forwarded-For entry when a trusted proxy
 * sets it (UPPSIKT_TRUST_PROXY=1), else the socket's address. Requests that never touched a
 * socket (in-process tests) share the address "okänd".
 */
export function clientIp(c: Context<AppEnv>): string {
  if (c.get('services').config.trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'okänd';
  } catch {
    return 'okänd';
  }
}
