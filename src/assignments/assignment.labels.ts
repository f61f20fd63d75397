import type { Translate } from '../i18n/messages.ts';
import type { Assignment } from './assignment.ts';
import type { AssignmentStatus } from './assignment-status.ts';

/** How reports write an origin: "Kommunfullmäktiges budget 2023", "KF 2022-12-08, punkt 1", "KS 2022-12-14". */
export function originLabel(t: Translate, a: Pick<Assignment, 'origin' | 'originYear' | 'originDecidedOn' | 'originReference'>): string {
  if (a.origin === 'council-budget') return `${t('origin.council-budget')} ${a.originYear ?? ''}`.trim();
  const body = t(a.origin === 'council' ? 'origin.short.council' : 'origin.short.board');
  const when = [body, a.originDecidedOn].filter(Boolean).join(' ');
  return a.originReference ? `${when}, ${a.originReference}` : when;
}

export const statusLabel = (t: Translate, status: AssignmentStatus) => t(`status.${status}`);
