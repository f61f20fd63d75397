/**
 * The board's interim report August 2023 (Delårsrapport augusti 2023 för kommunstyrelsen,
 * sections 1–4 of the seed) as it would have been typed into Uppsikt: prose condensed to its
 * key sentences, every table figure exactly as printed — including the report's own mistakes
 * (4.3's "66" for 66,1, the political activity's previous-forecast costs "106,5" without its
 * minus sign, Övrig verksamhet's variances 1,8 / −1,8, the spending areas' sum 43,73), which the
 * checker must find. Sentences the checker judges are kept verbatim (3.2.2, 3.2.3, 4.3.1, 4.3.2,
 * the drafting note in 4.3, 2.2.11's reference to "avsnitt 3.4.1").
 */
import type { GivenCells, StatementColumn } from './financial-statement.ts';

const COLUMNS: StatementColumn[] = ['actual', 'budget', 'variance', 'actual-last-year', 'forecast', 'previous-forecast', 'year-budget', 'outcome-last-year'];
const PERIOD: StatementColumn[] = ['actual', 'budget', 'variance', 'actual-last-year'];
const FULL_YEAR: StatementColumn[] = ['forecast', 'previous-forecast', 'year-budget', 'outcome-last-year'];

/** Figures as printed, in the order of `columns`; null where nothing is printed. */
function given(printed: (string | null)[], columns: StatementColumn[] = COLUMNS): GivenCells {
  const cells: GivenCells = {};
  printed.forEach((p, i) => {
    if (p !== null) cells[columns[i]!] = p;
  });
  return cells;
}

