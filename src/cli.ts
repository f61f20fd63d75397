/**
 * `uppsikt <command>`: start | serve | migrate | seed-demo | export | import-json | import | check.
 * Returns the exit code; every failure prints a message and exits non-zero.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { readConfig, type Config } from './config.ts';
import { connect, refreshPlannerStatistics, type DatabaseHandle } from './db/connection.ts';
import { migrateToLatest } from './db/migrate.ts';
import type { CommandIo } from './imports/import.command.ts';
import { tn } from './i18n/messages.ts';

// Each command loads only what it needs: `uppsikt check` starts fast and needs no web server.
const server = () => import('./server.ts');
const demo = () => import('./demo/seed-demo.ts');
const exchange = () => import('./exchange/tenant-export.ts');
const imports = () => import('./imports/import.command.ts');

const HELP = `Uppsikt – planering, uppföljning och beslut för kommuner

Användning: uppsikt <kommando> [flaggor]

  start                 migrera, ladda demodata i en tom inbäddad databas, starta webbservern
  serve                 migrera och starta webbservern (port från PORT, standard 3000)
  migrate               kör databasmigreringar
  seed-demo             ladda demokommunen (Göteborg, augusti 2023), även i en DATABASE_URL-databas
  create-tenant --id <id> --name <namn> --admin-email <e-post> [--admin-name <namn>]
                [--hostname <värdnamn> …] [--dnr-format <format> …]
                        lägg upp en kommun med fullmäktige, styrelse och en första administratör
                        (som får en engångslänk för att välja lösenord)
  export --tenant <id>  skriv all data för en kommun som JSON (till --out eller standard ut)
  import-json <fil>     läs in en export (- för standard in)
  import <fil> [--json] läs ett publicerat ärende eller en delårsrapport (PDF eller text) och visa vad som hittades
    --save [--tenant <id>] [--cycle <namn>] [--organisation <namn>] [--create-organisations]
                        … och spara det i kommunens data (uppdrag slås ihop på dnr, historiken behålls)
  check <fil> [--json]  granska en rapport (PDF eller text): summor, tecken, text mot tabell, hänvisningar

Miljö: DATABASE_URL (PostgreSQL; annars inbäddad PGlite i UPPSIKT_DATA_DIR, standard ./data),
PORT, UPPSIKT_DEMO=0 (ingen demodata vid start), UPPSIKT_DEFAULT_TENANT, UPPSIKT_PUBLIC_URL.`;

async function open(config: Config): Promise<DatabaseHandle> {
  return connect({ url: config.databaseUrl, dataDir: config.dataDir });
}

async function withDatabase<T>(config: Config, fn: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const handle = await open(config);
  try {
    await migrateToLatest(handle.db);
    return await fn(handle);
  } finally {
    await handle.close();
  }
}

const fileIo: CommandIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readFile: (path) => readFile(path),
};

/** File access plus, for `import --save`, a migrated database opened only when asked for. */
const withOpenDatabase = (config: Config): CommandIo => ({
  ...fileIo,
  openDatabase: async () => {
    const handle = await open(config);
    await migrateToLatest(handle.db);
    return handle;
  },
});

