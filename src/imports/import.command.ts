/**
 * `uppsikt import FILE [--json]` and `uppsikt check FILE [--json]`. The command owns the I/O
 * (given as `io`, so the CLI and tests share it); the import itself is pure but for the PDF
 * library's asynchrony.
 *
 * Exit codes: 0 done (check: no errors found), 1 check found errors (import --save: refused,
 * nothing saved), 2 usage or unreadable file (check: also a file in which nothing was recognised).
 */
import type { Db } from '../db/connection.ts';
import { importDocument } from './import-document.ts';
import { findingsReport, importSummary, unsureNote, warningsReport } from './import-summary.ts';
import { whyNothingChecked } from './nothing-checked.ts';
import { readSaveArgs, SAVE_USAGE } from './save/save-args.ts';

export interface CommandIo {
  stdout(s: string): void;
  stderr(s: string): void;
  readFile(path: string): Promise<Buffer | Uint8Array>;
  /** A migrated database, for `import --save`; absent where there is none. */
  openDatabase?(): Promise<{ db: Db; close(): Promise<void> }>;
}

const IMPORT_USAGE = `Användning: uppsikt import FIL [--json] [--save …]\n  Läser en PDF eller textfil (ärende, delårsrapport) och visar vad som hittades.\n  --json                  skriv hela resultatet som JSON (UTF-8) på standard ut\n${SAVE_USAGE}`;
const CHECK_USAGE = 'Användning: uppsikt check FIL [--json]\n  Granskar en PDF eller textfil: summor, tecken, text mot tabell, hänvisningar, mallfält.\n  --json  skriv fynden som JSON-lista på standard ut\n';

interface Parsed {
  file: string | null;
  json: boolean;
  help: boolean;
  error: string | null;
}

function parseArgs(args: string[]): Parsed {
  const parsed: Parsed = { file: null, json: false, help: false, error: null };
  for (const arg of args) {
    if (arg === '--json') parsed.json = true;
    else if (arg === '--help' || arg === '-h') parsed.help = true;
    else if (arg.startsWith('-')) parsed.error = `Okänd flagga: ${arg}`;
    else if (parsed.file) parsed.error = `En fil i taget (fick både ${parsed.file} och ${arg}).`;
    else parsed.file = arg;
  }
  if (!parsed.error && !parsed.help && !parsed.file) parsed.error = 'Ange filen som ska läsas.';
  return parsed;
}

async function load(parsed: Parsed, io: CommandIo, usage: string) {
  if (parsed.help) {
    io.stdout(usage);
    return null;
  }
  if (parsed.error) {
    io.stderr(`${parsed.error}\n${usage}`);
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(parsed.file!);
  } catch (error) {
    io.stderr(`Kunde inte läsa ${parsed.file}: ${(error as Error).message}\n`);
    return 2;
  }
  return importDocument(bytes, { fileName: parsed.file });
}

export async function runImport(args: string[], io: CommandIo): Promise<number> {
  const save = readSaveArgs(args);
  const parsed = parseArgs(save.rest);
  parsed.error ??= save.error;
  const result = await load(parsed, io, IMPORT_USAGE);
  if (result === null) return 0;
  if (typeof result === 'number') return result;
  // Saving loads the reports, registry and decisions; reading alone stays light.
  if (save.save) return (await import('./save/save.command.ts')).runSave(result, { fileName: parsed.file!, json: parsed.json, args: save }, io);
  io.stdout(parsed.json ? `${JSON.stringify(result, null, 2)}\n` : importSummary(result));
  return 0;
}

export async function runCheck(args: string[], io: CommandIo): Promise<number> {
  const parsed = parseArgs(args);
  const result = await load(parsed, io, CHECK_USAGE);
  if (result === null) return 0;
  if (typeof result === 'number') return result;
  // "No findings" on a file that was not read would be false comfort: say so, and fail.
  const unchecked = whyNothingChecked(result);
  if (unchecked) {
    io.stderr(`${warningsReport(result.warnings)}${unchecked}\n`);
    return 2;
  }
  if (parsed.json) io.stdout(`${JSON.stringify(result.findings, null, 2)}\n`);
  else {
    io.stdout(findingsReport(result.findings));
    io.stderr(unsureNote(result.warnings.length, parsed.file!));
  }
  return result.findings.some((f) => f.severity === 'error') ? 1 : 0;
}
