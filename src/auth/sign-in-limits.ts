/**
 * Rate limits on signing in, per client address and per account, counted in the database.
 * An attempt is counted before the password is checked (so parallel guesses cannot slip
 * past the limit) and given back when it succeeds, so only failures use up the allowance.
 * This comes on top of the lockout after five failures in a row (sign-in.ts), and also
 * covers e-mail addresses that have no account.
 */
import type { Db } from '../db/connection.ts';
import { AppError } from '../http/errors.ts';
import { countAttempt, deleteOldCounters, refundAttempt, windowStart, type RateLimit } from './rate-limit.store.ts';
import { signIn } from './sign-in.ts';

export interface AttemptLimits {
  perAddress: RateLimit;
  perAccount: RateLimit;
}

export const SIGN_IN_LIMITS = {
  perAddress: { max: 20, windowMs: 15 * 60 * 1000 },
  perAccount: { max: 10, windowMs: 15 * 60 * 1000 },
} satisfies AttemptLimits;

/** Requests for password-reset links: few per account, a few more per address. */
export const RESET_LIMITS = {
  perAddress: { max: 10, windowMs: 60 * 60 * 1000 },
  perAccount: { max: 3, windowMs: 60 * 60 * 1000 },
} satisfies AttemptLimits;

export interface AttemptKeys {
  address: string;
  account: string;
}

export function attemptKeys(purpose: 'sign-in' | 'reset', clientIp: string, email: string): AttemptKeys {
  return { address: `${purpose}:ip:${clientIp}`, account: `${purpose}:account:${email.trim().toLowerCase()}` };
}

function refused(limit: RateLimit, now: Date): AppError {
  const retryAt = windowStart(now, limit.windowMs).getTime() + limit.windowMs;
  return new AppError('rate_limited', 'För många försök. Vänta en stund och försök igen.', {
    retryAfterSeconds: Math.max(1, Math.ceil((retryAt - now.getTime()) / 1000)),
  });
}

/** Counts one attempt for both keys; throws `rate_limited` when either is over its limit. */
export async function takeAttempt(
  db: Db,
  tenantId: string,
  keys: AttemptKeys,
  limits: AttemptLimits,
  now = new Date(),
): Promise<void> {
  if ((await countAttempt(db, tenantId, keys.address, limits.perAddress, now)) > limits.perAddress.max) {
    throw refused(limits.perAddress, now);
  }
  if ((await countAttempt(db, tenantId, keys.account, limits.perAccount, now)) > limits.perAccount.max) {
    throw refused(limits.perAccount, now);
  }
}

export async function giveBackAttempt(
  db: Db,
  tenantId: string,
  keys: AttemptKeys,
  limits: AttemptLimits,
  now = new Date(),
): Promise<void> {
  await refundAttempt(db, tenantId, keys.address, limits.perAddress, now);
  await refundAttempt(db, tenantId, keys.account, limits.perAccount, now);
}

/**
 * Signing in as the HTTP routes do it: within the rate limits per client address and per
 * account; a successful sign-in does not use up the allowance.
 */
export async function signInWithinLimits(db: Db, tenantId: string, clientIp: string, email: string, password: string, now = new Date()) {
  const keys = attemptKeys('sign-in', clientIp, email);
  // Now and then a sign-in sweeps out windows that ended a day ago, so the table stays small
  // without a scheduler; any process may do it, and doing it twice is harmless.
  if (Math.random() < 0.01) await deleteOldCounters(db, new Date(now.getTime() - 24 * 60 * 60 * 1000));
  await takeAttempt(db, tenantId, keys, SIGN_IN_LIMITS, now);
  const result = await signIn(db, tenantId, email, password, now);
  await giveBackAttempt(db, tenantId, keys, SIGN_IN_LIMITS, now);
  return result;
}
