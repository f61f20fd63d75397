/**
 * `uppsikt import FILE --save [--tenant <id>] [--cycle <namn>] [--organisation <namn>] [--create-organisations] [--json]`:
 * what the importer read, stored in a tenant in one transaction. The database comes from the
 * command's I/O (`openDatabase`), so the CLI and tests share this code.
 *
 * Exit codes: 0 saved (or everything already present), 1 refused (nothing saved), 2 usage or
 * no database.
 */
import type { Actor } from '../../auth/roles.ts';
import type { Db } from '../../db/connection.ts';
import { AppError } from '../../http/errors.ts';
import { findTenant, listTenants } from '../../tenants/tenant.store.ts';
import type { Tenant } from '../../tenants/tenant.ts';
import type { CommandIo } from '../import.command.ts';
import type { ImportResult } from '../import-result.ts';
import { saveImport } from './save-import.commands.ts';
import type { SaveArgs } from './save-args.ts';
import { saveSummaryText } from './save-summary.ts';
import { unsureNote } from '../import-summary.ts';

async function chooseTenant(db: Db, wanted: string | null): Promise<Tenant | string> {
  if (wanted) return (await findTenant(db, wanted)) ?? `Kommunen "${wanted}" finns inte i databasen.`;
  const tenants = await listTenants(db);
  if (tenants.length === 1) return tenants[0]!;
  if (tenants.length === 0) return 'Databasen har ingen kommun att spara i. Lägg upp en, eller ladda demokommunen med "uppsikt seed-demo".';
  return `Databasen har flera kommuner; ange vilken med --tenant <id> (${tenants.map((t) => t.id).join(', ')}).`;
}

export async function runSave(result: ImportResult, options: { fileName: string; json: boolean; args: SaveArgs }, io: CommandIo): Promise<number> {
  if (!io.openDatabase) {
    io.stderr('--save behöver en databas, men ingen finns att tillgå här.\n');
    return 2;
  }
  const handle = await io.openDatabase();
  try {
    const tenant = await chooseTenant(handle.db, options.args.tenant);
    if (typeof tenant === 'string') {
      io.stderr(`${tenant}\n`);
      return 2;
    }
    const actor: Actor = { kind: 'system', tenantId: tenant.id, label: `uppsikt import ${options.fileName}` };
    const summary = await handle.db.transaction().execute((trx) =>
      saveImport(trx, actor, tenant, result, {
        fileName: options.fileName,
        createOrganisations: options.args.createOrganisations,
        cycle: options.args.cycle,
        organisation: options.args.organisation,
      }),
    );
    io.stdout(options.json ? `${JSON.stringify(summary, null, 2)}\n` : saveSummaryText(summary));
    io.stderr(unsureNote(result.warnings.length, options.fileName));
    return 0;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    io.stderr(`${error.message}\n`);
    return 1;
  } finally {
    await handle.close();
  }
}
