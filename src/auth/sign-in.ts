/**
 * Signing in with a local account. Five failures in a row lock the account for 15 minutes;
 * an unknown e-mail costs the same time as a wrong password so it cannot be probed.
 */
import type { Db } from '../db/connection.ts';
import { AppError } from '../http/errors.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { createSession } from './session.store.ts';
import { findUserByEmail, recordSignInFailure, recordSignInSuccess } from './user.store.ts';

export const MAX_FAILED_SIGN_INS = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;

let dummyHash: Promise<string> | undefined;

export async function signIn(db: Db, tenantId: string, email: string, password: string, now = new Date()) {
  const user = await findUserByEmail(db, tenantId, email);
  if (!user || !user.password_hash || !user.active) {
    dummyHash ??= hashPassword('not a real password');
    await verifyPassword(await dummyHash, password);
    throw new AppError('invalid_credentials', 'Fel e-postadress eller lösenord.');
  }
  if (user.locked_until && user.locked_until.getTime() > now.getTime()) {
    throw new AppError('locked', 'Kontot är tillfälligt låst efter för många misslyckade inloggningar. Försök igen om en stund.', {
      lockedUntil: user.locked_until.toISOString(),
    });
  }
  if (!(await verifyPassword(user.password_hash, password))) {
    const failures = user.failed_sign_ins + 1;
    const lockUntil = failures >= MAX_FAILED_SIGN_INS ? new Date(now.getTime() + LOCKOUT_MS) : null;
    await recordSignInFailure(db, tenantId, user.id, lockUntil);
    throw new AppError('invalid_credentials', 'Fel e-postadress eller lösenord.');
  }
  await recordSignInSuccess(db, tenantId, user.id);
  const session = await createSession(db, tenantId, user.id, now);
  return { user: { id: user.id, name: user.name, email: user.email }, ...session };
}