const commands: Record<string, (args: string[], config: Config) => Promise<number>> = {
  import: async (args, config) => (await imports()).runImport(args, withOpenDatabase(config)),
  async check(args) {
    // A report saved from the API (GET /api/v1/reports/{id}) is checked as it stands; PDF and
    // text go through the importer first.
    const file = args.find((a) => !a.startsWith('-'));
    if (file) {
      const { isReportJson, runReportCheck } = await import('./reports/report-check.command.ts');
      const bytes = await readFile(file).catch(() => undefined);
      if (bytes && isReportJson(bytes)) return runReportCheck(bytes, { json: args.includes('--json'), fileName: file }, fileIo);
    }
    return (await imports()).runCheck(args, fileIo);
  },

  async start(_args, config) {
    const handle = await open(config);
    await migrateToLatest(handle.db);
    // Demo data goes only into an embedded database that is still empty: never over real data,
    // never into a server database unless asked with `uppsikt seed-demo`.
    const { hasAnyTenant } = await import('./tenants/tenant.store.ts');
    if (config.demo && !config.databaseUrl && !(await hasAnyTenant(handle.db))) {
      console.log('Tom databas: laddar demokommunen Göteborgs Stad (augusti 2023) …');
      await (await demo()).seedDemo(handle.db);
    }
    await refreshPlannerStatistics(handle);
    const { closeOnSignals, startServer } = await server();
    closeOnSignals(await startServer(handle, config), handle);
    return 0;
  },

  async serve(_args, config) {
    const handle = await open(config);
    await migrateToLatest(handle.db);
    await refreshPlannerStatistics(handle);
    const { closeOnSignals, startServer } = await server();
    closeOnSignals(await startServer(handle, config), handle);
    return 0;
  },

  async migrate(_args, config) {
    return withDatabase(config, async () => {
      console.log('Databasen är migrerad.');
      return 0;
    });
  },

  async 'seed-demo'(_args, config) {
    return withDatabase(config, async ({ db }) => {
      const { tenantId } = await (await demo()).seedDemo(db);
      console.log(`Demokommunen "${tenantId}" är inläst.`);
      return 0;
    });
  },

  async 'create-tenant'(args, config) {
    const { values } = parseArgs({
      args,
      options: {
        id: { type: 'string' },
        name: { type: 'string' },
        hostname: { type: 'string', multiple: true },
        'dnr-format': { type: 'string', multiple: true },
        'admin-email': { type: 'string' },
        'admin-name': { type: 'string' },
      },
    });
    if (!values.id || !values.name || !values['admin-email']) throw new UsageError('create-tenant behöver --id, --name och --admin-email');
    return withDatabase(config, async ({ db }) => {
      const { setUpTenant } = await import('./tenants/tenant.commands.ts');
      const { tenant } = await db.transaction().execute((trx) =>
        setUpTenant(
          trx,
          {
            id: values.id!,
            name: values.name!,
            hostnames: values.hostname ?? [],
            dnrFormats: values['dnr-format'] ?? ['{seq:4}/{yy}'],
            adminEmail: values['admin-email']!,
            adminName: values['admin-name'] ?? values['admin-email']!,
          },
          { publicUrl: config.publicUrl, log: (message) => console.log(message) },
        ),
      );
      console.log(`Kommunen "${tenant.id}" (${tenant.name}) är upplagd. Administratören väljer lösenord med länken ovan.`);
      return 0;
    });
  },

  async export(args, config) {
    const { values } = parseArgs({ args, options: { tenant: { type: 'string' }, out: { type: 'string' } } });
    if (!values.tenant) throw new UsageError('export behöver --tenant <id>');
    return withDatabase(config, async ({ db }) => {
      const json = JSON.stringify(await (await exchange()).exportTenant(db, values.tenant!), null, 2);
      if (values.out) await writeFile(values.out, json);
      else process.stdout.write(`${json}\n`);
      return 0;
    });
  },

  async 'import-json'(args, config) {
    const file = args[0];
    if (!file) throw new UsageError('import-json behöver en fil (eller - för standard in)');
    const text = file === '-' ? await readStdin() : await readFile(file, 'utf8');
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      throw new UsageError(`${file} är inte giltig JSON`);
    }
    return withDatabase(config, async (handle) => {
      const { tenantId, rows } = await (await exchange()).importTenant(handle.db, data);
      await refreshPlannerStatistics(handle);
      console.log(`Kommunen "${tenantId}" är inläst (${tn('sv', 'count.line', rows)}).`);
      return 0;
    });
  },
};

class UsageError extends Error {}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    console.log(HELP);
    return name ? 0 : 1;
  }
  const command = commands[name];
  if (!command) {
    console.error(`Okänt kommando "${name}".\n\n${HELP}`);
    return 2;
  }
  try {
    return await command(args, readConfig());
  } catch (error) {
    console.error(error instanceof UsageError ? `Fel: ${error.message}` : `Fel: ${(error as Error).message}`);
    if (!(error instanceof UsageError) && process.env.UPPSIKT_DEBUG) console.error(error);
    return error instanceof UsageError ? 2 : 1;
  }
}
