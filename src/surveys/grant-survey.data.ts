/**
 * The city office's August 2023 questions on grant controls to the seven grant-paying
 * administrations (attachment 2 of the seed, "Tabell 1: Sammanställning över bidragshantering
 * under 220701–230630"), with the answers as the table prints them, "oklart" included.
 * Organisations are named by demo keys (src/demo/goteborg-2023.data.ts, plus SNC-ST below).
 */
import type { Question, QuestionGroup } from './question.ts';
import type { DerivedRow } from './survey.ts';

/** The seed's table has a column for the city-wide unit of Socialförvaltning Centrum. */
export const CITY_WIDE_UNIT = { key: 'SNC-ST', name: 'Socialförvaltning Centrum stadenövergripande', parent: 'SNC-F' } as const;

export const GRANT_SURVEY = {
  title: 'Kontrollarbetet inom föreningsbidrag och kulturstöd augusti 2023',
  description:
    'Stadsledningskontoret följer årligen upp kontrollerna vid ansökan om föreningsbidrag och kulturstöd, under pågående stödperiod och hur information delas mellan förvaltningar när oegentligheter upptäckts. Frågorna ställs varje augusti för att följa utvecklingen.',
  periodLabel: '220701–230630',
  deadline: '2023-08-25',
  repeats: true,
};

export const GRANT_GROUPS: QuestionGroup[] = [
  { position: 1, title: 'Ansökningar och utbetalningar' },
  { position: 2, title: 'Kontroller vid ansökan' },
  { position: 3, title: 'Kontroller under stödperiod' },
  { position: 4, title: 'Informationsdelning' },
];

const q = (key: string, groupPosition: number, kind: Question['kind'], text: string, extra: Partial<Question> = {}): Question => ({
  key,
  kind,
  text,
  help: null,
  unit: null,
  options: null,
  allowsUnknown: false,
  required: true,
  groupPosition,
  ...extra,
});

export const GRANT_QUESTIONS: Question[] = [
  q('ansokningar', 1, 'number', 'Antal ansökningar'),
  q('utbetalt', 1, 'amount', 'Totalt utbetalade belopp', { unit: 'mkr' }),
  q('kontroller_ansokan', 2, 'number', 'Antal fördjupade kontroller vid ansökan', { help: 'Kontroller med anledning av misstanke om fel och/eller fusk.' }),
  q('avslag', 2, 'number', 'Antal avslag i samband med ansökan'),
  q('grundkontroller', 2, 'yes-no', 'Görs grundläggande kontroller av samtliga sökande vid ansökan och under stödperioden?'),
  q('granskningar_stodperiod', 3, 'number', 'Antal fördjupade granskningar under stödperiod', { allowsUnknown: true }),
  q('aterkrav', 3, 'count-with-amount', 'Antal återkrav (belopp)', { unit: 'tkr', allowsUnknown: true, help: 'Antalet återkrav och deras sammanlagda belopp, till exempel 10 (260 tkr).' }),
  q('brottsanmalningar', 3, 'number', 'Antal brottsanmälningar'),
  q('informationsdelning', 4, 'text', 'Hur delas information med andra förvaltningar när eventuella oegentligheter upptäcks?', { required: false }),
];

export const GRANT_DERIVED_ROWS: DerivedRow[] = [
  // The report prints averages to the thousand (75 000, 535 000); 37 500 is exact anyway.
  { key: 'snittutbetalning', label: 'Snittutbetalning i kronor', formula: 'utbetalt / ansokningar', unit: 'kr', decimals: -3 },
  { key: 'avslagsandel', label: 'Antal avslag/ Antal ansökningar', formula: '100 * avslag / ansokningar', unit: '%', decimals: 1 },
];

/** The table's column order, with the labels as printed. */
export const GRANT_COLUMNS: Array<{ key: string; printedLabel: string }> = [
  { key: 'IOF-F', printedLabel: 'Idrott och föreningsförvaltningen' },
  { key: 'KUL-F', printedLabel: 'Kulturförvaltningen' },
  { key: CITY_WIDE_UNIT.key, printedLabel: 'Socialförvaltning Centrum stadenövergripande' },
  { key: 'SNC-F', printedLabel: 'Socialförvaltning Centrum' },
  { key: 'SNH-F', printedLabel: 'Socialförvaltning Hisingen' },
  { key: 'SNS-F', printedLabel: 'Socialförvaltning Sydväst' },
  { key: 'SNN-F', printedLabel: 'Socialförvaltning Nordost' },
];

