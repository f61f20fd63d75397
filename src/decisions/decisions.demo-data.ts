/**
 * The board matter of the seed, as the decision flow needs it. The staff report's facts, the
 * revised motion of V, S and MP and SD's statement are the seed's. The board's members and the
 * outcome of the meeting are INVENTED for the demo: the names are fictional, and the decision
 * (the motion wins on its points 1 and 3 by open vote 7–6, its two new instructions are added)
 * is illustrative, not what kommunstyrelsen actually decided.
 */
export const FICTIONAL = 'Fiktiv person (demodata)';

/** Kommunstyrelsen i Göteborg 2023: 13 members, S 4, V 2, MP 1, M 3, L 1, D 1, SD 1. Names invented. */
export const BOARD_MEMBERS: Array<{ givenName: string; familyName: string; party: string; role: 'chair' | 'vice-chair' | 'member' }> = [
  { givenName: 'Agnes', familyName: 'Lindqvist', party: 'S', role: 'chair' },
  { givenName: 'Bertil', familyName: 'Håkansson', party: 'S', role: 'member' },
  { givenName: 'Camilla', familyName: 'Ekström', party: 'S', role: 'member' },
  { givenName: 'David', familyName: 'Sandberg', party: 'S', role: 'member' },
  { givenName: 'Elin', familyName: 'Forsberg', party: 'V', role: 'vice-chair' },
  { givenName: 'Fredrik', familyName: 'Norén', party: 'V', role: 'member' },
  { givenName: 'Greta', familyName: 'Wallin', party: 'MP', role: 'member' },
  { givenName: 'Henrik', familyName: 'Berglund', party: 'M', role: 'vice-chair' },
  { givenName: 'Ingrid', familyName: 'Sjöberg', party: 'M', role: 'member' },
  { givenName: 'Johan', familyName: 'Dahlgren', party: 'M', role: 'member' },
  { givenName: 'Karin', familyName: 'Lundell', party: 'L', role: 'member' },
  { givenName: 'Lennart', familyName: 'Öberg', party: 'D', role: 'member' },
  { givenName: 'Maria', familyName: 'Holmgren', party: 'SD', role: 'member' },
];

export const BOARD_SUBSTITUTES: Array<{ givenName: string; familyName: string; party: string }> = [
  { givenName: 'Nils', familyName: 'Axelsson', party: 'S' },
  { givenName: 'Olivia', familyName: 'Persson', party: 'M' },
];

export const STAFF_REPORT = {
  dnr: '0064/23',
  issuedOn: '2023-08-28',
  summary:
    'Delårsrapport augusti är årets andra rapport enligt Göteborgs stads struktur för uppföljning. Avsnitten 1–3 är avsedda för nämnders och styrelsers rapportering av väsentlig styrinformation till kommunledningen, medan rapportering till den egna nämnden sker i avsnitt 4. I uppföljningssystemet läggs fokus på uppföljning av grunduppdrag, det vill säga genomförs det som planerats för året eller finns väsentliga avvikelser att rapportera som viktig styrinformation. Fokus ligger på uppföljning av kommunstyrelsens budget och verksamhetsplan, vad som uppnåtts, resultat, och analys av verksamheten utveckling.',
  assessments: [
    { heading: 'Bedömning ur ekonomisk dimension', text: 'Den ekonomiska dimensionen finns belyst i rapportens sammanfattning samt avsnitt 2.1, 3.2, och 4.3.' },
    { heading: 'Bedömning ur ekologisk och social dimension', text: 'Dimensionerna behandlas där det är relevant i delårsrapportens olika avsnitt.' },
  ],
  consultation: 'Information om innehåll i delårsrapporten har lämnats i förvaltningens samverkansgrupp (FSG) 2023-09-06.',
  background:
    'Kommunstyrelsen ska godkänna delårsrapport augusti 2023 för kommunstyrelsen enligt bilaga 1 (beslutssats 1). Enligt Göteborgs Stads tidplan för uppföljningsprocessen är sista dag för beslut i nämnd 2023-09-27. Ärendet innehåller också redovisning av sex budgetuppdrag från kommunfullmäktige till kommunstyrelsen och två uppdrag från kommunfullmäktige till kommunstyrelsen utanför budget. Detta är ett effektiviserat arbetssätt och minskar antalet tjänsteutlåtanden till kommunstyrelsen i uppdragsredovisningar vilka textmässigt inte är så omfattande. Enligt beslutsmeningar om redovisning av uppdrag från kommunfullmäktige till kommunstyrelsen tar kommunstyrelsen som nämnd, beslut för egen del. Om kommunstyrelsen som nämnd beslutar att förklara uppdragen genomförda redovisas dessa vidare till kommunfullmäktige inom ramen för Göteborgs Stads uppföljningsstruktur.',
  officers: [
    { name: 'Elisabeth Kylmänen', phone: '031-3680110', email: 'elisabeth.kylmanen@stadshuset.goteborg.se' },
    { name: 'Anneli Hoffmann', phone: '031-3680109', email: 'anneli.hoffmann@stadshuset.goteborg.se' },
  ],
  signatories: [{ name: 'Anders Roswall', title: 'Chef för område Kontorsledning' }, { name: 'Eva Hessman' }],
  extraAttachments: [
    'Uppföljning av trygghetsskapande och brottsförebyggande arbetet i Göteborgs stads verksamheter augusti 2023',
    'Rapport människohandel, prostitution och sexuell exploatering',
  ],
};

export const MEETING = { startsAt: '2023-10-18T13:00:00+02:00', place: 'Stadshuset, Gustaf Adolfs torg 6, Göteborg', calledAt: '2023-10-11T09:00:00+02:00', item: '1.1', paragraph: 12 };

