import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Migrator, sql, type Migration, type MigrationProvider, type MigrationResultSet } from 'kysely';
import type { Db } from './connection.ts';

const folder = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

/** Timestamped migration files in `src/db/migrations`, applied in name order. */
class FolderMigrationProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    const migrations: Record<string, Migration> = {};
    const files = readdirSync(folder).filter((f) => /^\d{8}T\d{4}_[a-z0-9_]+\.ts$/.test(f)).sort();
    for (const file of files) {
      migrations[file.replace(/\.ts$/, '')] = (await import(pathToFileURL(join(folder, file)).href)) as Migration;
    }
    return migrations;
  }
}

export async function migrateToLatest(db: Db): Promise<MigrationResultSet> {
  // Kysely looks for its bookkeeping tables in `public` unless told otherwise; a database used
  // through another schema (each test run on PostgreSQL has its own) must keep them there too.
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  const schema = rows[0]?.schema;
  const migrator = new Migrator({
    db,
    provider: new FolderMigrationProvider(),
    ...(schema && schema !== 'public' ? { migrationTableSchema: schema } : {}),
  });
  let result = await migrator.migrateToLatest();
  // Kysely checks for its bookkeeping tables by reading the columns of every schema in the
  // database; another schema dropped meanwhile (PostgreSQL tests run side by side, each in its
  // own) fails that read with invalid_schema_name although nothing is wrong with ours.
  for (let retry = 0; retry < 3 && isSchemaGone(result.error); retry++) result = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error');
    const error = result.error instanceof Error ? result.error : new Error(String(result.error));
    error.message = `Migration ${failed?.migrationName ?? '?'} failed: ${error.message}`;
    throw error;
  }
  return result;
}

function isSchemaGone(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '3F000';
}
