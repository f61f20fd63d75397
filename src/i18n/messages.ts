import { en } from './messages.en.ts';
import { sv, type MessageKey } from './messages.sv.ts';

export type Locale = 'sv' | 'en';
export type { MessageKey };

/** A text from the catalogue with `{name}` placeholders filled in. */
export function t(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = (locale === 'en' ? en[key] : undefined) ?? sv[key];
  return template.replace(/\{(\w+)\}/g, (all, name: string) => (name in params ? String(params[name]) : all));
}

/** A translator bound to one locale, for page components. */
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;
export const translator = (locale: Locale): Translate => (key, params) => t(locale, key, params);
