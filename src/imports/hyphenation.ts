/**
 * Words a PDF broke over two lines ("Planerings-" / "ledare", "Hela kommunled-" / "ningen",
 * "KS 2022-" / "12-14") are put back together on the first line, so words and dates can be
 * read. A hyphen before "och" ("miljö- och klimatprogram") is a shared word ending, not a
 * break, and stays; so does one after an abbreviation ("HR-perspektiv").
 */
import type { SourceLine } from './source-text.ts';

const BROKEN_WORD = /(\p{L}+|\d)-$/u;
const NEXT_WORD = /^\s*(\S+)/;
/** Words that follow a shared ending ("säkerhet- och trygghetsfrågor"), never a broken word. */
const CONJUNCTIONS = new Set(['och', 'eller', 'samt', 'respektive', 'som', 'till', 'med', 'resp.', 'el.', '&']);

export function joinBrokenWords(lines: SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (const line of lines) {
    const next = { ...line };
    const current = out[out.length - 1];
    // A line can be joined more than once ("Kultur-" "förvalt-" "ningen"), so the last line
    // out is the one to extend.
    if (current && joinInto(current, next)) continue;
    out.push(next);
  }
  return out;
}

/** Moves the word that completes `current` from `next`; true when nothing of `next` is left. */
function joinInto(current: SourceLine, next: SourceLine): boolean {
  // In a text layer a printed word ending is followed by a space; a break is not.
  if (!current.text.endsWith('-')) return false;
  const broken = BROKEN_WORD.exec(current.text);
  const word = NEXT_WORD.exec(next.text)?.[1];
  if (!broken || !word) return false;
  const digits = /\d/.test(broken[1]!);
  if (digits ? !/^\d/.test(word) : !/^\p{Ll}/u.test(word) || CONJUNCTIONS.has(word.toLowerCase())) return false;
  const keepHyphen = digits || /^\p{Lu}{2,}$/u.test(broken[1]!);
  current.text = (keepHyphen ? current.text : current.text.slice(0, -1)) + word;
  next.text = next.text.trimStart().slice(word.length).trimStart();
  return next.text === '';
}
