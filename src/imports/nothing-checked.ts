/**
 * Whether a check of an import said anything. "No findings" is reassurance only when the
 * importer read a document it recognised; for random bytes, a Word file or a scanned PDF it
 * would be false comfort, so the user is told plainly that nothing could be checked.
 */
import type { ImportResult } from './import-result.ts';

/** Why nothing in the import could be checked (Swedish), or null when it could. */
export function whyNothingChecked(result: ImportResult): string | null {
  if (result.warnings.some((w) => w.unreadable)) {
    return 'Ingenting kunde granskas: filen gick inte att läsa som text. Uppsikt läser PDF-filer med textlager och textfiler, inte Word-filer eller skannade sidor.';
  }
  const recognised =
    result.parts.some((p) => p.kind !== 'report') || result.report.sections.length > 0 || result.report.tables.length > 0 || result.proposal.length > 0;
  if (!recognised) {
    return 'Ingenting kunde granskas: varken ärendedelar (yrkande, yttrande, tjänsteutlåtande), numrerade avsnitt eller tabeller kändes igen i texten.';
  }
  return null;
}
