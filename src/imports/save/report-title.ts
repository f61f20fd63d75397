/**
 * What a report's title says about where it belongs: "Delårsrapport augusti 2023 för
 * kommunstyrelsen" is the cycle "Delårsrapport augusti 2023" (an interim cycle from January to
 * the end of August 2023) and the organisation "kommunstyrelsen". Pure; unknown parts are null.
 */
import type { CycleKind } from '../../cycles/cycle.ts';
import type { Organisation, OrganisationKind } from '../../organisations/organisation.ts';

export interface ReportTitle {
  /** "Delårsrapport augusti 2023": the name a cycle of the report's kind and period has. */
  cycleName: string | null;
  kind: CycleKind | null;
  year: number | null;
  /** ISO dates of the period, when the title says enough to know it. */
  periodStart: string | null;
  periodEnd: string | null;
  /** The organisation as the title writes it ("kommunstyrelsen"), or null. */
  organisationName: string | null;
}

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const INTERIM = /^(delårsrapport|delårsbokslut|tertialrapport|tertialuppföljning|månadsrapport|månadsuppföljning|uppföljningsrapport)$/i;
const ANNUAL = /^(årsrapport|årsredovisning|verksamhetsberättelse|årsbokslut)$/i;

const TITLE = new RegExp(`^\\s*(\\p{L}+)\\s+(?:(${MONTHS.join('|')})\\s+)?((?:19|20)\\d{2})(?:\\s+(?:för|från)\\s+(.+?))?[\\s.]*$`, 'iu');

const iso = (year: number, month: number, day: number) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

export function readReportTitle(title: string | null | undefined): ReportTitle {
  const none: ReportTitle = { cycleName: null, kind: null, year: null, periodStart: null, periodEnd: null, organisationName: null };
  const match = TITLE.exec((title ?? '').replace(/\s+/g, ' '));
  if (!match) return { ...none, organisationName: organisationAfterFor(title ?? '') };
  const [, word, monthName, yearText, organisation] = match;
  const year = Number(yearText);
  const kind: CycleKind | null = INTERIM.test(word!) ? 'interim' : ANNUAL.test(word!) ? 'annual' : null;
  const month = monthName ? MONTHS.indexOf(monthName.toLowerCase()) + 1 : 0;
  const cycleName = capitalise(`${word} ${monthName ? `${monthName.toLowerCase()} ` : ''}${year}`);
  let period: [string, string] | null = null;
  if (kind === 'annual') period = [iso(year, 1, 1), iso(year, 12, 31)];
  else if (kind === 'interim' && month > 0) period = [iso(year, 1, 1), iso(year, month, lastDay(year, month))];
  return {
    cycleName: kind ? cycleName : null,
    kind,
    year,
    periodStart: period?.[0] ?? null,
    periodEnd: period?.[1] ?? null,
    organisationName: organisation?.trim() || null,
  };
}

function organisationAfterFor(title: string): string | null {
  const match = /\s+för\s+(.+?)[\s.]*$/i.exec(title);
  return match ? match[1]!.trim() : null;
}

export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('sv') + text.slice(1);
}

const normalise = (text: string) => text.toLocaleLowerCase('sv').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The organisation a name means: its name or short name, in any case and spacing. */
export function organisationNamed(all: readonly Organisation[], name: string | null | undefined): Organisation | undefined {
  if (!name) return undefined;
  const wanted = normalise(name);
  return all.find((o) => normalise(o.name) === wanted) ?? all.find((o) => o.shortName !== null && normalise(o.shortName) === wanted);
}

/** What kind of organisation a name suggests, for creating one that is missing. */
export function organisationKindFor(name: string): OrganisationKind {
  const n = name.toLocaleLowerCase('sv');
  if (/kommunstyrelse/.test(n)) return 'board';
  if (/kommunfullmäktige/.test(n)) return 'council';
  if (/stadshus ab|koncern/.test(n)) return 'holding';
  if (/\bab\b|bolag/.test(n)) return 'company';
  if (/kontor|förvaltning/.test(n)) return 'administration';
  return 'committee';
}

/**
 * The organisation a sentence gives the instruction to ("Stadsledningskontoret får i uppdrag
 * att …"), among the given ones; undefined when it names none of them.
 */
export function instructedOrganisation(text: string, among: readonly Organisation[]): Organisation | undefined {
  const match = /^\s*(.+?)\s+(?:får|ges)\s+(?:i\s+)?uppdrag/i.exec(text);
  return match ? organisationNamed(among, match[1]) : undefined;
}
