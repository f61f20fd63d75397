/** Saving template versions; the shipped Göteborg template as a tenant's first. */
import { recordChange } from '../audit-log/audit-log.store.ts';
import type { Actor } from '../auth/roles.ts';
import type { Db } from '../db/connection.ts';
import { AppError } from '../http/errors.ts';
import { assertCan } from '../http/route.ts';
import { describeIssues } from '../http/validation.ts';
import { DEFAULT_TEMPLATE_KEY, DEFAULT_TEMPLATE_NAME, GOTEBORG_INTERIM_TEMPLATE } from './goteborg-interim.template.ts';
import { TemplateDefinitionSchema } from './template.schemas.ts';
import { currentTemplate, insertTemplateVersion } from './template.store.ts';
import { definitionProblems, type ReportTemplate } from './template.ts';

export interface SaveTemplateInput {
  key: string;
  name: string;
  definition: unknown;
}

/** Saves the next version of a template; reports already made keep the version they pinned. */
export async function saveTemplateVersion(trx: Db, actor: Actor, tenantId: string, input: SaveTemplateInput): Promise<ReportTemplate> {
  assertCan(actor, 'report-template.manage');
  const parsed = TemplateDefinitionSchema.safeParse(input.definition);
  if (!parsed.success) throw new AppError('invalid_input', describeIssues(parsed.error));
  const problems = definitionProblems(parsed.data);
  if (problems.length > 0) throw new AppError('invalid_input', `Mallen går inte att använda: ${problems.join(' ')}`, { problems });
  const saved = await insertTemplateVersion(trx, tenantId, { key: input.key, name: input.name, definition: parsed.data });
  await recordChange(trx, actor, {
    action: 'report-template.save',
    entityType: 'report-template',
    entityId: saved.id,
    after: { key: saved.key, version: saved.version, name: saved.name },
  });
  return saved;
}

/** The tenant's interim-report template, installing the shipped Göteborg template when it has none. */
export async function ensureDefaultTemplate(trx: Db, actor: Actor, tenantId: string): Promise<ReportTemplate> {
  const existing = await currentTemplate(trx, tenantId, DEFAULT_TEMPLATE_KEY);
  if (existing) return existing;
  const saved = await insertTemplateVersion(trx, tenantId, { key: DEFAULT_TEMPLATE_KEY, name: DEFAULT_TEMPLATE_NAME, definition: GOTEBORG_INTERIM_TEMPLATE });
  await recordChange(trx, actor, {
    action: 'report-template.install-default',
    entityType: 'report-template',
    entityId: saved.id,
    after: { key: saved.key, version: saved.version, name: saved.name },
  });
  return saved;
}
