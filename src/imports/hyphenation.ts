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
  const out = lines.map((l) => ({ ...l }));
  for (let i = 0; i + 1 < out.length; i++) {
    // A line can be joined more than once ("Kultur-" "förvalt-" "ningen").
    while (i + 1 < out.length) {
      const current = out[i]!;
      const next = out[i + 1]!;
      // In a text layer a printed word ending is followed by a space; a break is not.
      if (/-\s+$/.test(current.text)) break;
      const broken = BROKEN_WORD.exec(current.text);
      const word = NEXT_WORD.exec(next.text)?.[1];
      if (!broken || !word) break;
      const digits = /\d/.test(broken[1]!);
      if (digits ? !/^\d/.test(word) : !/^\p{Ll}/u.test(word) || CONJUNCTIONS.has(word.toLowerCase())) break;
      const keepHyphen = digits || /^\p{Lu}{2,}$/u.test(broken[1]!);
      current.text = (keepHyphen ? current.text : current.text.slice(0, -1)) + word;
      const rest = next.text.trimStart().slice(word.length).trimStart();
      if (rest === '') out.splice(i + 1, 1);
      else {
        next.text = rest;
        break;
      }
    }
  }
  return out;
}