const p = (...paragraphs: string[]) => paragraphs.map((text) => `<p>${text}</p>`).join('');
const h = (text: string) => `<h3>${text}</h3>`;
const ul = (...items: string[]) => `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;

/** Prose sections by template key. */
export const PROSE: Record<string, string> = {
  summary: p(
    'I och med försämrat säkerhetsläget i Sverige befinner sig stadsledningskontoret i så kallad ”förstärkt samordning” vilket innebär att mer resurser knyts till arbetet med omvärldsbevakning, samordning i staden och samverkan med andra myndigheter. Bedömningen är att förvaltningar och bolag i nuläget arbetar väl med frågan.',
    'I uppdraget att stödja nämnderna i Göteborgs Stad i arbetet mot desinformation om socialtjänsten har kontoret tagit fram förslag till genomförande och en första rapportering till styrgruppen sker i september.',
    'Stadsledningskontoret har påbörjat en genomlysning med syfte att minska administrationen på kontoret och för andra nämnders och styrelsers verksamheter i de gemensamma processerna.',
    'I kompetensplaneringen bedömer kontoret att det är och fortsatt kommer att vara konkurrens om planeringsledare med bred och djup kompetens.',
    'Prognosen visar på ett överskott på 14 mnkr vilket motsvarar en avvikelse mot budget med samma belopp. Överskottet förklaras i huvudsak av personalvakanser under året.',
  ),
  operations:
    h('Kris- och säkerhetsläget i staden') +
    p(
      'Säkerhetsläget i Sverige har successivt försämrats under det gångna året bland annat till följd av desinformationskampanjen mot socialtjänsten och koranbränningar. Stadsledningskontoret kommer följa upp arbetet i staden på månadsbasis och återkommer till kommunstyrelsen med ytterligare information.',
    ) +
    h('Arbetet inom civilt försvar') +
    p(
      'Kommunfullmäktige fattade den 23 mars 2023 beslut om Göteborgs Stads riktlinje för höjd beredskap inklusive krigsorganisation. Det kommer att ske en övning av den nya krigsorganisationen kring årsskiftet 2023–2024.',
    ) +
    h('Desinformation om socialtjänsten') +
    p('Kommunfullmäktige har under året fattat beslut om särskilt riktade resurser för att samordna och stödja verksamheter i staden mot desinformation. Slutrapportering av uppdraget kommer ske i årsrapporteringen för 2023.') +
    h('Implementering av ny styrmodell för digitalisering') +
    p('Sedan den 1 januari 2023 har Göteborgs Stad en ny styrmodell för det strategiska arbetet med digitalisering. Stadsledningskontoret har tillsammans med Intraservice påbörjat ett arbete för att höja kvaliteten i arbetet med den nya styrmodellen.') +
    h('Digitaliseringsarbetet på kontoret') +
    p('Ett automatiserat processflöde hanterar nu anställning och avslut av personal, avstämningen av lönefiler sker med RPA-teknik och merparten av kontorets ekonomiska verifikationer attesteras elektroniskt.'),
  'operations-deviations': p('I dagsläget finns inta väsentliga avvikelser mot kommunstyrelsens budget och verksamhetsplan att redovisa.'),
  'hr-analysis': p(
    'En av de viktigaste uppgifterna i HR-arbetet på stadsledningskontoret är att bidra till det övergripande organisationsmålet att Göteborgs Stad är en attraktiv arbetsgivare med goda arbetsvillkor.',
    'Medarbetarenkäten visade på en positiv utveckling gällande Hållbart medarbetarengagemang (HME) där totalindexet ökade från 75 till 76.',
    'Förvaltningen har lanserat ett program för utvecklande medarbetarskap (UM) som har fått ett bra gensvar. Alla chefer har genomgått en grundläggande utbildning i programmets innehåll.',
  ),
  'competence-city': ul(
    'Att fortsätta arbetet med analysnätverket kring kompetensförsörjning.',
    'Att fortsätta ta fram och ytterligare utveckla kompetensförsörjningsprognosen, för att underlätta och effektivisera analysarbetet ute på förvaltningarna.',
    'Att ta fram en mall för kompetensförsörjningsplan i syfte att effektivisera och korta ned tiden för uppstart i frågan på de förvaltningar som inte kommit i gång med arbetet.',
  ),
  'economy-actual': p(
    'Periodens resultat för kommunstyrelsen är ett överskott på 26,3 mnkr vilket motsvarar en positiv avvikelse mot periodens budget med 20,5 mnkr. Stadsledningskontorets del av detta överskott är 19,9 mnkr och den politiska verksamheten står för 6,4 mnkr av överskottet. De huvudsakliga orsakerna till den positiva avvikelsen redogörs under avsnitt 4.3.1.',
  ),
  'economy-forecast': p(
    'Prognosen för kommunstyrelsen visar ett överskott på 14 mnkr vilket motsvarar en avvikelse mot budget med samma belopp. Stadsledningskontorets del av detta överskott uppgår till 10 mnkr och den politiska verksamheten står för 4 mnkr av detta överskott. Under avsnitt 4.3.2 redogörs för de huvudsakliga orsakerna till denna positiva avvikelse.',
  ),
  'emergency-water': p(
    'Enligt Göteborgs Stads riktlinje för nödvattenförsörjning är kommunstyrelsen och stadsledningskontorets verksamhet inte utpekad som prioriterad utan ingår i gruppen övrig verksamhet. Stadsledningskontorets planering för nödvattenförsörjning ligger inom ramen för kontorets kontinuitetshantering.',
  ),
  'pandemic-plan': p(
    'För att tydligare inrymma konsekvenser till följd av en pandemi har ett arbete påbörjats för att komplettera beredskapsplanen för civilt försvar. Arbetet beräknas vara klart till årsskiftet.',
  ),
  'core-safety':
    p(
      'Stadsledningskontoret följer löpande upp förvaltningar och bolags arbete inom det trygghetsskapande och brottsförebyggande området. Denna uppföljningsrapport tar upp ekonomi- och beslutsperspektivet inom det trygghetsskapande och brottsförebyggande arbetet. Rapporten i sin helhet bifogas i bilaga 2. Följande områden behandlas i rapporten:',
    ) +
    ul('kontrollarbetet inom föreningsbidrag', 'kontrollarbetet inom upphandling och avtal') +
    p(
      'Avseende fördjupade kontroller med anledning av misstanke om fel och/eller fusk beträffande förenings- och kulturbidrag har Idrotts- och föreningsförvaltningen en systematisk hantering. Ytterligare arbete krävs för att utveckla och systematisera kontroller i bidragsgivning för att upptäcka fel och oegentligheter.',
      'Förvaltningen för inköp och upphandling har kontrollerat totalt 136 företag och över 300 arbetstagare genom platsbesök med efterföljande skrivbordskontroll.',
    ) +
    h('Kommuner mot brott') +
    p('Stadsledningskontoret avser att fördela 469 tkr till vardera av tretton nämnder för att stärka upp deras arbete med kunskapsbaserade lägesbilder för 2023.'),
  'assignments-council-budget': p(
    'Budgetuppdragen i avsnitt 4.1.2.1 överlämnas till kommunstyrelsen som nämnd för godkännande. Om kommunstyrelsen beslutar att förklara uppdragen genomförda redovisas de vidare till kommunfullmäktige inom ramen för Göteborgs Stads uppföljningsstruktur.',
    'I avsnitt 4.1.2.2 gör stadsledningskontoret delredovisning av uppdragens status/pågående arbete till kommunstyrelsen som nämnd för kännedom. Uppdragen kommer att redovisas till kommunstyrelsen för godkännande vid senare tillfälle.',
  ),
  'assignments-council': p(
    'Uppdragen i avsnitt 4.1.3.1 överlämnas till kommunstyrelsen som nämnd för godkännande. Om kommunstyrelsen beslutar att förklara uppdragen genomförda redovisas dessa vidare till kommunfullmäktige inom ramen för Göteborgs Stads uppföljningsstruktur.',
    'I avsnitt 4.1.3.2 gör stadsledningskontoret delredovisning av uppdragens status/pågående arbete till kommunstyrelsen för kännedom. Uppdragen kommer att redovisas till kommunstyrelsen för godkännande vid senare tillfälle.',
  ),
  'assignments-board': p(
    'I avsnitt 4.1.4.1 gör stadsledningskontoret delredovisning av uppdragens status/pågående arbete till kommunstyrelsen som nämnd för kännedom. Uppdragen kommer att redovisas till kommunstyrelsen för godkännande vid senare tillfälle.',
  ),
  'board-economy-actual':
    p(
      'Periodens resultat för kommunstyrelsen är ett överskott på 26,3 mnkr vilket motsvarar en positiv avvikelse mot periodens budget med 20,5 mnkr. Stadsledningskontoret del av detta överskott är 19,9 mnkr och den politiska verksamheten står för 6,4 mnkr av överskottet. Nedan redogörs för de huvudsakliga orsakerna till detta överskott.',
    ) +
    h('Stadsledningskontorets verksamhet') +
    p(
      'Resultatet för stadsledningskontoret uppgår till 20,6 mnkr med en positiv avvikelse gentemot budgeten (5,8 mnkr) med 8,4 mnkr. Den positiva avvikelsen beror huvudsakligen på personalvakanser under perioden samt på att kostnader för några uppdrag kommer att upparbetas senare än budgeterat. Nettokostnadsutvecklingen för stadsledningskontoret jämfört med föregående år redogjordes för under avsnitt 2.1.1.',
    ) +
    h('Politisk verksamhet') +
    p(
      'Resultatet för den politiska verksamheten uppgår till 6,4 mnkr med en positiv avvikelse gentemot budgeten med 6,4 mnkr. Den positiva avvikelsen förklaras i huvudsak av lägre personalkostnader än budgeterat hos politiska sekreterare. Nettokostnadsutvecklingen för den politiska verksamheten jämfört med föregående år redogjordes för under avsnitt 2.1.1.',
    ) +
    h('Personal- och kompetensförsörjning (finansieras av kommuncentrala poster)') +
    p(
      'Intäkter och kostnader uppgår till 16,6 mnkr vilket motsvarar en budgetavvikelse på 1,8 mnkr jämför med budget 18,5 mnkr. Posten bidrar till avvikelse vid jämförelse med budgeten men påverkar inte resultatet för perioden.',
    ) +
    h('Fackliga förtroendemän (faktureras)') +
    p(
      'Intäkter och kostnader uppgår till 46,1 mnkr vilket motsvarar en budgetavvikelse på 1,5 mnkr jämfört med budget 47,6 mnkr. Posten bidrar till avvikelse vid jämförelse med budgeten men påverkar inte resultatet för perioden.',
    ),
  'board-economy-forecast':
    p(
      'Prognosen för kommunstyrelsen visar ett överskott på 14 mnkr vilket är en avvikelse mot budget med samma belopp. Prognosen är 14 mnkr högre jämfört med föregående prognos. Stadsledningskontorets del av detta överskott uppgår till 10 mnkr och den politiska verksamheten står för 4 mnkr av detta överskott. Nedan redogörs för det huvudsakliga orsakerna till denna positiva avvikelse.',
    ) +
    h('Stadsledningskontorets verksamhet') +
    p('Prognosen för stadsledningskontoret bedöms visa ett överskott på 10 mnkr vilket motsvarar en avvikelse mot budget med samma belopp. Den positiva avvikelsen förklaras i huvudsak av personalvakanser.') +
    h('Politisk verksamhet') +
    p('Prognosen för den politiska verksamheten bedöms till ett överskott på 4 mnkr vilket motsvarar en avvikelse mot budget med samma belopp. Den positiva avvikelsen förklaras i huvudsak av lägre personalkostnader.') +
    h('Personal- och kompetensförsörjning (finansieras av kommuncentrala poster)') +
    p(
      'Prognosen för intäkter och kostnader uppgår till 43,7 mnkr vilket motsvarar en mindre avvikelse mot budget med 1,3 mnkr. Posten bidrar visserligen till avvikelse vid jämförelse med budgeten men påverkar inte resultatet för perioden.',
    ) +
    h('Fackliga förtroendemän (faktureras)') +
    p('Prognosen för intäkter och kostnader uppgår till 71,5 mnkr vilket i stort sett motsvarar årets budget.'),
};

/** 3.3.3: the board's own subsections, numbered by the system — the second keeps its stray "3.4.4.2". */
export const OTHER_DECISIONS = [
  {
    title: 'Samverkansavtal med Svenska Mässan om kvalitetsmässan',
    text: p(
      'Göteborgs Stad har sedan tio år ett samverkansavtal med Svenska mässan kring genomförandet av kvalitetsmässan. Avtalet löper nu ut och kommer inte att förlängas, men staden kommer fortsatt att samarbeta med Svenska Mässan kring kvalitetsmässan.',
    ),
  },
  {
    title: '3.4.4.2 Arbete i Sveriges Kommuner och Regioner kring kommungemensam agenda',
    text: p(
      'Sveriges Kommuner och Regioner har under året, tillsammans med bland annat kommundirektörsnätverket, arbetat med ett dokument som i nuvarande version heter ”Kommungemensamt handslag för välfärdsutveckling genom digitalisering”. Planeringen är att dokumentet under året ska upp till SKR:s styrelse för beslut.',
    ),
  },
];

/** 2.2: the assessment of each council goal, by goal number. */
export const GOAL_TEXTS: Record<number, string> = {
  1: p('För att öka andelen utbildad personal fördelas medel från det centrala kompetensförsörjningsanslaget till förskolenämnden för kompetensutvecklingsinsatser av barnskötare, fördjupad barnskötarutbildning samt barnskötarutbildning för tillsvidareanställda som saknar grundläggande utbildning.'),
  2: p(
    'Jämlikhetsrapporten 2023: Skillnader i livsvillkor och hälsa i Göteborg, beslutades i kommunfullmäktige den 25 maj. Rapporten beskriver utvecklingen av göteborgarnas hälsa och livsvillkor inom områdena utbildning, arbete, inkomst, bostad, närmiljö samt tillit och delaktighet.',
    'Kommunstyrelsen har samordningsansvaret för arbetet inom programmet Jämlik stad. Kontoret bedömer att förändringar kommer att ske från och med nästa år, inte minst genom uppdraget om en central samordningsfunktion för Agenda 2030.',
  ),
  3: p(
    'I dagsläget pågår arbete i framför allt stadens verksamheter som syftar till att minska segregationen eller segregationens negativa konsekvenser. Bedömningen är att det inte behövs mer styrning inom området utan en kraftsamling kring de insatser som redan pågår och en förflyttning av fokus mot segregationsmålet.',
  ),
  4: p(
    'Alla göteborgare har möjlighet att följa den demokratiska processen genom att läsa handlingar och protokoll på webben. Kommunfullmäktiges möten är öppna för allmänheten och kan även följas på webben.',
    'Ungdomsfullmäktige består av 101 ungdomar mellan tolv och sjutton år från alla stadsdelar i Göteborg.',
  ),
  5: p(
    'Det trygghetsskapande och brottsförebyggande programmet och de nyligen beslutade handlingsplanerna mot gängkriminalitet och för att motverka tystnadskultur är omfattande dokument med många mål och strategier. Stadsledningskontoret leder arbetet med att stödja och samverka tillsammans med förvaltningarna och bolagen.',
    'I fördjupning till nämnden, avsnitt 4.1.2, beskrivs resultat av uppföljningen avseende ekonomi- och beslutsperspektivet inom det trygghetsskapande och brottsförebyggande arbete mer omfattande och bilaga 2 innehåller uppföljning av det trygghetsskapande och brottsförebyggande arbetet i Göteborgs Stads verksamheter 2023.',
    'Utvärderingen av LOV3-områdena påbörjas den 1 september 2023 och beräknas fortgå fram till slutet av 2024.',
  ),
  6: p(
    'Stadsledningskontoret har tagit fram en miljöhandlingsplan med sju mål och underliggande aktiviteter. Målet avseende att använda miljögodkända kemikalier bedöms som uppnått. I övrigt sker uppföljning genom nyckeltal som tas fram per helår.',
  ),
  7: p(
    'I arbetet med att ta fram Göteborgs Stads plan för kompetensförsörjning beaktas dessa frågor och samverkan sker framför allt med välfärdsnämnderna samt med nämnden för arbetsmarknad och vuxenutbildning.',
  ),
  8: p(
    'Inom programmet för attraktiv arbetsgivare pågår en slutrapportering då programmet löper ut vid årsskiftet. Arbetet inom målområde 2, ”Vi har ett hållbart arbetsliv där verksamhet och hälsa utvecklas”, bedöms ha kommit längst. Flera av de uppsatta målvärdena bedöms dock svåra att nå under programperioden.',
  ),
  9: p(
    'Rehabiliteringsprocessen har setts över och förtydligats, och ett tidigt och aktivt arbete med ohälsa ska prövas på fem förvaltningar. Förvaltningen har låg sjukfrånvaro och arbetsuppgifterna är till stor del av administrativ karaktär.',
  ),
  10: p(
    'Göteborgs Stad har en gemensam inköpsprocess för att utveckla och effektivisera inköps- och upphandlingsverksamheten. Kontoret har utsedda beställare med tydliga mandat över vilka varor eller tjänster som får beställas.',
  ),
  11: p(
    'Stadsledningskontoret har i planerings- och uppföljningsprocessen nära samarbete med Stadshus AB och samverkar för att staden ska nå målet. Styr- och uppföljningsmodellen finns tillgänglig för alla att ta del av.',
    'Det pågår arbete med att se över befintliga program och planer i syfte att minska antalet och få en effektivare styrning samt minimera dubbelstyrning. Frågor har gått ut till förvaltningar och bolag i samband med delårsrapport augusti och vad som framkommer där redovisas i Göteborgs Stads delårsrapport augusti. Stadsledningskontorets egen redovisning finns i avsnitt 3.4.1 under rubriken ”På vilket sätt har nämnden begränsat uppgifter inom bland annat administration, ledningsarbete och konsultanvändning".',
  ),
};

/** 2.1.1 as printed: the change for the period and for the full year, per indicator. */
export const OPERATIONS_INDICATORS = {
  given: {
    'netto-kostnad.slk': { period: '6,3 mnkr (+3,5%)', 'full-year': '4,7 mnkr (+1,5%)' },
    'arsarbetare.slk': { period: '161,4 (-0,3%)', 'full-year': '258,9 (+0,7%)' },
    'netto-kostnad.politik': { period: '3,2 mnkr (5,4%)', 'full-year': '7,8 mnkr (8,3%)' },
    'arsarbetare.politik': { period: '47,2 (-3,5%)', 'full-year': '73,2 (-2,2%)' },
  },
  textAfter: p(
    'För stadsledningskontoret har nettokostnaden ökat med 6,3 mnkr, motsvarande 3,5 procent, jämfört med samma period föregående år. Denna ökning beror huvudsakligen på årliga löneökningar samt högre PO-avgifter.',
    'Stadsledningskontorets personalvolym har minskat med 0,5 årsarbetare, vilket är en minskning med 0,3 procent jämfört med samma period föregående år.',
    'För den politiska verksamheten har nettokostnaden under perioden ökat med 3,2 mnkr, motsvarande 5,4 procent, jämfört med samma period föregående år.',
    'Under perioden har personalvolym för den politiska verksamheten minskat med 1,7 årsarbetare, vilket motsvarar en minskning med 3,5 procent jämfört med samma period föregående år.',
    'Jämfört med utfall föregående år för stadsledningskontoret visar prognosen i augusti en ökning av nettokostnaden med 4,7 mnkr vilket är en ökning med 1,5 procent för helåret.',
    'Jämfört med utfall föregående år för den politiska verksamheten visar prognosen i augusti en ökning av nettokostnaden med 7,8 mnkr vilket är en ökning med 8,3 procent för helåret.',
  ),
};

/** 3.1.1 as printed (the PDF prints SLK and the political activity in one cell; here each has its row). */
export const HR_INDICATORS = {
  given: {
    'arsarbetare.slk': { actual: '161,4', 'same-period-last-year': '161,9', forecast: '258,9', 'actual-last-year': '257,1' },
    'arsarbetare.politik': { actual: '47,2', 'same-period-last-year': '48,9', forecast: '73,2', 'actual-last-year': '74,9' },
    sjukfranvaro: { actual: '2,1%', 'same-period-last-year': '2,3%', forecast: '2,4%', 'actual-last-year': '2,1%' },
    avgangar: { actual: '14', 'same-period-last-year': '12' },
    rekryteringar: { actual: '11', 'same-period-last-year': '20' },
    personalomsattning: { forecast: '7,8%', 'actual-last-year': '7,5%' },
  },
  textAfter: p(
    'Nyckeltal anges för Basverksamheten, vilket exkluderar temporär verksamhet, personal och kompetens, kommunövergripande verksamhet och politisk verksamhet. Innevarande period anges ackumulerat per juli för sjukfrånvaro, avgångar och rekryteringar.',
    'Sjukfrånvaron har minskat från 2,3 procent till 2,1 procent, minskning har skett av både den korta och den långa sjukfrånvaron.',
    'Antalet avgångar har ökat från 12 till 14 jämfört med samma period föregående år.',
  ),
};

/** 3.1.3.1–3.1.3.3 */
export const COMPETENCE_NOW = [
  { group: 'Administratör', shortage: 'Ingen brist', size: 'Ingen brist', trend: 'Oförändrat' },
  {
    group: 'Handläggare',
    position: 'Planeringsledare',
    shortage: 'Viss brist',
    size: 'I enkät har chefer angett 4 tjänster',
    trend: 'Oförändrat',
    impact: 'Prioritering av uppdrag, hög arbetsbelastning, risk att tappa framdrift i genomförande av program och planer',
  },
  {
    group: 'Handläggare',
    position: 'Ekonom till Finans och koncernredovisning',
    shortage: 'Viss brist',
    size: 'Två rekryteringar pågår',
    trend: 'Oförändrat',
    impact: 'Hög arbetsbelastning och risk att tappa fart i uppdrag',
  },
  {
    group: 'Handläggare',
    position: 'Jurist',
    shortage: 'Ingen brist',
    size: 'Tillsättningar klara. Var svårt att rekrytera arbetsrättsjurist på grund av få kvalificerade ansökningar.',
    trend: 'Oförändrat',
    impact: 'Hög arbetsbelastning under tillsättning av tjänster då uppdrag fått fördelas på färre antal medarbetare.',
  },
];

export const COMPETENCE_LONG_TERM = [
  {
    group: 'Handläggare',
    position: 'Planeringsledare',
    shortage: 'Viss brist',
    size: '5–10',
    comment: 'Förvaltningen bedömer att det kommer att vara stor konkurrens om planeringsledare med bred och djup kompetens.',
  },
  {
    group: 'Handläggare',
    position: 'Ekonom Finans och koncernredovisning',
    shortage: 'Viss brist',
    size: '0–2',
    comment: 'Stor konkurrens om ekonomer med den kompetens som krävs för att arbeta inom finans och koncernredovisning för staden.',
  },
  {
    group: 'Handläggare',
    position: 'Jurist',
    shortage: 'Viss brist',
    size: '0–2',
    comment: 'Stor konkurrens om arbetsrättsjurister och stadsjurister med den kompetens som krävs för att arbeta stadenövergripande.',
  },
];

export const COMPETENCE_ACTIONS = [
  {
    action: 'Ökat stöd till chefer i hela rekryteringsprocessen',
    purpose: 'Säkerställa kvalitet och likabehandling i rekryteringsprocessen',
    activity: 'HR deltar i processen från annonsinnehåll och urval till första intervju',
    start: '2022',
    end: 'Löpande',
    effect: 'Strukturerad och kompetensbaserad rekryteringsprocess',
  },
  {
    action: 'Exit-samtal',
    purpose: 'Förstå varför medarbetare väljer att lämna förvaltningen',
    activity: 'HR-specialist kallar samtliga medarbetare som slutar till ett exit-samtal',
    start: '2023',
    end: 'Löpande',
    effect: 'En mer attraktiv arbetsgivare och förebyggande arbetsmiljöarbete',
  },
  {
    action: 'Omstart av arbete kring uppföljning och åtgärder av resultat i medarbetarenkät och temperaturmätningar',
    purpose: 'Använda kunskap från mätningarna för att förbättra arbetsmiljön',
    activity: 'Utveckla arbetssätt för analys och åtgärder för att stödja grupper med lägre resultat',
    start: '2023',
    end: '2024',
    effect: 'God arbetsmiljö och ökade möjligheter att behålla medarbetare',
  },
  {
    action: 'Stärka det gemensamma ledarskapet och öka tilliten inom chefsgruppen',
    purpose: 'Ökat samarbete, bygga relationer och tillit',
    activity: 'Fortsatt ledarskapsutveckling och chefsforum för dialog och information',
    start: '2022',
    end: 'Löpande',
    effect: 'God arbetsmiljö för chefer och ett stödjande samarbetsklimat',
  },
  {
    action: 'Förbättra chefers organisatoriska förutsättningar – chefoskopet 2024',
    purpose: 'Kartlägga chefers organisatoriska förutsättningar',
    activity: 'Genomföra chefoskopet, ett forskningsbaserat verktyg för ett systematiskt arbetssätt',
    start: '2024',
    end: '2024',
    effect: 'Alla chefer ska få rätt förutsättningar för att utföra sitt uppdrag',
  },
  {
    action: 'Systematiskt arbete kring lönesättning och lönebildning',
    purpose: 'Ett kollektivt ansvar för lönebildningen utifrån helheten på förvaltningen',
    activity: 'Rutin för nylönesättning, lönekartläggning som beslutsunderlag, transparent dialog i chefskollektivet',
    start: '2020',
    end: 'Löpande',
    effect: 'Rätt lön från start och möjlighet att premiera god prestation',
  },
];

/** 3.2.1 as printed: the consolidated statement, period and full year. */
export const ECONOMY_SUMMARY = {
  rows: {
    income: { ...given(['76,7', '76,5', '0,2', '66,1'], PERIOD), ...given(['120,1', '119,4', '119,8', '112,1'], FULL_YEAR) },
    costs: { ...given(['-343,2', '-370,7', '27,4', '-319,7'], PERIOD), ...given(['-577,1', '-590,4', '-594,3', '-543,0'], FULL_YEAR) },
    allocation: { ...given(['257,7', '257,7', '0', '255,6'], PERIOD), ...given(['386,5', '386,5', '386,5', '383,4'], FULL_YEAR) },
    'internal-grants': { ...given(['35,2', '42,4', '-7,1', '30,7'], PERIOD), ...given(['84,5', '84,5', '88,0', '61,5'], FULL_YEAR) },
    result: { ...given(['26,3', '5,9', '20,5', '32,5'], PERIOD), ...given(['14,0', '0', '0', '14,1'], FULL_YEAR) },
  },
};

/** 3.2.4, belopp i tkr. */
export const CENTRAL_FUNDS = [
  { label: 'Extern visselblåsarfunktion', actual: '233', forecast: '700', budget: '700' },
  { label: 'Personal-/kompetensförsörjning', actual: '13 400', forecast: '43 300', budget: '45 000' },
  { label: 'LOV3-områden', actual: '20 000', forecast: '32 400', budget: '35 000' },
  { label: 'Lokala trygghetsöverenskommelser med näringslivet', actual: '0', forecast: '1 000', budget: '1 000' },
  { label: 'Kommuner mot brott', actual: '0', forecast: '6 100', budget: '6 100' },
];

/** 3.3.1: consultancy costs, mnkr. */
export const ADMINISTRATION_LIMITS = {
  text: p(
    'Stadsledningskontorets grunduppdrag utgörs i stort av ledningsarbete och uppgifter inom området som benämns administration. Kontoret behöver ständigt ha fokus på effektivt arbete med rätt kvalitet.',
    'Stadsledningskontoret har påbörjat en genomlysning internt i syfte att se på vilket sätt administrationen kan minska för kontoret. Ärendet redovisades på kommunstyrelsens sammanträde den 5 september.',
    'Från och med årsskiftet delar drygt etthundra medarbetare från tre andra förvaltningar och Stadshus AB Högvaktens kontorslokaler med stadsledningskontoret.',
    'Stadsledningskontorets användning av konsulter varierar över tid beroende på karaktären på aktuella uppdrag. Under de senaste åren har kontorets konsultkostnader minskat. Prognos för innevarande år pekar på en minskning på cirka 50 procent jämfört föregående år.',
  ),
  values: { consultancy: { period: '6,4', '2022': '22,3', '2021': '21,4', '2020': '17,3', '2019': '21,3', '2018': '28,3' } },
};

/** 4.2.1: the prose around the audit reports, which come from the register. */
export const AUDIT_TEXT = {
  text: p(
    'Stadsrevisionen lämnar två rapporter varje år till kommunstyrelsen. Den ena avser granskning av kommunstyrelsens egen verksamhet och den andra Göteborgs Stads räkenskaper och bokslut. I innevarande delårsrapport redovisas resultatet i granskningarna föregående verksamhetsår samt för kännedom planerad och pågående granskning 2023.',
  ),
  textAfter:
    h('Yttrande från kommunstyrelsen') +
    p(
      'Stadsledningskontorets förslag till yttrande där det framgår vilka åtgärder som kommunstyrelsen gjort eller planerar att göra med anledning av rekommendationerna i de två granskningarna har godkänts av kommunstyrelsen 2023-06-07 och översänts till stadsrevisionen som kommunstyrelsens yttrande.',
    ) +
    h('Pågående och planerad granskning 2023') +
    p('I revisionsplanen 2023 har stadsrevisionen beslutat att genomföra granskningar enligt följande. Resultatet rapporteras i den årliga revisionsredogörelsen till kommunstyrelsen under våren 2024.') +
    ul(
      'grundläggande granskning av kommunstyrelsens verksamhet',
      'planerings-, budget- och uppföljningsprocessen',
      'arbete mot våldsbejakande extremism och radikalisering',
      'avgifter för vatten och avlopp i Göteborgs Stad',
      'räkenskaper och bokslut',
    ),
};

/** 4.3 as printed: the whole board, then each unit, then HR's spending areas. */
export const BOARD_ECONOMY = {
  text: p('Ansvarig hela avsnitt 3: Anders R/Anneli H'),
  consolidated: {
    rows: {
      income: given(['76,7', '76,5', '0,2', '66', '120,1', '119,5', '119,8', '112,1']),
      costs: given(['-343,2', '-370,7', '27,4', '-319,7', '-577,1', '-590,4', '-594,3', '-543,0']),
      allocation: given(['257,7', '257,7', '0', '255,6', '386,5', '386,5', '386,5', '383,4']),
      'internal-grants': given(['35,2', '42,4', '-7,1', '30,7', '84,5', '84,5', '88,0', '61,5']),
      result: given(['26,3', '5,9', '20,5', '32,5', '14,0', '0', '0', '14,1']),
    },
  },
  units: {
    slk: {
      rows: {
        income: given(['26,7', '26,2', '0,5', '19,6', '44,4', '44,1', '44,6', '37,7']),
        costs: given(['-213,3', '-232,1', '18,9', '-199,9', '-355,7', '-364,3', '-368,5', '-344,4']),
        allocation: given(['188,0', '188,0', '0', '189,9', '280,8', '280,2', '280,8', '284,8']),
        'internal-grants': given(['18,6', '23,9', '-5,3', '17,3', '40,5', '39,5', '43,0', '31,2']),
        result: given(['19,9', '5,9', '14,1', '26,9', '10,0', '0', '0', '9,4']),
      },
    },
    political: {
      rows: {
        income: given(['2,1', '0,5', '1,6', '0,5', '2,1', '0,8', '0,8', '0,9']),
        costs: given(['-65,5', '-70,2', '4,7', '-60,6', '-103,8', '106,5', '-106,5', '-94,8']),
        allocation: given(['69,7', '69,7', '0', '65,7', '105,7', '105,7', '105,7', '98,6']),
        result: given(['6,4', '0', '6,4', '5,6', '4,0', '0', '0', '4,7']),
      },
    },
    other: {
      rows: {
        income: given(['47,8', '49,8', '1,8', '45,9', '74,6', '74,6', '74,4', '73,5']),
        costs: given(['-47,8', '-49,8', '-1,8', '-45,9', '-74,5', '-74,6', '-74,4', '-73,5']),
        result: given(['0', '0', '0', '0', '0', '0', '0', '0']),
      },
    },
    hr: {
      rows: {
        costs: given(['-16,6', '-18,5', '1,9', '-13,3', '-43,9', '-45,0', '-45,0', '-30,3']),
        'internal-grants': given(['16,6', '18,5', '-1,9', '13,3', '43,9', '45,0', '45,0', '30,3']),
        result: given(['0', '0', '0', '0', '0', '0', '0', '0']),
      },
      areas: {
        staffing: given(['-0,42', '-0,60', '0,18', '-0,42', '1,10', '1,10', '1,10', '2,76']),
        preschool: given(['-1,22', '-0,90', '-0,32', '0', '3,62', '2,90', '2,90', '2,70']),
        school: given(['-3,42', '-1,30', '-2,12', '0', '5,20', '4,70', '4,70', '3,87']),
        'elderly-care': given(['-3,86', '-4,90', '1,04', '-2,90', '8,60', '8,60', '8,60', '4,75']),
        'social-services': given(['-3,17', '-4,10', '0,93', '-2,93', '8,53', '9,22', '9,22', '7,71']),
        'other-competence': given(['0', '0', '0', '0', '0,94', '2,63', '1,61', '0,08']),
        managers: given(['-2,47', '-3,67', '1,20', '-1,76', '8,45', '8,45', '9,02', '4,86']),
        'hr-policy': given(['-2,07', '-3,02', '0,95', '-0,91', '7,09', '7,55', '7,85', '3,53']),
      },
      areasSum: given(['-16,63', '-18,49', '1,86', '-8,92', '43,73', '45,00', '45,00', '30,26']),
    },
  },
};

/** 4.1: the fourteen accounts, by dnr, in the order the report prints them. */
export const ACCOUNTS: Array<{ dnr: string; proposed: 'done' | 'partial'; text: string }> = [
  {
    dnr: '1446/22',
    proposed: 'done',
    text:
      p(
        'Inom ramen för att omhänderta äldre medarbetares kompetens planerar stadsledningskontoret att tillsammans med de fyra socialförvaltningarna genomföra ett försök med mentorprogram. Modellen utgår från befintliga och beprövade kunskaper om mentorskapsprogram.',
        'Målet med mentorprogrammet är:',
      ) +
      ul(
        'Minska personalomsättningen och säkerställa kompetensöverföring',
        'Få seniora medarbetare att stanna längre i yrket genom att erbjuda alternativa arbetsuppgifter',
        'Skapa ökad trygghet för medarbetare som är nya i yrket',
        'Skapa en metod som sedan kan användas i många yrkesgrupper och brett i hela staden',
      ) +
      p('Under hösten 2023 genomförs planering och urval, och själva försöket genomförs under 2024.'),
  },
  {
    dnr: '1447/22',
    proposed: 'done',
    text: p(
      'Uppdraget är påbörjat, och planeras genomföras under 2023, samt slutföras genom att ett samordnat språklyft enligt uppdrag initieras under första kvartalet 2024. Under hösten arbetar berörda förvaltningar med att realisera den plan för uppdragets genomförande som tagits fram.',
      'Budgetuppdraget är ettårigt, medan ansvaret att fortsatt erbjuda ett språkstödjande sammanhang kommer att åvila berörda förvaltningar över lång tid. En fortsatt samverkan bör prioriteras med förvaltningen för arbetsmarknad och vuxenutbildning som ett lämpligt nav.',
    ),
  },
  {
    dnr: '1443/22',
    proposed: 'done',
    text: p(
      'Förhandlingar har genomförts mellan lokala parter (arbetsgivare och fackliga organisationer) i syfte att komma överens om avtalsinnehåll i lokalt kollektivavtal. Då parterna inte kunnat nå fram till en överenskommelse har förhandlingar slutförts utan att kollektivavtal har kunnat tecknas. Protokollet är utsänt och parterna är överens om att förhandlingen är avslutad.',
    ),
  },
  {
    dnr: '0198/23',
    proposed: 'done',
    text:
      p('Stadsledningskontoret bedriver ett långsiktigt arbete med att utveckla ledarskapet i organisationen. För att nå dit genomförs olika utbildnings- och utvecklingsinsatser för chefer, som:') +
      ul(
        'MIL-ledarskapsprogram',
        'Chefsintroduktion till utvecklande medarbetarskap',
        'Programmet för utvecklande medarbetarskap – gruppers utveckling, beteenden och psykologisk trygghet',
        'Gemensamt arbete med arbetsmiljömål och organisationskultur',
        'Digitala föreläsningar inom tillit',
      ),
  },
  {
    dnr: '0200/23',
    proposed: 'done',
    text: p(
      'I samtliga nämnders reglementen och styrelsers ägardirektiv framgår att hållbarhetsarbete ska drivas integrerat och proaktivt för att uppnå målen i Agenda 2030. Kommunstyrelsen har under året inrättat en central samordningsfunktion för agenda 2030-arbetet för att stärka arbetet med jämlikhet, jämställdhet och mänskliga rättigheter.',
      'Även kommunstyrelsens egen budget, verksamhetsplanering och uppföljning har fokus på hållbarhetsperspektiven.',
    ),
  },
  {
    dnr: '0197/23',
    proposed: 'done',
    text: p(
      'Stadsledningskontoret har genomfört en dialog med Västra Götalandsregionen och Västtrafik om införande av subvention på periodkorten i Göteborg. Västtrafik har tagit fram ett underlag som bilagts ärendet Förutsättningar för budget 2024 (dnr 0392/23), som ska stödja en fortsatt dialog om en eventuell kommunal subvention av periodbiljetter.',
    ),
  },
  {
    dnr: '0199/23',
    proposed: 'partial',
    text: p(
      'Förvaltningen bedriver verksamhet som inte omfattar arbeten som utförs av timanställda i någon större grad. Förvaltningens andel av arbetade timmar som utförs av timanställda tjänstepersoner är 0,5 procent.',
    ),
  },
  {
    dnr: '1441/22',
    proposed: 'partial',
    text: p(
      'Samverkan har skett med socialförvaltning centrum i lokalfrågan och en samverkanslokal har identifierats som bedöms vara lämplig för ändamålet. Inflyttning beräknas kunna ske tidigast under sommaren 2024. Stadsledningskontoret avser att återkomma under 2024 när lokalen är färdigställd med slutredovisning av uppdraget.',
    ),
  },
  {
    dnr: '1407/22',
    proposed: 'done',
    text: p('Ramavtalsleverantören för live- och eftersändningar av kommunfullmäktiges sammanträden, Snabbmedia Sverige AB, har säkerställt att samtliga eftersändningar är textade och publicerade.'),
  },
  {
    dnr: '0630/23',
    proposed: 'done',
    text: p(
      'Stadsledningskontoret är ett tillgänglighetsanpassat kontor. Rekryteringsprocesser utförs normkritiskt vilket säkerställs genom kompetensbaserad rekrytering. Förvaltningens chefer ansvarar för att ta emot praktikanter utifrån samma premisser. På stadsledningskontoret sköter daglig verksamhet kaffeservice och stöttar med viss service av lokalerna.',
    ),
  },
  {
    dnr: '0921/22',
    proposed: 'partial',
    text: p(
      'Stadsledningskontoret delrapporterar uppdraget med en rapport, bilaga 3. Uppdraget rapporteras i två steg med anledning av pågående nationella utredningar som har bäring på uppdraget och som alla ska redovisas i november 2023.',
      'Stadsledningskontoret väntar in resultaten av dessa utredningar och planerar i ett andra steg att återkomma med ett tjänsteutlåtande med åtgärdsförslag under kvartal 1 2024.',
    ),
  },
  {
    dnr: '1236/22',
    proposed: 'partial',
    text: p(
      'Stadsledningskontoret har bedömt det som mest effektivt att ta hand om uppdraget genom att börja med utformningen av den långsiktiga styrningen. Upplägget kommunicerades till samtliga av kommunstyrelsens råd samt till kommunstyrelsen under våren 2023.',
      'Stadsledningskontoret kommer att arbeta fram förslag på hur den långsiktiga styrningen kan utformas och föra dialog om förslagen med kommunstyrelsens råd under oktober 2023. Ärendet planeras till kommunstyrelsens sammanträde i december.',
    ),
  },
  {
    dnr: '0424/23',
    proposed: 'partial',
    text: p(
      'Stadsledningskontoret har tagit fram en uppdragsbeskrivning, förslag till genomförande, en nulägesbeskrivning och en tidsplan. En första återrapportering till styrgruppen kommer ske i september. Slutrapportering av uppdraget kommer ske i årsrapporten för 2023.',
    ),
  },
  {
    dnr: '1432/22',
    proposed: 'partial',
    text: p(
      'Stadsledningskontoret har under första halvåret 2023 påbörjat processen kring att ansöka om utökat skydd för Göteborgs Stads stadsvapen samt ordbild hos Patent- och registreringsverket, PRV. Ansökan om varumärkesskydd i EU ska göras i oktober 2023. Stadsledningskontoret bekräftar i en kommande rapport när uppdraget är fullgjort.',
    ),
  },
];
