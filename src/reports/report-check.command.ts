/**
 * `uppsikt check report.json`: checks a report saved from `GET /api/v1/reports/{id}` without a
 * database. For the CLI (src/cli.ts) to call when the file is such a report; PDF and text go
 * through the importer. Never throws on a bad file: it says what it could not read.
 *
 * Exit codes as `uppsikt check`: 0 no errors found, 1 errors found, 2 unreadable file.
 */
import type { Finding } from '../checks/check-document.ts';
import { checkDocument } from '../checks/checker.ts';
import { tn } from '../i18n/messages.ts';
import { toCheckDocument } from './report-check.ts';
import { REPORT_DOCUMENT_FORMAT, type ReportDocument } from './report-document.ts';

export interface ReportCheckIo {
  stdout(s: string): void;
  stderr(s: string): void;
}

function text(bytes: Uint8Array | string): string {
  const raw = typeof bytes === 'string' ? bytes : new TextDecoder('utf-8').decode(bytes);
  return raw.replace(/^\uFEFF/, '');
}

function parse(bytes: Uint8Array | string): unknown {
  try {
    return JSON.parse(text(bytes));
  } catch {
    return undefined;
  }
}

/** Whether the bytes are a report exported as JSON by the API (worth trying before PDF/text). */
export function isReportJson(bytes: Uint8Array | string): boolean {
  const head = text(bytes).trimStart();
  if (!head.startsWith('{')) return false;
  const data = parse(bytes) as { format?: unknown } | undefined;
  return data?.format === REPORT_DOCUMENT_FORMAT;
}

export interface ReportCheckResult {
  document: ReportDocument | null;
  findings: Finding[];
  /** What could not be read (empty when all went well). */
  warnings: string[];
}

export function checkReportJson(bytes: Uint8Array | string): ReportCheckResult {
  const data = parse(bytes) as Partial<ReportDocument> | undefined;
  if (data === undefined) return { document: null, findings: [], warnings: ['Filen är inte giltig JSON.'] };
  if (data.format !== REPORT_DOCUMENT_FORMAT || !Array.isArray(data.sections)) {
    return { document: null, findings: [], warnings: [`Filen är inte en rapport från Uppsikt (format "${REPORT_DOCUMENT_FORMAT}" saknas).`] };
  }
  const document = data as ReportDocument;
  try {
    return { document, findings: checkDocument(toCheckDocument(document)), warnings: [] };
  } catch (error) {
    return { document, findings: [], warnings: [`Rapporten kunde inte läsas helt: ${(error as Error).message}`] };
  }
}

/** One finding per line, as `uppsikt check` prints them. */
export function formatFindings(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'Inga fynd.\n';
  const lines = findings.map((f) => {
    const where = [f.where.section ? `avsnitt ${f.where.section}` : null, f.where.block, f.where.row, f.where.column].filter(Boolean).join(', ');
    return `${f.severity === 'error' ? 'FEL' : 'VARNING'}  ${where}: ${f.message}`;
  });
  const errors = findings.filter((f) => f.severity === 'error').length;
  return `${lines.join('\n')}\n\n${tn('sv', 'count.error', errors)}, ${tn('sv', 'count.warning', findings.length - errors)}.\n`;
}

/** The whole command for a report JSON: prints the findings (or JSON with `json`), returns the exit code. */
export function runReportCheck(bytes: Uint8Array | string, options: { json: boolean; fileName?: string }, io: ReportCheckIo): number {
  const result = checkReportJson(bytes);
  if (result.document === null || result.warnings.length > 0) {
    for (const warning of result.warnings) io.stderr(`${options.fileName ? `${options.fileName}: ` : ''}${warning}\n`);
    if (result.document === null) return 2;
  }
  io.stdout(options.json ? `${JSON.stringify(result.findings, null, 2)}\n` : formatFindings(result.findings));
  return result.findings.some((f) => f.severity === 'error') ? 1 : 0;
}
