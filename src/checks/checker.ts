/**
 * The report checker: every rule family run over one CheckDocument, findings listed in the
 * order a reader meets them. Pure: no I/O, the same document always gives the same findings.
 */
import type { CheckDocument, Finding, FindingKind } from './check-document.ts';
import { arithmeticRule } from './arithmetic.rule.ts';
import { consolidationRule } from './consolidation.rule.ts';
import { crossReferenceRule } from './cross-reference.rule.ts';
import { crossTableRule } from './cross-table.rule.ts';
import { indexDocument } from './document-index.ts';
import { draftNoteRule } from './draft-note.rule.ts';
import { proseReader, type Rule } from './finding.ts';
import { numberingRule } from './numbering.rule.ts';
import { placeholderRule } from './placeholder.rule.ts';
import { roundingRule } from './rounding.rule.ts';
import { signRule } from './sign.rule.ts';
import { textTableRule } from './text-table.rule.ts';

export interface CheckOptions {
  /** Run only these kinds of rules (all when absent). */
  kinds?: readonly FindingKind[];
}

const RULES: readonly { kind: FindingKind; rule: Rule }[] = [
  { kind: 'arithmetic', rule: arithmeticRule },
  { kind: 'arithmetic', rule: signRule },
  { kind: 'arithmetic', rule: consolidationRule },
  { kind: 'cross-table', rule: crossTableRule },
  { kind: 'text-table', rule: textTableRule },
  { kind: 'rounding', rule: roundingRule },
  { kind: 'placeholder', rule: placeholderRule },
  { kind: 'draft-note', rule: draftNoteRule },
  { kind: 'cross-reference', rule: crossReferenceRule },
  { kind: 'numbering', rule: numberingRule },
];

export function checkDocument(doc: CheckDocument, options: CheckOptions = {}): Finding[] {
  const index = indexDocument(doc);
  const context = { doc, index, prose: proseReader() };
  const findings = RULES.filter(({ kind }) => !options.kinds || options.kinds.includes(kind)).flatMap(({ rule }) => rule(context));
  const positioned = findings.map((finding, order) => ({ finding, order, position: index.position(finding) }));
  positioned.sort((a, b) => a.position[0] - b.position[0] || a.position[1] - b.position[1] || a.order - b.order);
  return positioned.map(({ finding }) => finding);
}
