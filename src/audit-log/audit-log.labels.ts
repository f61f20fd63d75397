/**
 * Names for the audit log's entity types and actions. The log stores ids; a person reads the
 * catalogue's name, and an id the catalogue does not know yet (a new kind of change) shows as
 * itself rather than not at all.
 */
import { hasMessage, type Translate } from '../i18n/messages.ts';

export function auditActionLabel(t: Translate, action: string): string {
  const key = `audit.action.${action}`;
  return hasMessage(key) ? t(key) : action;
}

export function auditEntityLabel(t: Translate, entityType: string): string {
  const key = `audit.entity.${entityType}`;
  return hasMessage(key) ? t(key) : entityType;
}
