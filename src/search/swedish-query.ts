/**
 * From what a person types to a PostgreSQL tsquery over the `swedish` configuration.
 *
 * Why an expansion: the Snowball Swedish stemmer strips most plural and definite endings
 * (-en, -ens, -erna, -arna, -orna, -er, -ar, -or, -a …) but deliberately not the neuter
 * definite -et/-ets ("kollektivavtalet" stays "kollektivavtalet", while "kollektivavtal" stays
 * "kollektivavtal") nor the -n/-ns of words ending in -a ("skolan" vs "skola" → "skol"). So a
 * search for one form would miss documents using the other. Each query word therefore becomes
 * an OR group of its forms: the word, the word without a definite ending, and the base forms
 * with those endings added. Every form then goes through the same stemmer as the documents
 * (to_tsquery('swedish', …)), so forms the stemmer already unifies cost nothing extra.
 *
 * Syntax: words are ANDed; `eller`/`or` between two words makes them alternatives; `-ord`
 * excludes a word; tokens with digits or punctuation (`1443/22`, `SLK-2023-01047`) are kept
 * whole as a phrase. Everything else is dropped, so no input can inject tsquery operators.
 */
import { SWEDISH_STOP_WORDS } from './swedish-stop-words.ts';

/** Endings stripped to find a base form, longest first. */
const DEFINITE_ENDINGS = ['ernas', 'arnas', 'ornas', 'erna', 'arna', 'orna', 'ets', 'ens', 'ans', 'et', 'en', 'an', 'na', 'ns', 'n'];
const DOUBLED = /([bdfgklmnprst])\1$/;
/** Shortest base a stripped ending may leave: "ben" must not become "b". */
const MIN_BASE = 3;
/** A query has at most this many words; more add nothing but cost. */
const MAX_WORDS = 12;

/** The forms a query word may take in a text: itself, its bases, and the bases' neuter/common definite forms. */
export function swedishForms(word: string): string[] {
  const w = word.toLowerCase();
  const bases = new Set([w]);
  for (const ending of DEFINITE_ENDINGS) {
    if (w.endsWith(ending) && w.length - ending.length >= MIN_BASE) {
      const base = w.slice(0, -ending.length);
      bases.add(base);
      // programmet → programm → program: a short vowel doubles the consonant before an ending.
      if (DOUBLED.test(base)) bases.add(base.slice(0, -1));
    }
  }
  const forms = new Set<string>();
  for (const base of bases) {
    forms.add(base);
    if (/[aeiouyåäö][mn]$/.test(base)) {
      // program → programmet, programmen (rum → rummet); harmless where the word does not double.
      const doubled = base + base.at(-1);
      forms.add(`${doubled}et`);
      forms.add(`${doubled}ets`);
      forms.add(`${doubled}en`);
    }
    if (base.endsWith('e')) {
      // arbete → arbetet, arbetets
      forms.add(`${base}t`);
      forms.add(`${base}ts`);
    } else if (base.endsWith('a')) {
      // skola → skolan, skolans
      forms.add(`${base}n`);
      forms.add(`${base}ns`);
    } else {
      // avtal → avtalet, avtalets (the -en/-ens forms the stemmer unifies by itself)
      forms.add(`${base}et`);
      forms.add(`${base}ets`);
    }
  }
  return [...forms];
}

export interface QueryTerm {
  /** The word as typed (lower case), for messages. */
  word: string;
  /** Operands for to_tsquery, each already quoted. */
  operands: string[];
}

export interface ParsedQuery {
  /** ANDed groups; each group is ORed terms. */
  groups: QueryTerm[][];
  excluded: QueryTerm[];
  /** Words left out (stop words like "och", "att"; words beyond the limit). */
  ignored: string[];
}

const LETTERS = /^\p{L}+$/u;

/** A token as the search can use it, or undefined when nothing searchable is left. */
function cleanToken(raw: string): string | undefined {
  // Keep letters and digits, and the punctuation inside registry numbers: 1443/22, SLK-2023-01047.
  const kept = raw
    .toLowerCase()
    .replace(/[^\p{L}\p{N}/.-]+/gu, '')
    .replace(/^[/.-]+|[/.-]+$/g, '');
  return kept.length > 0 ? kept : undefined;
}

function termOf(token: string): QueryTerm {
  if (LETTERS.test(token)) return { word: token, operands: swedishForms(token).map((f) => `'${f}'`) };
  // Non-words go to the parser whole: inside quotes to_tsquery reads "slk-2023-01047" as a phrase.
  return { word: token, operands: [`'${token}'`] };
}

export function parseSearchQuery(text: string): ParsedQuery {
  const parsed: ParsedQuery = { groups: [], excluded: [], ignored: [] };
  let joinNext = false;
  let words = 0;
  for (const raw of text.trim().split(/\s+/)) {
    if (!raw) continue;
    const lower = raw.toLowerCase();
    if (lower === 'eller' || lower === 'or' || lower === '|') {
      joinNext = parsed.groups.length > 0;
      continue;
    }
    const negated = raw.startsWith('-') && raw.length > 1;
    const token = cleanToken(negated ? raw.slice(1) : raw);
    if (!token) continue;
    if (SWEDISH_STOP_WORDS.has(token) || words >= MAX_WORDS) {
      parsed.ignored.push(token);
      joinNext = false;
      continue;
    }
    words++;
    const term = termOf(token);
    if (negated) parsed.excluded.push(term);
    else if (joinNext) parsed.groups.at(-1)!.push(term);
    else parsed.groups.push([term]);
    joinNext = false;
  }
  return parsed;
}

/**
 * The tsquery text for `to_tsquery('swedish', …)`, or null when the query has nothing to
 * look for (empty, only stop words, or only exclusions).
 */
export function toTsQueryText(parsed: ParsedQuery): string | null {
  if (parsed.groups.length === 0) return null;
  const term = (t: QueryTerm) => `(${t.operands.join(' | ')})`;
  const included = parsed.groups.map((g) => (g.length === 1 ? term(g[0]!) : `(${g.map(term).join(' | ')})`));
  const excluded = parsed.excluded.map((t) => `!${term(t)}`);
  return [...included, ...excluded].join(' & ');
}

/** Shortcut: text in, tsquery text out (null: nothing to search for). */
export function swedishTsQuery(text: string): string | null {
  return toTsQueryText(parseSearchQuery(text));
}
