/**
 * Derived rows as formulas over answers, written the way a controller thinks of them:
 * `utbetalt / ansokningar` (average payout in kronor), `100 * avslag / ansokningar` (refusal
 * share in percent). Identifiers are question keys; `key.amount` is the amount of a count
 * with an amount. Amounts enter in kronor.
 *
 * An unknown input makes the result unknown, never zero; a missing answer makes it missing; a
 * division by zero has no value. Parsing never throws: errors come back with their position.
 */

export type Formula =
  | { type: 'number'; value: number }
  | { type: 'ref'; key: string; part: 'value' | 'amount' }
  | { type: 'negate'; operand: Formula }
  | { type: 'binary'; op: '+' | '-' | '*' | '/'; left: Formula; right: Formula };

export type FormulaParse = { ok: true; formula: Formula; refs: FormulaRef[] } | { ok: false; message: string; position: number };

export interface FormulaRef {
  key: string;
  part: 'value' | 'amount';
}

/** What an input or a result is: a figure, a known-unknown, no answer yet, or no value (÷ 0). */
export type Quantity = { kind: 'value'; value: number } | { kind: 'unknown' } | { kind: 'missing' } | { kind: 'undefined' };

export const UNKNOWN: Quantity = { kind: 'unknown' };
export const MISSING: Quantity = { kind: 'missing' };
export const UNDEFINED: Quantity = { kind: 'undefined' };
export const quantity = (value: number): Quantity => ({ kind: 'value', value });

type Token = { kind: 'number'; value: number; at: number } | { kind: 'ident'; text: string; at: number } | { kind: 'symbol'; text: string; at: number };

function tokenize(text: string): Token[] | { message: string; position: number } {
  const tokens: Token[] = [];
  const pattern = /\s*(?:(\d+(?:[.,]\d+)?)|([a-z][a-z0-9_]*(?:\.[a-z]+)?)|([-+*/()]))/y;
  let at = 0;
  while (at < text.length) {
    if (/^\s*$/.test(text.slice(at))) break;
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (!match) {
      const position = at + (/^\s*/.exec(text.slice(at))?.[0].length ?? 0);
      return { message: `Oväntat tecken "${text[position]}" i formeln.`, position };
    }
    const start = match.index + match[0].length - (match[1] ?? match[2] ?? match[3])!.length;
    if (match[1] !== undefined) tokens.push({ kind: 'number', value: Number(match[1].replace(',', '.')), at: start });
    else if (match[2] !== undefined) tokens.push({ kind: 'ident', text: match[2], at: start });
    else tokens.push({ kind: 'symbol', text: match[3]!, at: start });
    at = pattern.lastIndex;
  }
  return tokens;
}

export function parseFormula(text: string): FormulaParse {
  const tokens = tokenize(text);
  if (!Array.isArray(tokens)) return { ok: false, ...tokens };
  let i = 0;
  const refs: FormulaRef[] = [];
  class Stop {
    constructor(readonly message: string, readonly position: number) {}
  }
  const peek = () => tokens[i];
  const end = text.length;

  function expression(): Formula {
    let left = term();
    for (let t = peek(); t?.kind === 'symbol' && (t.text === '+' || t.text === '-'); t = peek()) {
      i++;
      left = { type: 'binary', op: t.text, left, right: term() };
    }
    return left;
  }
  function term(): Formula {
    let left = factor();
    for (let t = peek(); t?.kind === 'symbol' && (t.text === '*' || t.text === '/'); t = peek()) {
      i++;
      left = { type: 'binary', op: t.text, left, right: factor() };
    }
    return left;
  }
  function factor(): Formula {
    const t = peek();
    if (!t) throw new Stop('Formeln slutar för tidigt.', end);
    i++;
    if (t.kind === 'number') return { type: 'number', value: t.value };
    if (t.kind === 'ident') {
      const [key, part] = t.text.split('.') as [string, string | undefined];
      if (part !== undefined && part !== 'amount') throw new Stop(`"${t.text}": efter punkten kan bara "amount" stå.`, t.at);
      const ref: FormulaRef = { key, part: part === 'amount' ? 'amount' : 'value' };
      if (!refs.some((r) => r.key === ref.key && r.part === ref.part)) refs.push(ref);
      return { type: 'ref', ...ref };
    }
    if (t.text === '-') return { type: 'negate', operand: factor() };
    if (t.text === '(') {
      const inner = expression();
      const close = peek();
      if (close?.kind !== 'symbol' || close.text !== ')') throw new Stop('En parentes stängs inte.', close?.at ?? end);
      i++;
      return inner;
    }
    throw new Stop(`Oväntat "${t.text}" i formeln.`, t.at);
  }

  try {
    if (tokens.length === 0) return { ok: false, message: 'Formeln är tom.', position: 0 };
    const formula = expression();
    const rest = peek();
    if (rest) return { ok: false, message: `Oväntat "${rest.kind === 'number' ? rest.value : rest.kind === 'ident' ? rest.text : rest.text}" i formeln.`, position: rest.at };
    return { ok: true, formula, refs };
  } catch (error) {
    if (error instanceof Stop) return { ok: false, message: error.message, position: error.position };
    throw error;
  }
}

/** Combines inputs: unknown wins over missing, missing over no value. */
function combine(a: Quantity, b: Quantity, op: (x: number, y: number) => Quantity): Quantity {
  for (const kind of ['unknown', 'missing', 'undefined'] as const) {
    if (a.kind === kind || b.kind === kind) return { kind };
  }
  return op((a as { value: number }).value, (b as { value: number }).value);
}

export function evaluate(formula: Formula, resolve: (ref: FormulaRef) => Quantity): Quantity {
  switch (formula.type) {
    case 'number':
      return quantity(formula.value);
    case 'ref':
      return resolve(formula);
    case 'negate': {
      const inner = evaluate(formula.operand, resolve);
      return inner.kind === 'value' ? quantity(-inner.value) : inner;
    }
    case 'binary': {
      const left = evaluate(formula.left, resolve);
      const right = evaluate(formula.right, resolve);
      return combine(left, right, (x, y) => {
        switch (formula.op) {
          case '+':
            return quantity(x + y);
          case '-':
            return quantity(x - y);
          case '*':
            return quantity(x * y);
          case '/':
            return y === 0 ? UNDEFINED : quantity(x / y);
        }
      });
    }
  }
}