export const REVISED_MOTION = {
  parties: ['V', 'S', 'MP'],
  filedOn: '2023-10-17',
  points: [
    {
      kind: 'reject' as const,
      target: 4,
      text: 'Redovisningen av uppdraget från budget 2023 att säkerställa att ett kollektivavtal mot kränkningar och trakasserier tecknas under 2023, enligt beskrivning i avsnitt 4.1.2.1, diarienummer 1443/22, godkännes ej',
    },
    {
      kind: 'add' as const,
      organisation: 'SLK',
      text: 'Stadsledningskontoret får i uppdrag att hålla personalutskottet löpande informerat om omhändertagandet av uppdraget att säkerställa att ett kollektivavtal mot kränkningar och trakasserier tecknas under 2023.',
    },
    {
      kind: 'reject' as const,
      target: 9,
      text: 'Beslutet att för egen del godkänna redovisningen av uppdraget att möjliggöra för anställningar och praktikplatser för fler personer med funktionsnedsättning, enligt beskrivning i avsnitt 4.1.3.1, diarienummer 0630/23 avslås.',
    },
    {
      kind: 'add' as const,
      organisation: 'SLK',
      text: 'Stadsledningskontoret får i uppdrag att i årsrapporten återkomma med en för egen del fördjupad beskrivning av omhändertagandet av uppdraget att möjliggöra för anställningar och praktikplatser för fler personer med funktionsnedsättning.',
    },
    { kind: 'approve-rest' as const, text: 'I övrigt bifalla tjänsteutlåtandet.' },
  ],
  reasoning:
    'I Göteborgs stads budget för 2023 finns följande uppdrag: Kommunstyrelsen får i uppdrag att säkerställa att ett kollektivavtal mot kränkningar och trakasserier tecknas under 2023. I delårsrapporten framgår att parterna inte lyckats komma överens om utformningen av ett kollektivavtal samt att förhandlingarna därför har avslutats. Eftersom uppdraget enligt budget om att säkerställa ett kollektivavtal därmed inte har fullgjorts, yrkar vi att kommunstyrelsen inte ska godkänna redovisningen.\n\nI samband med redovisningen av funktionshinderombudsmannens årsrapport för 2022 tog kommunfullmäktige i juni i år efter initiativ från det rödgröna styret beslut om att stärka arbetet för att tillgängliggöra Göteborgs stad som arbetsplats. Ett av uppdragen återredovisas nu för kommunstyrelsen egen del. Vi anser dock att återrapporteringen inte i tillräckligt stor grad beskriver hur uppdraget har omhändertagits. Därför bör en djupare redogörelse över hur uppdraget omhändertagits lämnas i kommande årsrapport.',
};

/** The first version that the revised motion replaces: INVENTED for the demo (the seed has only the revision). */
export const FIRST_MOTION = {
  filedOn: '2023-10-13',
  points: [REVISED_MOTION.points[0]!, REVISED_MOTION.points[4]!],
  reasoning: 'Första versionen av yrkandet (illustrativ i demodata: underlaget innehåller bara det reviderade yrkandet).',
};

export const SD_STATEMENT = {
  party: 'SD',
  filedOn: '2023-10-16',
  points: [
    {
      number: 3,
      text: 'Under punkt 4.1.2.1 står följande: ”Vid sidan av att ta fram ett samordnat utbud av språklyft, kommer också ett gemensamt stöd för att identifiera medarbetares behov att tas fram, liksom arbetssätt för att matcha behov med utbud,” Det här är att bemöta ett problem i helt fel ände, dvs en identifiering av medarbetares behov ska inte ske ”vid sidan av.” Primärt är att utreda hur bristen på svensktalande pedagoger och barnskötare ter sig i Göteborgs förskolor. Indikationer och belysande i den senaste tidens nyhetsrapporter visar på att problemet är långt mer utbrett än vad staden tidigare diagnostiserat. Tills ett språklyft har inletts kan akuta åtgärder sättas in. Det kan vara insatser som att snarast erbjuda svensktalande personal en högre inkomst vid frivillig arbetsförflyttning till de förskolor där bristen på svensktalande personal är som allra mest akut. Barnens väl kan inte vänta!',
    },
    {
      number: 6,
      text: 'Sverigedemokraterna står fast i sin ståndpunkt att investeringar/investeringsbudgetar skall prioriteras utifrån följande rangordning: 1. Kommunens lagstadgade skyldigheter 2. Största faktiska behov hos stadens folkbokförda befolkning 3. Störst värde varje investerad krona för stadens befolkning och besökare 4. Politiska visioner och projekt. Det borde vara en fullständig självklarhet - så självklart att det inte ens behöva påtalas - att prioriteringen av stadens begränsade investeringsresurser självklart skall utgå från att i första hand fullgöra stadens lagstadgade skyldigheter, i andra hand tillgodose de faktiska behoven hos stadens folkbokförda befolkning, i tredje hand utifrån störst värde tillbaka för stadens befolkning för varje investerad krona och i sista hand prioritera investeringar utifrån politiska och ideologiska visioner, prestigeprojekt och trender.',
    },
  ],
};

export const ILLUSTRATIVE_NOTE =
  'Utfallet av sammanträdet är illustrativt i Uppsikts demodata (ledamöterna är fiktiva) och är inte kommunstyrelsens verkliga beslut.';

export const MINUTES = { approvedOn: '2023-10-23', approvers: ['Agnes Lindqvist (fiktiv)', 'Henrik Berglund (fiktiv)'], postedOn: '2023-10-24' };
