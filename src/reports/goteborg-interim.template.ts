/**
 * Göteborg's interim-report template (delårsrapport), sections 1–4 as the board's report of
 * August 2023 has them. It ships as the default: a tenant without a template of its own gets
 * it as version 1 of 'interim-report' when its first interim report is created.
 *
 * Section 4.3 holds the board's own units (the city office, political activity, other activity
 * and HR/competence supply with its spending areas); 3.2.1 shows their consolidated statement.
 */
import type { TemplateDefinition } from './template.ts';

export const DEFAULT_TEMPLATE_KEY = 'interim-report';
export const DEFAULT_TEMPLATE_NAME = 'Delårsrapport – Göteborgs Stads mall';

const ALL_ROWS = ['income', 'costs', 'allocation', 'internal-grants', 'result'] as const;

export const GOTEBORG_INTERIM_TEMPLATE: TemplateDefinition = {
  sections: [
    {
      key: 'summary',
      kind: 'prose',
      title: 'Sammanfattning',
      guidance: 'Det viktigaste från rapporten: verksamhetens läge, väsentliga avvikelser och prognosen.',
    },
    {
      key: 'steering',
      kind: 'prose',
      title: 'Väsentlig styrinformation till kommunledningen',
      children: [
        {
          key: 'operations',
          kind: 'prose',
          title: 'Verksamhetens utveckling',
          guidance: 'Genomförs det som planerats för året? Beskriv utvecklingen under rubriker per område.',
          children: [
            {
              key: 'operations-indicators',
              kind: 'indicator-table',
              title: 'Mått/nyckeltal som beskriver verksamhetens utveckling',
              caption: 'Volym-, intäkts- och kostnadsutveckling',
              layout: 'change',
              rowHeader: 'Mått',
              rows: [
                { indicator: 'netto-kostnad.slk', label: 'Nettokostnadsutveckling stadsledningskontoret (nettokostnader mnkr samt procentuell förändring)', figure: 'change' },
                { indicator: 'arsarbetare.slk', label: 'Årsarbetare stadsledningskontoret (antal samt procentuell förändring)', figure: 'value' },
                { indicator: 'netto-kostnad.politik', label: 'Nettokostnadsutveckling politisk verksamhet (nettokostnader mnkr samt procentuell förändring)', figure: 'change' },
                { indicator: 'arsarbetare.politik', label: 'Årsarbetare politisk verksamhet (antal samt procentuell förändring)', figure: 'value' },
              ],
            },
            { key: 'operations-deviations', kind: 'prose', title: 'Väsentliga avvikelser i verksamhetens utveckling' },
          ],
        },
        {
          key: 'council-goals',
          kind: 'goal-assessments',
          title: 'Kommunfullmäktiges budgetmål',
          guidance: 'Nuläge, samverkansformer och om någon utveckling syns inom målets område.',
        },
      ],
    },
    {
      key: 'other-follow-up',
      kind: 'prose',
      title: 'Övrig uppföljning till kommunledningen',
      children: [
        {
          key: 'personnel',
          kind: 'prose',
          title: 'Utveckling inom personalområdet',
          children: [
            {
              key: 'hr-indicators',
              kind: 'indicator-table',
              title: 'Mått/nyckeltal som beskriver utvecklingen ur ett HR-perspektiv',
              caption: 'Nyckeltal ur ett HR-perspektiv',
              layout: 'values',
              rowHeader: 'Nyckeltal',
              rows: [
                { indicator: 'arsarbetare.slk', label: 'Årsarbetare SLK' },
                { indicator: 'arsarbetare.politik', label: 'Årsarbetare Politiken' },
                { indicator: 'sjukfranvaro', label: 'Total sjukfrånvaro (%)' },
                { indicator: 'avgangar', label: 'Antal förvaltningsexterna avgångar, tillsvidareanställda' },
                { indicator: 'rekryteringar', label: 'Antal förvaltningsexterna rekryteringar, tillsvidareanställda' },
                { indicator: 'personalomsattning', label: 'Förvaltningsextern personalomsättning (%)' },
              ],
            },
            { key: 'hr-analysis', kind: 'prose', title: 'Analys av situationen inom HR-området' },
            {
              key: 'competence-supply',
              kind: 'prose',
              title: 'Långsiktig kompetensförsörjning',
              children: [
                {
                  key: 'competence-now',
                  kind: 'generic-table',
                  title: 'Hur bedömer förvaltningen möjligheten att kompetensförsörja verksamheten?',
                  caption: 'Bemanning i dag per yrkesgrupp',
                  columns: [
                    { key: 'group', label: 'Yrkesgrupp', type: 'text' },
                    { key: 'position', label: 'Ev. särskild befattning', type: 'text' },
                    { key: 'shortage', label: 'Finns brist i bemanningen idag?', type: 'text' },
                    { key: 'size', label: 'Hur stor är bristen?', type: 'text' },
                    { key: 'trend', label: 'Hur har möjligheten att bemanna verksamheten förändrats sedan föregående år?', type: 'text' },
                    { key: 'impact', label: 'Hur påverkar ev. brist idag utförandet av förvaltningens/bolagets uppdrag?', type: 'text' },
                  ],
                },
                {
                  key: 'competence-long-term',
                  kind: 'generic-table',
                  title: 'Hur bedömer förvaltningen möjligheten att kompetensförsörja verksamheten på längre sikt (5 år)?',
                  caption: 'Bemanning på längre sikt (5 år) per yrkesgrupp',
                  columns: [
                    { key: 'group', label: 'Yrkesgrupp', type: 'text' },
                    { key: 'position', label: 'Ev. särskild befattning', type: 'text' },
                    { key: 'shortage', label: 'Bedömer ni att brist finns i bemanningen på längre sikt (5 år)?', type: 'text' },
                    { key: 'size', label: 'Hur många tillsvidareanställda bedömer ni att bristen består av?', type: 'text' },
                    { key: 'comment', label: 'Kommentar', type: 'text' },
                  ],
                },
                {
                  key: 'competence-actions',
                  kind: 'generic-table',
                  title: 'Vilka åtgärder har/planerar förvaltningen för att minimera påverkan på förvaltningens uppdrag?',
                  caption: 'Åtgärder för kompetensförsörjning',
                  columns: [
                    { key: 'action', label: 'Åtgärd (Vad ska göras)', type: 'text' },
                    { key: 'purpose', label: 'Syfte (Vilket problem ska det lösa?)', type: 'text' },
                    { key: 'activity', label: 'Aktivitet (Vilka konkreta aktiviteter genomförs?)', type: 'text' },
                    { key: 'start', label: 'Åtgärden påbörjas', type: 'year' },
                    { key: 'end', label: 'Åtgärden slutförs', type: 'year' },
                    { key: 'effect', label: 'Förväntad effekt', type: 'text' },
                  ],
                },
                { key: 'competence-city', kind: 'prose', title: 'Vilka åtgärder på stadennivå kan komplettera arbetet som sker i förvaltningar/bolag?' },
              ],
            },
          ],
        },
        {
          key: 'economy',
          kind: 'prose',
          title: 'Ekonomisk uppföljning',
          children: [
            {
              key: 'economy-summary',
              kind: 'financial-statement',
              title: 'Resultatredovisning i sammandrag',
              caption: 'Resultatredovisning i sammandrag',
              layout: 'split',
              source: 'board-economy',
              unit: 'mnkr',
              consolidated: { name: 'Hela kommunledningen', rows: [...ALL_ROWS] },
              units: [],
            },
            { key: 'economy-actual', kind: 'prose', title: 'Utfall till och med perioden' },
            { key: 'economy-forecast', kind: 'prose', title: 'Prognos' },
            {
              key: 'central-funds',
              kind: 'central-funds',
              title: 'Uppföljning av kommuncentrala poster som hanteras genom beslut av andra nämnder',
              caption: 'Kommuncentral post',
              unit: 'tkr',
            },
          ],
        },
        {
          key: 'special-decisions',
          kind: 'prose',
          title: 'Uppföljning av särskilda beslut och uppdrag',
          children: [
            {
              key: 'administration-limits',
              kind: 'time-series',
              title: 'På vilket sätt har nämnden begränsat uppgifter inom bland annat administration, ledningsarbete och konsultanvändning?',
              caption: 'Konsultkostnader',
              unit: 'mnkr',
              series: [{ key: 'consultancy', label: 'Konsultkostnader' }],
              years: 5,
              chart: 'bar',
              decimals: 1,
            },
            {
              key: 'preparedness',
              kind: 'prose',
              title: 'Uppföljning av arbetet inom krisberedskap och civilt försvar',
              children: [
                { key: 'emergency-water', kind: 'prose', title: 'Har nämnden/bolagsstyrelsen tagit fram en egen planering baserat på Göteborgs Stads riktlinje för nödvattenförsörjning?' },
                { key: 'pandemic-plan', kind: 'prose', title: 'Har nämnden/bolagsstyrelsen tagit fram en pandemiplan?' },
              ],
            },
            { key: 'other-decisions', kind: 'prose', title: 'Övriga beslut och/eller uppdrag', freeSubsections: true },
          ],
        },
      ],
    },
    {
      key: 'committee',
      kind: 'prose',
      title: 'Styrinformation till nämnden',
      children: [
        {
          key: 'core-mission',
          kind: 'prose',
          title: 'Grunduppdrag',
          children: [
            { key: 'core-safety', kind: 'prose', title: 'Trygghetsskapande och brottsförebyggande uppdrag' },
            {
              key: 'assignments-council-budget',
              kind: 'assignment-accounts',
              title: 'Uppdrag från kommunfullmäktiges budget',
              origin: 'council-budget',
              doneTitle: 'Uppdrag stadsledningskontoret föreslår kommunstyrelsen som nämnd att för egen del förklara genomförda',
              partialTitle: 'Uppdrag stadsledningskontoret delrapporterar till kommunstyrelsen',
            },
            {
              key: 'assignments-council',
              kind: 'assignment-accounts',
              title: 'Uppdrag från kommunfullmäktige utanför budget',
              origin: 'council',
              doneTitle: 'Uppdrag stadsledningskontoret föreslår kommunstyrelsen som nämnd att för egen del förklara genomförda',
              partialTitle: 'Uppdrag stadsledningskontoret delrapporterar till kommunstyrelsen',
            },
            {
              key: 'assignments-board',
              kind: 'assignment-accounts',
              title: 'Uppdrag från kommunstyrelsen',
              origin: 'board',
              doneTitle: 'Uppdrag stadsledningskontoret föreslår kommunstyrelsen att förklara genomförda',
              partialTitle: 'Uppdrag stadsledningskontoret delrapporterar till kommunstyrelsen',
            },
          ],
        },
        {
          key: 'governance',
          kind: 'prose',
          title: 'Styrning och ledning',
          children: [{ key: 'audit-reports', kind: 'audit-reports', title: 'Aktuella revisionsrapporter' }],
        },
        {
          key: 'board-economy',
          kind: 'financial-statement',
          title: 'Ekonomisk uppföljning',
          caption: 'Resultatredovisning i sammandrag',
          layout: 'blocks',
          unit: 'mnkr',
          consolidated: { name: 'Hela kommunledningen', rows: [...ALL_ROWS] },
          units: [
            { key: 'slk', name: 'SLK', rows: [...ALL_ROWS] },
            { key: 'political', name: 'Politisk verksamhet', rows: ['income', 'costs', 'allocation', 'result'] },
            { key: 'other', name: 'Övrig verksamhet', rows: ['income', 'costs', 'allocation', 'result'] },
            {
              key: 'hr',
              name: 'Personal- och kompetensförsörjning',
              rows: [...ALL_ROWS],
              breakdown: {
                title: 'Insatsområden',
                decimals: 2,
                areas: [
                  { key: 'staffing', name: 'Bemanning' },
                  { key: 'preschool', name: 'Kompetensutveckling förskola' },
                  { key: 'school', name: 'Kompetensutveckling skola' },
                  { key: 'elderly-care', name: 'Kompetensutveckling äldreomsorg/hälso- och sjukvård' },
                  { key: 'social-services', name: 'Kompetensutveckling IFO/funktionshinder' },
                  { key: 'other-competence', name: 'Övrig kompetensutveckling' },
                  { key: 'managers', name: 'Chefsförsörjning' },
                  { key: 'hr-policy', name: 'Leda, samordna och följa upp personalpolitiken' },
                ],
              },
            },
          ],
          children: [
            { key: 'board-economy-actual', kind: 'prose', title: 'Utfall till och med perioden' },
            { key: 'board-economy-forecast', kind: 'prose', title: 'Prognos helår' },
          ],
        },
      ],
    },
  ],
};
