/**
 * Göteborg's board (kommunstyrelsen) as of the interim report August 2023, as structured data.
 * Every fact comes from the seed document (Delårsrapport augusti 2023 för kommunstyrelsen);
 * where the report prints only a change, the underlying figures are chosen so the derived change
 * equals the printed one (noted beside them).
 */
import type { AssignmentOrigin } from '../assignments/assignment.ts';
import type { GoalRole } from '../goals/goal.ts';
import type { IndicatorUnit, ValueKind } from '../indicators/indicator.ts';
import type { OrganisationKind } from '../organisations/organisation.ts';

export const DEMO_TENANT = {
  id: 'goteborg',
  name: 'Göteborgs Stad',
  dnrFormats: ['SLK-{yyyy}-{seq:5}', '{seq:4}/{yy}'],
  hostnames: ['localhost', '127.0.0.1'],
};

export interface DemoOrganisation {
  key: string;
  kind: OrganisationKind;
  name: string;
  shortName?: string;
  parent?: string;
  serves?: string;
}

export const ORGANISATIONS: DemoOrganisation[] = [
  { key: 'KF', kind: 'council', name: 'Kommunfullmäktige', shortName: 'KF' },
  { key: 'KS', kind: 'board', name: 'Kommunstyrelsen', shortName: 'KS', parent: 'KF' },
  { key: 'SLK', kind: 'administration', name: 'Stadsledningskontoret', shortName: 'SLK', parent: 'KS', serves: 'KS' },
  { key: 'STADSHUS', kind: 'holding', name: 'Göteborgs Stadshus AB', shortName: 'Stadshus AB', parent: 'KF' },
  { key: 'FRAMTIDEN', kind: 'company', name: 'Förvaltnings AB Framtiden', parent: 'STADSHUS' },
  ...committee('IOF', 'Idrotts- och föreningsnämnden', 'Idrotts- och föreningsförvaltningen'),
  ...committee('KUL', 'Kulturnämnden', 'Kulturförvaltningen'),
  ...committee('FSK', 'Förskolenämnden', 'Förskoleförvaltningen'),
  ...committee('GSK', 'Grundskolenämnden', 'Grundskoleförvaltningen'),
  ...committee('UBN', 'Utbildningsnämnden', 'Utbildningsförvaltningen'),
  ...committee('SMN', 'Stadsmiljönämnden', 'Stadsmiljöförvaltningen'),
  ...committee('FS', 'Nämnden för funktionsstöd', 'Förvaltningen för funktionsstöd'),
  ...committee('AVO', 'Äldre samt vård- och omsorgsnämnden', 'Äldre samt vård- och omsorgsförvaltningen'),
  ...committee('SFN', 'Stadsfastighetsnämnden', 'Stadsfastighetsförvaltningen'),
  ...committee('MKN', 'Miljö- och klimatnämnden', 'Miljö- och klimatförvaltningen'),
  ...committee('IUN', 'Nämnden för inköp och upphandling', 'Förvaltningen för inköp och upphandling'),
  ...committee('DMS', 'Nämnden för demokrati och medborgarservice', 'Förvaltningen för demokrati och medborgarservice'),
  ...committee('AVN', 'Nämnden för arbetsmarknad och vuxenutbildning', 'Förvaltningen för arbetsmarknad och vuxenutbildning'),
  ...committee('SNC', 'Socialnämnden Centrum', 'Socialförvaltning Centrum'),
  ...committee('SNN', 'Socialnämnden Nordost', 'Socialförvaltning Nordost'),
  ...committee('SNH', 'Socialnämnden Hisingen', 'Socialförvaltning Hisingen'),
  ...committee('SNS', 'Socialnämnden Sydväst', 'Socialförvaltning Sydväst'),
];

function committee(key: string, name: string, administration: string): DemoOrganisation[] {
  return [
    { key, kind: 'committee', name, parent: 'KF' },
    { key: `${key}-F`, kind: 'administration', name: administration, parent: key, serves: key },
  ];
}

/** The parties of Göteborg's council 2022–2026. */
export const PARTIES = [
  { abbreviation: 'S', name: 'Socialdemokraterna' },
  { abbreviation: 'V', name: 'Vänsterpartiet' },
  { abbreviation: 'MP', name: 'Miljöpartiet' },
  { abbreviation: 'M', name: 'Moderaterna' },
  { abbreviation: 'L', name: 'Liberalerna' },
  { abbreviation: 'C', name: 'Centerpartiet' },
  { abbreviation: 'KD', name: 'Kristdemokraterna' },
  { abbreviation: 'D', name: 'Demokraterna' },
  { abbreviation: 'SD', name: 'Sverigedemokraterna' },
];

