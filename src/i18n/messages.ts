import { en } from './messages.en.ts';
import { sv, type MessageKey } from './messages.sv.ts';
import { formatNumber } from '../numbers/swedish-format.ts';

export type Locale = 'sv' | 'en';
export type { MessageKey };
export type MessageParams = Record<string, string | number>;

/**
 * Keys with a singular and a plural form, written `key.one` and `key.other` in the catalogue
 * ("1 ärende", "2 ärenden"); `tn` picks the form by count.
 */
export type PluralKey = { [K in MessageKey]: K extends `${infer Base}.one` ? (`${Base}.other` extends MessageKey ? Base : never) : never }[MessageKey];

let missingEnglish: ((key: MessageKey) => void) | undefined;

/**
 * Tests listen for keys shown in Swedish on an English page (the catalogue falls back to
 * Swedish per key, so a gap is otherwise invisible). Returns the function that stops listening.
 */
export function listenForMissingEnglish(listener: (key: MessageKey) => void): () => void {
  missingEnglish = listener;
  return () => {
    if (missingEnglish === listener) missingEnglish = undefined;
  };
}

/** Is `key` in the catalogue? For keys built from stored ids, which may be new. */
export function hasMessage(key: string): key is MessageKey {
  return Object.hasOwn(sv, key);
}

/** A text from the catalogue with `{name}` placeholders filled in. */
export function t(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  const english = locale === 'en' ? en[key] : undefined;
  if (locale === 'en' && english === undefined) missingEnglish?.(key);
  const template = english ?? sv[key];
  return template.replace(/\{(\w+)\}/g, (all, name: string) => (name in params ? String(params[name]) : all));
}

const pluralRules = { sv: new Intl.PluralRules('sv'), en: new Intl.PluralRules('en') };

/**
 * A text about a number of things: `key.one` for exactly one, `key.other` for the rest (Swedish
 * and English have just these two forms). `{count}` is the count in Swedish number format
 * ("1 693"); other placeholders come from `params`.
 */
export function tn(locale: Locale, key: PluralKey, count: number, params: MessageParams = {}): string {
  const form = pluralRules[locale].select(count) === 'one' ? 'one' : 'other';
  return t(locale, `${key}.${form}` as MessageKey, { count: formatNumber(count), ...params });
}

const listFormats = { sv: new Intl.ListFormat('sv', { type: 'conjunction' }), en: new Intl.ListFormat('en-GB', { type: 'conjunction' }) };

/** "V, S och MP" in Swedish, "V, S and MP" in English. */
export function formatList(locale: Locale, items: readonly string[]): string {
  return listFormats[locale].format(items);
}

/** A translator bound to one locale, for page components; `t.n` is `tn` for that locale. */
export interface Translate {
  (key: MessageKey, params?: MessageParams): string;
  n(key: PluralKey, count: number, params?: MessageParams): string;
}

export const translator = (locale: Locale): Translate =>
  Object.assign((key: MessageKey, params?: MessageParams) => t(locale, key, params), {
    n: (key: PluralKey, count: number, params?: MessageParams) => tn(locale, key, count, params),
  });
