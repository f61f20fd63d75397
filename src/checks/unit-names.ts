/**
 * The names one organisational unit goes by: a table block says "SLK", the prose says
 * "stadsledningskontoret" or "Stadsledningskontorets verksamhet". Kept as data so a tenant's
 * units can be added without touching the rules. Matching is on lower-cased text.
 */
export interface UnitName {
  /** Canonical id; "whole" is the organisation as a whole (a consolidated table's total). */
  id: string;
  /** How the unit is named in Swedish, for messages. */
  label: string;
  patterns: RegExp[];
}

export const WHOLE = 'whole';

export const UNIT_NAMES: readonly UnitName[] = [
  {
    id: WHOLE,
    label: 'hela kommunstyrelsen',
    patterns: [/hela kommunled-?\s*ningen/, /\bkommunstyrelsen\b/, /\bhela nämnden\b/],
  },
  { id: 'city-office', label: 'stadsledningskontoret', patterns: [/\bslk\b/, /\bstadsledningskontor\w*/] },
  { id: 'political', label: 'den politiska verksamheten', patterns: [/\bpolitisk\w* verksamhet\w*/, /\bpolitiken\b/] },
  { id: 'other-activity', label: 'övrig verksamhet', patterns: [/\bövrig\w* verksamhet\w*/] },
  {
    id: 'hr-competence',
    label: 'personal- och kompetensförsörjning',
    patterns: [/\bpersonal- och kompetens-?\s*försörjning/],
  },
];

const GLOBAL_PATTERNS = UNIT_NAMES.flatMap((unit) => unit.patterns.map((pattern) => ({ id: unit.id, pattern: new RegExp(pattern.source, 'g') })));

/** Mentions of units in a text, in order of appearance. */
export function unitMentions(text: string): { id: string; index: number; end: number }[] {
  const lower = text.toLowerCase();
  const mentions: { id: string; index: number; end: number }[] = [];
  for (const { id, pattern } of GLOBAL_PATTERNS) {
    for (const match of lower.matchAll(pattern)) mentions.push({ id, index: match.index, end: match.index + match[0].length });
  }
  return mentions.sort((a, b) => a.index - b.index);
}

/**
 * The canonical unit of a table block label or table subject. A label no synonym knows keeps
 * its own normalised text, so the same unknown block still matches itself in another table.
 */
export function canonicalUnit(label: string | null | undefined): string {
  if (!label) return WHOLE;
  const lower = label.toLowerCase().replace(/\s+/g, ' ').trim();
  for (const unit of UNIT_NAMES) {
    if (unit.patterns.some((pattern) => pattern.test(lower))) return unit.id;
  }
  return `label:${lower}`;
}

export function unitLabel(id: string): string {
  return UNIT_NAMES.find((unit) => unit.id === id)?.label ?? id.replace(/^label:/, '');
}