export const CYCLES = [
  {
    key: 'aug-2023',
    kind: 'interim' as const,
    name: 'Delårsrapport augusti 2023',
    year: 2023,
    periodStart: '2023-01-01',
    periodEnd: '2023-08-31',
    committeeDeadline: '2023-09-27',
  },
];

/** Section 2.2: the council's goals for 2023 that the board reports on, with its role line. */
export const GOALS: Array<{ number: number; title: string; board: GoalRole | null; holding?: GoalRole }> = [
  { number: 1, title: 'Andelen utbildad personal i förskolorna ska öka och vara mer jämnt fördelad över Göteborg.', board: 'responsible' },
  { number: 2, title: 'Livsvillkoren för Göteborgs invånare ska bli mer jämlika.', board: 'lead' },
  { number: 3, title: 'Segregationen i Göteborg ska minska.', board: 'lead' },
  {
    number: 4,
    title:
      'Göteborg ska vara en jämlik och jämställd stad där alla bemöts likvärdigt, får sina mänskliga rättigheter tillgodosedda och ges likvärdiga möjligheter oberoende av kön.',
    board: null,
  },
  { number: 5, title: 'Göteborg ska vara en säker och trygg stad.', board: 'lead' },
  {
    number: 6,
    title: 'Göteborgs klimatavtryck ska kraftigt minska för att vara nära noll senast 2030 i linje med Göteborgs Stads miljö- och klimatprogram.',
    board: null,
  },
  { number: 7, title: 'Kompetensförsörjningen ska säkras och sysselsättningen för grupper långt från arbetsmarknaden öka.', board: 'responsible' },
  { number: 8, title: 'Arbetsmiljön och arbetsvillkoren för Göteborgs Stads anställda ska förbättras.', board: 'lead' },
  { number: 9, title: 'Sjukskrivningarna till följd av arbetsrelaterad ohälsa ska minska.', board: 'lead' },
  {
    number: 10,
    title: 'Göteborg stads inköp- och upphandlingsprocesser ska bli mer effektiva och bidra till att nå samtliga hållbarhetsmål.',
    board: null,
  },
  { number: 11, title: 'Göteborgs Stad ska styras transparent och resurseffektivt.', board: 'joint-lead', holding: 'joint-lead' },
];

export interface DemoAssignment {
  dnr: string;
  title: string;
  origin: AssignmentOrigin;
  originYear?: number;
  originDecidedOn?: string;
  originReference?: string;
  /** Keys of named assignees; "all" = all committees and boards. */
  assignees: string[] | 'all';
}

const BUDGET_2023 = { origin: 'council-budget' as const, originYear: 2023 };

