/**
 * Answers as quantities a formula or a total can use: counts as they are, amounts in kronor,
 * yes as 1 and no as 0. "Oklart" is unknown and an absent answer is missing, never zero.
 */
import { toKronor, type Answer } from './answer.ts';
import { MISSING, quantity, UNDEFINED, UNKNOWN, type Quantity } from './formula.ts';
import type { Question } from './question.ts';

export function answerQuantity(question: Question, answer: Answer | undefined, part: 'value' | 'amount' = 'value'): Quantity {
  if (answer === undefined) return MISSING;
  if (answer.kind === 'unknown') return UNKNOWN;
  switch (answer.kind) {
    case 'number':
    case 'percent':
      return part === 'value' ? quantity(answer.value) : UNDEFINED;
    case 'amount':
      return part === 'value' ? quantity(toKronor(answer)) : UNDEFINED;
    case 'yes-no':
      return part === 'value' ? quantity(answer.value ? 1 : 0) : UNDEFINED;
    case 'count-with-amount':
      if (part === 'value') return answer.count === 'unknown' ? UNKNOWN : quantity(answer.count);
      if (answer.amount === 'unknown') return UNKNOWN;
      // No amount stated: nothing to recover when there were no claims, otherwise not told.
      if (answer.amount === null) return answer.count === 0 ? quantity(0) : answer.count === 'unknown' ? UNKNOWN : MISSING;
      return quantity(toKronor(answer.amount));
    default:
      return UNDEFINED;
  }
}

/** The sum of quantities: any unknown or missing part makes the sum so, with the known parts' sum beside. */
export function sumQuantities(parts: readonly Quantity[]): { total: Quantity; known: number } {
  let known = 0;
  let unknown = false;
  let missing = false;
  for (const part of parts) {
    if (part.kind === 'value') known += part.value;
    else if (part.kind === 'unknown') unknown = true;
    else if (part.kind === 'missing') missing = true;
  }
  known = Math.round(known * 1e6) / 1e6;
  return { total: unknown ? UNKNOWN : missing ? MISSING : quantity(known), known };
}
