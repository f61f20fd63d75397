/** Rules of password reset and of new passwords, without I/O. */

/** A reset link works for an hour, once. */
export const RESET_LINK_TTL_MS = 60 * 60 * 1000;

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 1000;

/** Why a new password is refused, or undefined when it is acceptable (Swedish, for the form). */
export function passwordProblem(password: string, repeated: string, email: string): string | undefined {
  if (password !== repeated) return 'Lösenorden är inte likadana.';
  if ([...password].length < MIN_PASSWORD_LENGTH) return `Lösenordet måste ha minst ${MIN_PASSWORD_LENGTH} tecken. En mening med flera ord fungerar bra.`;
  if (password.length > MAX_PASSWORD_LENGTH) return 'Lösenordet är för långt.';
  if (password.trim().toLowerCase() === email.trim().toLowerCase()) return 'Lösenordet får inte vara din e-postadress.';
  return undefined;
}

export function resetLink(publicUrl: string, token: string): string {
  return `${publicUrl}/arbete/losenord/nytt?token=${encodeURIComponent(token)}`;
}