/** Section 4.1: the fourteen assignments the board's interim report accounts for. */
export const ASSIGNMENTS: DemoAssignment[] = [
  { ...BUDGET_2023, dnr: '1446/22', assignees: ['KS'], title: 'Kommunstyrelsen får i uppdrag att ta fram en plan för hur äldre medarbetares kompetens och erfarenhet ska tas tillvara och spridas till nyanställda.' },
  { ...BUDGET_2023, dnr: '1447/22', assignees: ['KS'], title: 'Kommunstyrelsen får i uppdrag att samordna införandet av ett språklyft i svenska för befintlig personal inom äldreomsorgen, funktionsstöd, förskola och skola som bedöms vara i behov av språklig kompetensutveckling.' },
  { ...BUDGET_2023, dnr: '1443/22', assignees: ['KS'], title: 'Kommunstyrelsen får i uppdrag att säkerställa att ett kollektivavtal mot kränkningar och trakasserier tecknas under 2023.' },
  { ...BUDGET_2023, dnr: '0198/23', assignees: 'all', title: 'Alla nämnder och styrelser får i uppdrag att stärka de organisatoriska förutsättningarna för första linjens chefer och genomföra utbildningar om tillitsbaserat ledarskap.' },
  { ...BUDGET_2023, dnr: '0200/23', assignees: 'all', title: 'Alla nämnder och styrelser får i uppdrag att aktivt arbeta med hållbarhetsperspektiven i budget- och uppföljningsprocessen, detta gäller även jämställdhetsperspektivet och framför allt i investeringsbudgetar.' },
  { ...BUDGET_2023, dnr: '0197/23', assignees: ['KS'], title: 'Kommunstyrelsen får i uppdrag att inleda förhandlingar med Västra Götalandsregionen för att möjliggöra ett införande av subvention på periodkorten i Göteborg.' },
  { ...BUDGET_2023, dnr: '0199/23', assignees: 'all', title: 'Nämnder och styrelser får i uppdrag att andelen timmar av timanställda inte överstiger fem procent.' },
  { ...BUDGET_2023, dnr: '1441/22', assignees: ['KS'], title: 'Kommunstyrelsen får i uppdrag att i samverkan med socialnämnd centrum upprätta fler samverkanslokaler för poliser, ordningsvakter, fältassistenter och trygghetsvärdar.' },
  { origin: 'council', originDecidedOn: '2022-12-08', originReference: 'punkt 1', dnr: '1407/22', assignees: ['KS'], title: 'Kommunstyrelsen får i uppdrag att säkerställa textning av Göteborgs Stads förinspelade material.' },
  { origin: 'council', originDecidedOn: '2023-06-08', dnr: '0630/23', assignees: 'all', title: 'Samtliga nämnder och styrelser får i uppdrag att möjliggöra för anställningar och praktikplatser för fler personer med funktionsnedsättning, uppdraget återrapporteras i respektive nämnd och styrelse.' },
  { origin: 'council', originDecidedOn: '2022-06-16', dnr: '0921/22', assignees: ['KS'], title: 'Kommunstyrelsen får i uppdrag att i samverkan med relevanta nämnder, rättsvårdande myndigheter och civilsamhället ta fram förslag på insatser för att motverka och agera förebyggande mot prostitution, människohandel och sexuell exploatering, samt komplettera med hänvisning till Göteborgs Stads plan mot våld i nära relationer 2020–2023.' },
  { origin: 'council', originDecidedOn: '2022-10-27', dnr: '1236/22', assignees: ['KS'], title: 'Kommunstyrelsen får i uppdrag att i enlighet med den inriktning som framgår av stadsledningskontorets tjänsteutlåtande anpassa program och planer inom området mänskliga rättigheter (MR) till en likvärdig struktur samt att återkomma med förslag på nästa steg gällande långsiktig styrning av området.' },
  { origin: 'council', originDecidedOn: '2023-03-23', originReference: 'punkt 10', dnr: '0424/23', assignees: ['KS'], title: 'Kommunstyrelsen får i uppdrag att samordna och stödja socialnämnderna, nämnden för demokrati och medborgarservice, nämnden för arbetsmarknad och vuxenutbildning, förskolenämnden, grundskolenämnden och utbildningsnämnden i arbetet mot desinformation om socialtjänsten.' },
  { origin: 'board', originDecidedOn: '2022-12-14', dnr: '1432/22', assignees: ['SLK'], title: 'Stadsledningskontoret får i uppdrag att genom varumärkesregistreringar stärka skyddet för Göteborgs Stads stadsvapen (med och utan ordbild) i syfte att förhindra otillåten användning i Sverige och i EU.' },
];

export interface DemoIndicator {
  code: string;
  name: string;
  unit: IndicatorUnit;
  decimals: number;
  direction: 'higher-is-better' | 'lower-is-better' | 'neutral';
  organisation: string;
  values: Partial<Record<ValueKind, number>>;
  note?: string;
}

