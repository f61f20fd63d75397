import type { Context } from 'hono';
import type { Actor, RoleGrant } from '../auth/roles.ts';
import type { AppEnv } from '../http/context.ts';
import { frameOf } from '../pages/page-context.ts';
import type { PageFrame } from '../pages/layout.tsx';

/** What every workspace page knows: the page frame plus who is signed in and the form token. */
export interface WorkspaceFrame extends PageFrame {
  actor: Actor;
  grants: RoleGrant[];
  /** The CSRF token every form of the page carries as `_csrf`. */
  csrfToken: string;
  /** A confirmation after a redirect (`?klart=saved`), from a closed list. */
  notice: NoticeKey | undefined;
}

export const NOTICES = [
  'saved',
  'created',
  'removed',
  'signedOut',
  'passwordChanged',
  'submitted',
  'returned',
  'accepted',
  'sent',
  'approved',
  'queued',
  'ended',
  'cancelled',
] as const;
export type NoticeKey = (typeof NOTICES)[number];

export function workspaceFrame(c: Context<AppEnv>, csrfToken?: string): WorkspaceFrame {
  const actor = c.get('actor');
  const asked = c.req.query('klart');
  return {
    ...frameOf(c),
    actor,
    grants: actor.kind === 'user' ? actor.grants : [],
    csrfToken: csrfToken ?? c.get('session')?.csrfToken ?? '',
    notice: (NOTICES as readonly string[]).includes(asked ?? '') ? (asked as NoticeKey) : undefined,
  };
}

/** Where to go after a form: back to a page with a confirmation. */
export function withNotice(path: string, notice: NoticeKey): string {
  return `${path}${path.includes('?') ? '&' : '?'}klart=${notice}`;
}
