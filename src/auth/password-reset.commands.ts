/**
 * Password reset by a one-time link. The link's token is stored hashed, expires within the
 * hour and works once; without mail configured the link goes to the server log, where an
 * administrator can pass it on. Asking for a link never tells whether the address exists.
 */
import { recordChange } from '../audit-log/audit-log.store.ts';
import type { Db } from '../db/connection.ts';
import { AppError, notFound } from '../http/errors.ts';
import { assertCan } from '../http/route.ts';
import type { Actor } from './roles.ts';
import { hashPassword } from './password.ts';
import { passwordProblem, RESET_LINK_TTL_MS, resetLink } from './password-reset.ts';
import { consumeToken, findUsableToken, insertResetToken, retireTokensOf, setPasswordHash } from './password-reset.store.ts';
import { hashSecretToken, newSecretToken } from './secret-token.ts';
import { deleteSessionsOfUser } from './user-admin.store.ts';
import { findUserByEmail } from './user.store.ts';

export interface ResetDelivery {
  publicUrl: string;
  /** Where the link goes when no mail is configured: the server log. */
  log: (message: string) => void;
}

export async function requestPasswordReset(trx: Db, tenantId: string, email: string, delivery: ResetDelivery, now = new Date()): Promise<void> {
  const user = await findUserByEmail(trx, tenantId, email);
  // Accounts that sign in only through single sign-on have no password to reset here.
  if (!user || !user.active || (user.external_subject && !user.password_hash)) return;
  await issueLink(trx, { kind: 'system', tenantId, label: 'Lösenordsåterställning' }, tenantId, user, delivery, now);
}

/** An administrator sends a link, e.g. to a new account that has no password yet. */
export async function sendResetLinkTo(trx: Db, actor: Actor, tenantId: string, userId: string, delivery: ResetDelivery, now = new Date()) {
  assertCan(actor, 'user.manage');
  const user = await trx.selectFrom('users').select(['id', 'email', 'active']).where('tenant_id', '=', tenantId).where('id', '=', userId).executeTakeFirst();
  if (!user) throw notFound('Kontot');
  if (!user.active) throw new AppError('not_applicable', 'Kontot är avstängt. Aktivera det först.');
  await issueLink(trx, actor, tenantId, user, delivery, now);
}

async function issueLink(trx: Db, actor: Actor, tenantId: string, user: { id: string; email: string }, delivery: ResetDelivery, now: Date) {
  const token = newSecretToken();
  await insertResetToken(trx, tenantId, user.id, hashSecretToken(token), new Date(now.getTime() + RESET_LINK_TTL_MS));
  await recordChange(trx, actor, { action: 'user.password-reset-requested', entityType: 'user', entityId: user.id });
  delivery.log(`Återställningslänk för ${user.email} (giltig en timme, en gång): ${resetLink(delivery.publicUrl, token)}`);
}

/** Whether the link can still be used, for showing the form (does not use it up). */
export async function resetLinkIsUsable(db: Db, tenantId: string, token: string, now = new Date()): Promise<boolean> {
  const found = await findUsableToken(db, tenantId, hashSecretToken(token), now);
  return Boolean(found?.active);
}

export async function completePasswordReset(
  trx: Db,
  tenantId: string,
  token: string,
  password: string,
  repeated: string,
  now = new Date(),
): Promise<{ userId: string }> {
  const tokenHash = hashSecretToken(token);
  const usable = await findUsableToken(trx, tenantId, tokenHash, now);
  if (!usable || !usable.active) {
    throw new AppError('invalid_input', 'Länken är ogiltig, redan använd eller för gammal. Be om en ny länk.');
  }
  const problem = passwordProblem(password, repeated, usable.email);
  if (problem) throw new AppError('invalid_input', problem);
  const userId = await consumeToken(trx, tenantId, tokenHash, now);
  if (!userId) throw new AppError('invalid_input', 'Länken är ogiltig, redan använd eller för gammal. Be om en ny länk.');
  await setPasswordHash(trx, tenantId, userId, await hashPassword(password));
  await retireTokensOf(trx, tenantId, userId, now);
  // Signed out everywhere: a reset means the old password may be known to someone.
  await deleteSessionsOfUser(trx, tenantId, userId);
  await recordChange(trx, { kind: 'system', tenantId, label: 'Lösenordsåterställning' }, {
    action: 'user.password-reset',
    entityType: 'user',
    entityId: userId,
  });
  return { userId };
}
