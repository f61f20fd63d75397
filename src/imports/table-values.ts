/**
 * The figures of one table row, as printed, from the text of one or more lines. A text layer
 * loses the cell borders, so "1 693 2 000 129" is nine tokens for seven cells, "-" / "370," /
 * "7" is one cell broken over three lines and "18,4" / "9" is "18,49". The row's column count
 * decides: the grouping that yields exactly that many cells with the fewest (and most natural)
 * joins wins. Each cell keeps its printed text; its value comes from the shared Swedish parser.
 */
import { checkCell, type CheckCell } from '../checks/check-document.ts';

export type TokenKind = 'number' | 'sign' | 'unit' | 'amount' | 'unknown' | 'word';

export interface Token {
  kind: TokenKind;
  text: string;
  /** Spaces before the token on its line (Infinity at a line start). */
  gap: number;
  /** Index of the line the token stands on. */
  line: number;
}

const TOKEN = /\s*(\((?:[+\-−–]?\s?\d[\d\s\u00a0]*(?:[,.]\d+)?)\s*(?:%|mnkr|mkr|tkr|kr|st)?\)|[+\-−–]?\d+(?:[,.]\d*)?%?(?=\s|$|\))|\S+)/y;
const NUMBER = /^[+\-−–]?\d+(?:[,.]\d*)?$/;
const UNIT = /^(%|mnkr|mkr|tkr|kr|st|årsarbetare)$/i;
const UNKNOWN = /^(oklart|okänt|saknas|\?|n\/a)$/i;
const SIGN = /^[+\-−–]$/;

export function tokenize(text: string, line: number): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let position = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text))) {
    const raw = m[1]!;
    const gap = tokens.length === 0 ? Infinity : m[0].length - raw.length;
    position = TOKEN.lastIndex;
    if (/^[+\-−–]?\d/.test(raw) && raw.endsWith('%') && NUMBER.test(raw.slice(0, -1))) {
      tokens.push({ kind: 'number', text: raw.slice(0, -1), gap, line }, { kind: 'unit', text: '%', gap: 0, line });
      continue;
    }
    tokens.push({ kind: classify(raw), text: raw, gap, line });
    if (position >= text.length) break;
  }
  return tokens;
}

function classify(raw: string): TokenKind {
  if (NUMBER.test(raw)) return 'number';
  if (SIGN.test(raw)) return 'sign';
  if (raw.startsWith('(') && /\d/.test(raw)) return 'amount';
  if (UNIT.test(raw)) return 'unit';
  if (UNKNOWN.test(raw)) return 'unknown';
  return 'word';
}

export function isValueToken(t: Token): boolean {
  return t.kind === 'number' || t.kind === 'sign' || t.kind === 'unknown' || t.kind === 'amount';
}

/** A printed cell being built from tokens. */
interface Piece {
  printed: string;
  /** Digits-only integer of 1–3 digits, optionally signed: may head a thousands group. */
  head: boolean;
  /** Exactly three digits, unsigned: may follow a thousands group head. */
  group3: boolean;
  /** A decimal figure ending its line: may continue on the next line ("18,4" / "9"). */
  decimalAtLineEnd: boolean;
  /** Bare 1–3 digits at a line start. */
  bareAtLineStart: boolean;
  gap: number;
  line: number;
  /** Something (unit, amount) is attached: no further joins. */
  closed: boolean;
}

/**
 * Groups value tokens into cells. `expected` is the number of cells the row should have; when
 * it is unknown (null) only the joins the text forces are made.
 */
export function groupCells(tokens: Token[], expected: number | null): { cells: string[]; overflow: boolean } {
  const pieces = forcedPieces(tokens);
  const n = pieces.length;
  // best[i][k]: least cost to turn pieces[0..i) into k cells.
  const INF = Number.POSITIVE_INFINITY;
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(n + 1).fill(INF));
  const back: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(n + 1).fill(-1));
  best[0]![0] = 0;
  for (let i = 0; i < n; i++) {
    for (let k = 0; k <= i; k++) {
      const base = best[i]![k]!;
      if (base === INF) continue;
      for (const [length, cost] of joins(pieces, i)) {
        const total = base + cost;
        if (total < best[i + length]![k + 1]!) {
          best[i + length]![k + 1] = total;
          back[i + length]![k + 1] = length;
        }
      }
    }
  }
  let k = -1;
  if (expected !== null && expected <= n && best[n]![expected]! < INF) k = expected;
  else {
    // No exact fit: the fewest joins (most cells) that the text allows, or the nearest count.
    let bestScore = INF;
    for (let c = 1; c <= n; c++) {
      if (best[n]![c] === INF) continue;
      const score = expected === null ? best[n]![c]! * 1000 - c : Math.abs(c - expected) * 1000 + best[n]![c]!;
      if (score < bestScore) {
        bestScore = score;
        k = c;
      }
    }
  }
  if (k < 0) return { cells: [], overflow: false };
  const cells: string[] = [];
  for (let i = n, c = k; i > 0; c--) {
    const length = back[i]![c]!;
    cells.unshift(joinPieces(pieces.slice(i - length, i)));
    i -= length;
  }
  return { cells, overflow: expected !== null && cells.length > expected };
}

