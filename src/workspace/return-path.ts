import { WORKSPACE_BASE } from './staff-routes.ts';

/**
 * Where to send someone after signing in: only a path inside the workspace, so a crafted
 * link cannot bounce a fresh session to another site (`//evil.example`, `/\evil.example`).
 */
export function safeReturnPath(asked: string | undefined | null): string {
  if (!asked) return WORKSPACE_BASE;
  if (!/^\/arbete(?:[/?#]|$)/.test(asked) || asked.includes('//') || asked.includes('\\') || /[\u0000-\u001f]/.test(asked)) {
    return WORKSPACE_BASE;
  }
  return asked;
}