/**
 * Answers as typed into the survey, which is what Tabell 1 prints for them. "grundkontroller":
 * "Alla förvaltningar gör grundläggande kontroller av samtliga sökanden …". The two texts are
 * the seed's own words about what IOF and Social Centrum reported.
 */
export const GRANT_ANSWERS: Record<string, Record<string, string>> = {
  'IOF-F': {
    ansokningar: '1 693', utbetalt: '127 mkr', kontroller_ansokan: '53', avslag: '15', grundkontroller: 'ja',
    granskningar_stodperiod: '10', aterkrav: '10 (260 tkr)', brottsanmalningar: '4',
    informationsdelning:
      'IT-systemet för lokalbokning och bidragsgivning används nu och underlättar samordningen mellan de bidragsgivande förvaltningarna; samtliga bidragsutbetalningar till förenings- och civilsamhället går genom samma system.',
  },
  'KUL-F': { ansokningar: '2 000', utbetalt: '75 mkr', kontroller_ansokan: '2', avslag: '2', grundkontroller: 'ja', granskningar_stodperiod: '2', aterkrav: '0', brottsanmalningar: '0' },
  'SNC-ST': { ansokningar: '129', utbetalt: '69 mkr', kontroller_ansokan: '0', avslag: '0', grundkontroller: 'ja', granskningar_stodperiod: '0', aterkrav: '3 (250 tkr)', brottsanmalningar: '0' },
  'SNC-F': {
    ansokningar: '38', utbetalt: '0,7 mkr', kontroller_ansokan: '0', avslag: '0', grundkontroller: 'ja', granskningar_stodperiod: '0', aterkrav: '0', brottsanmalningar: '0',
    informationsdelning: 'Det finns oklarheter gällande vilken information som kan delas med hänsyn till GDPR.',
  },
  'SNH-F': { ansokningar: '110', utbetalt: '10,7 mkr', kontroller_ansokan: '0', avslag: '0', grundkontroller: 'ja', granskningar_stodperiod: 'oklart', aterkrav: 'Oklart (207 tkr)', brottsanmalningar: '0' },
  'SNS-F': { ansokningar: '46', utbetalt: '2,6 mkr', kontroller_ansokan: '0', avslag: '0', grundkontroller: 'ja', granskningar_stodperiod: '0', aterkrav: '1 (3 tkr)', brottsanmalningar: '0' },
  'SNN-F': { ansokningar: '215', utbetalt: '8,6 mkr', kontroller_ansokan: '1', avslag: '1', grundkontroller: 'ja', granskningar_stodperiod: '0', aterkrav: '0', brottsanmalningar: '0' },
};

/**
 * When each administration submitted, in Swedish summer time: the working days before the
 * deadline (2023-08-25), as such answers come in. The seed gives no times; these are plausible.
 */
export const GRANT_SUBMITTED_AT: Record<string, string> = {
  'IOF-F': '2023-08-21T14:05:00+02:00',
  'KUL-F': '2023-08-17T10:32:00+02:00',
  'SNC-ST': '2023-08-24T09:15:00+02:00',
  'SNC-F': '2023-08-24T16:40:00+02:00',
  'SNH-F': '2023-08-23T11:20:00+02:00',
  'SNS-F': '2023-08-22T13:48:00+02:00',
  'SNN-F': '2023-08-18T08:57:00+02:00',
};

/** Tabell 1's rows in the printed order, by question or derived-row key. */
export const GRANT_TABLE_ROWS = [
  'ansokningar',
  'utbetalt',
  'snittutbetalning',
  'kontroller_ansokan',
  'avslag',
  'avslagsandel',
  'granskningar_stodperiod',
  'aterkrav',
  'brottsanmalningar',
];

/** The derived rows as the seed prints them (where the report typed its own figures). */
export const GRANT_PRINTED_DERIVED: Record<string, string[]> = {
  snittutbetalning: ['75 000', '37 500', '535 000', '17 000', '97 000', '57 000', '40 000'],
  avslagsandel: ['0,8 %', '0,1 %', '0 %', '0 %', '0 %', '0 %', '0,4 %'],
};

/** Line of the table's heading in the seed (for findings that point into the document). */
export const GRANT_TABLE_LINE = 2514;