/** Possible cells starting at piece i: [how many pieces, cost]. */
function joins(pieces: Piece[], i: number): [number, number][] {
  const first = pieces[i]!;
  // A lone "000" or "050" is never a figure of its own.
  const out: [number, number][] = [[1, /^0\d\d$/.test(first.printed) ? 100 : 0]];
  if (first.head && !first.closed) {
    for (let j = i + 1; j < pieces.length; j++) {
      const p = pieces[j]!;
      if (!p.group3 || p.gap !== 1 || p.line !== first.line) break;
      const size = j - i + 1;
      out.push([size, (size - 1) ** 2 + 0.1 * first.printed.replace(/\D/g, '').length]);
      if (p.closed) break;
    }
  }
  const next = pieces[i + 1];
  if (first.decimalAtLineEnd && !first.closed && next?.bareAtLineStart && next.line !== first.line) out.push([2, 1]);
  return out;
}

function joinPieces(pieces: Piece[]): string {
  return pieces.reduce((s, p, k) => (k === 0 ? p.printed : p.line !== pieces[k - 1]!.line && !/^\d/.test(p.printed) ? `${s} ${p.printed}` : p.line !== pieces[k - 1]!.line ? s + p.printed : `${s} ${p.printed}`), '');
}

/** Joins the text forces: a sign before its figure, "370," before "7", units and amounts onto their figure. */
function forcedPieces(tokens: Token[]): Piece[] {
  const pieces: Piece[] = [];
  const lineEnds = new Set<number>();
  tokens.forEach((t, i) => {
    if (tokens[i + 1]?.line !== t.line) lineEnds.add(i);
  });
  let pendingSign: Token | null = null;
  tokens.forEach((t, i) => {
    const last = pieces[pieces.length - 1];
    if (t.kind === 'sign') {
      if (pendingSign) pieces.push(piece(pendingSign.text, pendingSign, false));
      pendingSign = t;
      return;
    }
    if (t.kind === 'unit' || t.kind === 'amount') {
      if (last) {
        last.printed += t.kind === 'unit' && t.gap === 0 ? t.text : ` ${t.text}`;
        last.closed = true;
      } else pieces.push({ ...piece(t.text, t, false), closed: true });
      return;
    }
    if (t.kind === 'number' && last && !last.closed && last.printed.endsWith(',') && !pendingSign) {
      last.printed += t.text;
      last.decimalAtLineEnd = lineEnds.has(i);
      last.head = false;
      return;
    }
    const text = pendingSign ? `${pendingSign.text}${t.text}` : t.text;
    const p = piece(text, pendingSign ?? t, lineEnds.has(i));
    p.line = t.line;
    if (pendingSign && pendingSign.line !== t.line) p.gap = Infinity;
    pendingSign = null;
    pieces.push(p);
  });
  if (pendingSign) pieces.push(piece((pendingSign as Token).text, pendingSign, false));
  return pieces;
}

function piece(text: string, t: Token, atLineEnd: boolean): Piece {
  const digits = /^[+\-−–]?\d{1,3}$/.test(text);
  return {
    printed: text,
    head: digits,
    group3: /^\d{3}$/.test(text),
    decimalAtLineEnd: atLineEnd && /^[+\-−–]?\d+,\d+$/.test(text),
    bareAtLineStart: t.gap === Infinity && /^\d{1,3}$/.test(text),
    gap: t.gap,
    line: t.line,
    closed: false,
  };
}

/** A printed cell to the checker's cell: value from the shared parser, unknowns kept unknown. */
export function toCell(printed: string | null): CheckCell {
  // A sign set apart from its figure ("− 7,1") still belongs to it.
  return checkCell(printed, printed?.replace(/^([+\-−–])\s+/, '$1'));
}
