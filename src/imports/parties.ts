/**
 * Political parties by name or abbreviation, as they sign motions and statements. The list is
 * data: a municipality with a local party adds it here.
 */
export const PARTIES: { abbreviation: string; names: string[] }[] = [
  { abbreviation: 'S', names: ['Socialdemokraterna', 'Arbetarepartiet-Socialdemokraterna'] },
  { abbreviation: 'M', names: ['Moderaterna', 'Moderata samlingspartiet'] },
  { abbreviation: 'SD', names: ['Sverigedemokraterna'] },
  { abbreviation: 'C', names: ['Centerpartiet'] },
  { abbreviation: 'V', names: ['Vänsterpartiet'] },
  { abbreviation: 'KD', names: ['Kristdemokraterna'] },
  { abbreviation: 'L', names: ['Liberalerna'] },
  { abbreviation: 'MP', names: ['Miljöpartiet', 'Miljöpartiet de gröna'] },
  { abbreviation: 'D', names: ['Demokraterna'] },
];

const NAME_PATTERNS = PARTIES.flatMap((p) => p.names.map((name) => ({ abbreviation: p.abbreviation, pattern: new RegExp(`(?<![\\p{L}-])${name}(?!\\p{L})`, 'iu') })))
  // Longer names first, so "Miljöpartiet de gröna" wins over "Miljöpartiet".
  .sort((a, b) => b.pattern.source.length - a.pattern.source.length);
const ABBREVIATIONS = new Set(PARTIES.map((p) => p.abbreviation));

/** Parties named in a text, in the order they appear. */
export function partiesIn(text: string): string[] {
  const found: { abbreviation: string; at: number }[] = [];
  for (const { abbreviation, pattern } of NAME_PATTERNS) {
    const m = pattern.exec(text);
    if (m && !found.some((f) => f.abbreviation === abbreviation)) found.push({ abbreviation, at: m.index });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.abbreviation);
}

/**
 * A signature line that is nothing but parties: "Vänsterpartiet, Socialdemokraterna,
 * Miljöpartiet" or "V, S och MP". Returns null for any other line.
 */
export function partyLine(text: string): string[] | null {
  const pieces = text.split(/\s*(?:,|\boch\b|&|\/)\s*/i).map((p) => p.trim()).filter(Boolean);
  if (pieces.length === 0) return null;
  const out: string[] = [];
  for (const piece of pieces) {
    const byName = partiesIn(piece);
    const abbreviation = byName.length === 1 && piece.length <= 40 ? byName[0]! : ABBREVIATIONS.has(piece.replace(/[()]/g, '')) ? piece.replace(/[()]/g, '') : null;
    if (!abbreviation) return null;
    if (!out.includes(abbreviation)) out.push(abbreviation);
  }
  return out;
}