/** Key figures of sections 2.1.1 and 3.1.1. */
export const INDICATORS: DemoIndicator[] = [
  {
    code: 'netto-kostnad.slk',
    name: 'Nettokostnader stadsledningskontoret',
    unit: 'mnkr',
    decimals: 1,
    direction: 'neutral',
    organisation: 'SLK',
    // 2.1.1 prints only the change: +6,3 mnkr (+3,5 %) for the period, +4,7 mnkr (+1,5 %) for the year.
    values: { actual: 186.6, 'same-period-last-year': 180.3, forecast: 311.4, 'actual-last-year': 306.7 },
  },
  {
    code: 'netto-kostnad.politik',
    name: 'Nettokostnader politisk verksamhet',
    unit: 'mnkr',
    decimals: 1,
    direction: 'neutral',
    organisation: 'KS',
    // 2.1.1: +3,2 mnkr (5,4 %) for the period, +7,8 mnkr (8,3 %) for the year.
    values: { actual: 62.4, 'same-period-last-year': 59.2, forecast: 101.7, 'actual-last-year': 93.9 },
  },
  { code: 'arsarbetare.slk', name: 'Årsarbetare stadsledningskontoret', unit: 'fte', decimals: 1, direction: 'neutral', organisation: 'SLK', values: { actual: 161.4, 'same-period-last-year': 161.9, forecast: 258.9, 'actual-last-year': 257.1 } },
  // The report prints −2,2 % for the year; 74,9 → 73,2 is −2,27 %, which rounds to −2,3 %.
  { code: 'arsarbetare.politik', name: 'Årsarbetare politisk verksamhet', unit: 'fte', decimals: 1, direction: 'neutral', organisation: 'KS', values: { actual: 47.2, 'same-period-last-year': 48.9, forecast: 73.2, 'actual-last-year': 74.9 } },
  { code: 'sjukfranvaro', name: 'Total sjukfrånvaro', unit: 'percent', decimals: 1, direction: 'lower-is-better', organisation: 'SLK', values: { actual: 2.1, 'same-period-last-year': 2.3, forecast: 2.4, 'actual-last-year': 2.1 } },
  { code: 'avgangar', name: 'Antal förvaltningsexterna avgångar, tillsvidareanställda', unit: 'count', decimals: 0, direction: 'neutral', organisation: 'SLK', values: { actual: 14, 'same-period-last-year': 12 } },
  { code: 'rekryteringar', name: 'Antal förvaltningsexterna rekryteringar, tillsvidareanställda', unit: 'count', decimals: 0, direction: 'neutral', organisation: 'SLK', values: { actual: 11, 'same-period-last-year': 20 } },
  { code: 'personalomsattning', name: 'Förvaltningsextern personalomsättning', unit: 'percent', decimals: 1, direction: 'lower-is-better', organisation: 'SLK', values: { forecast: 7.8, 'actual-last-year': 7.5 } },
];

/** Section 4.2.1: the city audit's reports for 2022 and their recommendations. */
export const AUDIT_REPORTS = [
  {
    year: 2022,
    title: 'Granskningen av kommunstyrelsens verksamhet 2022',
    auditor: 'Stadsrevisionen',
    summary:
      'Kommunstyrelsen har skött verksamheten på ett ändamålsenligt och från ekonomisk synpunkt tillfredsställande sätt, räkenskaperna är rättvisande och den interna kontrollen har varit tillräcklig.',
    recommendations: [
      { text: 'Kommunstyrelsens uppsikt över stadens säkerhetsarbete', firstMadeYear: 2022 },
      { text: 'Kontinuitetsförmågan i samhällsviktiga verksamheter i Göteborgs Stad', firstMadeYear: 2022 },
      { text: 'Styrning och uppföljning av Göteborgs Stads arbete med skyfallshantering', firstMadeYear: 2022 },
      { text: 'Uppföljning av det systematiska arbetsmiljöarbetet', firstMadeYear: 2021 },
      { text: 'Uppföljning av organisation och ansvarsfördelning för va-verksamheten', firstMadeYear: 2021 },
    ],
  },
  {
    year: 2022,
    title: 'Granskningen av Göteborgs Stads räkenskaper och bokslut 2022',
    auditor: 'Stadsrevisionen',
    summary: 'Göteborgs Stad har i huvudsak en ändamålsenlig intern kontroll i de redovisningsrutiner som har ingått i granskningen.',
    recommendations: [
      { text: 'God ekonomisk hushållning', firstMadeYear: 2019 },
      { text: 'Rättvisande räkenskaper', firstMadeYear: 2022 },
    ],
  },
];

/** Demo accounts, one per role; they exist only in demo data (README lists them). */
export const DEMO_PASSWORD = 'uppsikt-demo';
export const DEMO_USERS = [
  { email: 'admin@demo.uppsikt.se', name: 'Ada Administratör', role: 'administrator' as const },
  { email: 'controller@demo.uppsikt.se', name: 'Cecilia Controller', role: 'controller' as const },
  { email: 'rapportor@demo.uppsikt.se', name: 'Rasmus Rapportör', role: 'reporter' as const, organisation: 'SLK' },
  { email: 'sekreterare@demo.uppsikt.se', name: 'Sara Sekreterare', role: 'secretary' as const, organisation: 'KS' },
  { email: 'partisekreterare@demo.uppsikt.se', name: 'Per Partisekreterare', role: 'party-secretary' as const, party: 'V' },
  { email: 'revisor@demo.uppsikt.se', name: 'Rebecka Revisor', role: 'auditor' as const },
  { email: 'lasare@demo.uppsikt.se', name: 'Lars Läsare', role: 'reader' as const },
];
