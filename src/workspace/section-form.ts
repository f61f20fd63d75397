/**
 * The report editor's forms, without I/O: which fields a section kind has, and turning a
 * posted form back into section content. What the form does not show is kept as stored
 * (a prose section's free subsections, a statement's figures), so saving never loses it.
 * Figures are kept exactly as typed; the server sanitises the text.
 */
import type { FormValues } from './form-input.ts';

/** Separator in field names: indicator codes and column keys contain dots and dashes, never this. */
export const SEP = '|';

/** Kinds with a second text after their tables. */
export const HAS_TEXT_AFTER: readonly string[] = ['indicator-table', 'financial-statement', 'central-funds', 'time-series', 'generic-table', 'audit-reports'];

/** Blank rows offered under a table whose rows the reporter types in. */
export const SPARE_ROWS = 2;

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Text from the form as HTML: text with the editor's tags is passed on (the server sanitises
 * it); plain text becomes paragraphs at blank lines and line breaks at single newlines, with
 * < and & escaped.
 */
export function textAsHtml(typed: string): string {
  const text = typed.replace(/\r\n?/g, '\n').trim();
  if (text === '') return '';
  if (/<\/?(p|br|strong|em|b|i|ul|ol|li|a|h[1-6])\b[^>]*>/i.test(text)) return text;
  return text
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p.trim()).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

function value(form: FormValues, name: string): string | undefined {
  const v = form[name];
  return Array.isArray(v) ? v[0] : v;
}

/** Fields named `prefix|a|b` as { a: { b: value } }, empty values left out. */
function nested(form: FormValues, prefix: string): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const name of Object.keys(form)) {
    const parts = name.split(SEP);
    if (parts.length !== 3 || parts[0] !== prefix) continue;
    const v = (value(form, name) ?? '').trim();
    if (v === '') continue;
    (out[parts[1]!] ??= {})[parts[2]!] = v;
  }
  return out;
}

/** Rows named `rows|<n>|<column>`, in row order, rows left wholly blank dropped. */
function rows(form: FormValues): Array<Record<string, string>> {
  const byIndex = new Map<number, Record<string, string>>();
  for (const name of Object.keys(form)) {
    const parts = name.split(SEP);
    if (parts.length !== 3 || parts[0] !== 'rows' || !/^\d+$/.test(parts[1]!)) continue;
    const row = byIndex.get(Number(parts[1])) ?? {};
    row[parts[2]!] = (value(form, name) ?? '').trim();
    byIndex.set(Number(parts[1]), row);
  }
  return [...byIndex.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, row]) => Object.fromEntries(Object.entries(row).filter(([, v]) => v !== '')))
    .filter((row) => Object.keys(row).length > 0);
}

/** The content to save: the stored content with what the form edits replaced. */
export function contentFromForm(kind: string, stored: Record<string, unknown> | undefined, form: FormValues): Record<string, unknown> {
  const content: Record<string, unknown> = { ...(stored ?? {}) };
  const setText = (field: 'text' | 'textAfter') => {
    const typed = value(form, field);
    if (typed === undefined) return;
    const html = textAsHtml(typed);
    if (html === '') delete content[field];
    else content[field] = html;
  };
  setText('text');
  if (HAS_TEXT_AFTER.includes(kind)) setText('textAfter');
  switch (kind) {
    case 'assignment-account': {
      const proposed = value(form, 'proposed');
      content.proposed = proposed === 'done' || proposed === 'partial' ? proposed : null;
      break;
    }
    case 'indicator-table':
      if (Object.keys(form).some((k) => k.startsWith(`given${SEP}`))) content.given = nested(form, 'given');
      break;
    case 'time-series':
      if (Object.keys(form).some((k) => k.startsWith(`values${SEP}`))) content.values = nested(form, 'values');
      break;
    case 'central-funds':
    case 'generic-table':
      if (Object.keys(form).some((k) => k.startsWith(`rows${SEP}`))) {
        const typed = rows(form);
        // A central-funds row needs its label; a figure without one is kept with a placeholder the checker flags.
        content.rows = kind === 'central-funds' ? typed.map((r) => ({ ...r, label: r.label ?? 'XX' })) : typed;
      }
      break;
  }
  return content;
}
