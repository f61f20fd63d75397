import type { Selectable } from 'kysely';
import type { Db } from '../db/connection.ts';
import type { ReportTemplatesTable } from './report.table.ts';
import type { ReportTemplate, TemplateDefinition } from './template.ts';

const toTemplate = (r: Selectable<ReportTemplatesTable>): ReportTemplate => ({
  id: r.id,
  key: r.key,
  version: r.version,
  name: r.name,
  definition: r.definition as TemplateDefinition,
  createdAt: r.created_at,
});

export async function findTemplate(db: Db, tenantId: string, id: string): Promise<ReportTemplate | undefined> {
  const row = await db.selectFrom('report_templates').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  return row ? toTemplate(row) : undefined;
}

/** The newest version of a template: what new reports are made from. */
export async function currentTemplate(db: Db, tenantId: string, key: string): Promise<ReportTemplate | undefined> {
  const row = await db
    .selectFrom('report_templates')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('key', '=', key)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? toTemplate(row) : undefined;
}

/** Every version of every template, newest version first within a key. */
export async function listTemplates(db: Db, tenantId: string): Promise<ReportTemplate[]> {
  const rows = await db.selectFrom('report_templates').selectAll().where('tenant_id', '=', tenantId).orderBy('key').orderBy('version', 'desc').execute();
  return rows.map(toTemplate);
}

/** Saves the next version of a template key (version 1 for a new key). */
export async function insertTemplateVersion(trx: Db, tenantId: string, input: { key: string; name: string; definition: TemplateDefinition }): Promise<ReportTemplate> {
  const latest = await currentTemplate(trx, tenantId, input.key);
  const row = await trx
    .insertInto('report_templates')
    .values({
      tenant_id: tenantId,
      key: input.key,
      version: (latest?.version ?? 0) + 1,
      name: input.name,
      definition: JSON.stringify(input.definition),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toTemplate(row);
}
