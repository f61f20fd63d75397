/**
 * The Swedish message catalogue: every text a person reads comes from here (or from en.ts
 * for the English locale). Keys are English, grouped by feature.
 */
import { portalMessagesSv } from '../portal/portal.messages.ts';
import { workspaceSv } from './workspace.sv.ts';
import { reportMessagesSv } from '../reports/report.messages.ts';
import { decisionMessagesSv } from '../decisions/decision.messages.ts';

import { surveyMessagesSv } from '../surveys/survey.messages.ts';
import { auditLogMessagesSv } from '../audit-log/audit-log.messages.ts';

export const sv = {
  // Public portal (issue 7): its block lives in src/portal/portal.messages.ts.
  ...portalMessagesSv,
  'app.name': 'Uppsikt',
  'app.tagline': 'Mål, uppdrag, uppföljning och beslut – öppet för alla',
  'nav.skip': 'Hoppa till huvudinnehållet',
  'nav.main': 'Huvudmeny',
  'nav.start': 'Start',
  'nav.goals': 'Mål',
  'nav.assignments': 'Uppdrag',
  'nav.reports': 'Rapporter',
  'nav.matters': 'Ärenden',
  'nav.meetings': 'Sammanträden',
  'nav.noticeBoard': 'Anslagstavla',
  'nav.search': 'Sök',
  'nav.openData': 'Öppna data',
  'nav.accessibility': 'Tillgänglighetsredogörelse',
  'nav.signIn': 'Logga in',
  'nav.workspace': 'Arbetsyta',
  'nav.language': 'In English',
  'footer.api': 'API-dokumentation (OpenAPI)',

  'status.assigned': 'Tilldelat',
  'status.in-progress': 'Pågående',
  'status.partially-reported': 'Delrapporterat',
  'status.proposed-done': 'Föreslås förklarat genomfört',
  'status.declared-done': 'Förklarat genomfört för egen del',
  'status.reported-to-council': 'Återrapporterat till kommunfullmäktige',
  'status.closed': 'Avslutat',

  'origin.council-budget': 'Kommunfullmäktiges budget',
  'origin.council': 'Kommunfullmäktige utanför budget',
  'origin.board': 'Kommunstyrelsen',
  'origin.short.council': 'KF',
  'origin.short.board': 'KS',

  'organisationKind.council': 'Fullmäktige',
  'organisationKind.board': 'Styrelse',
  'organisationKind.committee': 'Nämnd',
  'organisationKind.company': 'Bolag',
  'organisationKind.holding': 'Moderbolag',
  'organisationKind.administration': 'Förvaltning',

  'goalRole.responsible': '{org} är ansvarig för målet',
  'goalRole.lead': '{org} är huvudansvarig för målet',
  'goalRole.joint-lead': '{org} är gemensamt huvudansvarig för målet',
  'goalRole.none': '{org} rapporterar om målet',

  'role.administrator': 'Administratör',
  'role.controller': 'Controller',
  'role.reporter': 'Rapportör',
  'role.secretary': 'Sekreterare',
  'role.party-secretary': 'Partisekreterare',
  'role.auditor': 'Revisor',
  'role.reader': 'Läsare',

  'cycleKind.interim': 'Delårsrapport',
  'cycleKind.annual': 'Årsrapport',

  'start.title': 'Uppsikt – {tenant}',
  'start.intro': 'Här kan du följa kommunfullmäktiges mål, de uppdrag nämnder och styrelser fått och vad som hänt med dem.',
  'start.currentCycle': 'Aktuell uppföljning',
  'start.deadline': 'Sista dag för beslut i nämnd: {date}',
  'start.assignmentsByStatus': 'Uppdrag per status',
  'start.goalsCount.one': '{count} mål i budget {year}',
  'start.goalsCount.other': '{count} mål i budget {year}',

  'assignments.title': 'Uppdrag',
  'assignments.filter': 'Filtrera uppdrag',
  'assignments.filter.status': 'Status',
  'assignments.filter.organisation': 'Organisation',
  'assignments.filter.origin': 'Ursprung',
  'assignments.filter.year': 'Budgetår',
  'assignments.filter.text': 'Sök i titel eller diarienummer',
  'assignments.filter.any': 'Alla',
  'assignments.filter.submit': 'Visa',
  'assignments.count.one': '{count} uppdrag',
  'assignments.count.other': '{count} uppdrag',
  'assignments.none': 'Inga uppdrag matchar filtret.',
  'assignments.next': 'Nästa sida',
  'assignments.col.dnr': 'Diarienummer',
  'assignments.col.title': 'Uppdrag',
  'assignments.col.origin': 'Ursprung',
  'assignments.col.status': 'Status',
  'assignment.origin': 'Ursprung',
  'assignment.due': 'Ska vara klart',
  'assignment.assignees': 'Ansvariga organisationer',
  'assignment.history': 'Historik',
  'assignment.history.created': 'Uppdraget gavs till {org}',
  'assignment.history.changed': '{org}: {from} → {to}',
  'assignment.allCommittees': 'Alla nämnder och styrelser',

  'goals.title': 'Kommunfullmäktiges mål {year}',
  'goals.responsible': 'Ansvar',

  'error.title': 'Något gick fel',
  'error.notFound': 'Sidan finns inte.',
  'error.back': 'Till startsidan',
  // What went wrong by error code, for pages in English (the errors' own messages are Swedish).
  'error.explain.not_found': 'Det du letade efter finns inte, eller är inte offentligt.',
  'error.explain.unauthenticated': 'Du behöver logga in.',
  'error.explain.forbidden': 'Du har inte behörighet till det här.',
  'error.explain.invalid_input': 'Adressen eller formuläret innehåller något som inte går att läsa.',
  'error.explain.rate_limited': 'För många försök på kort tid. Vänta en stund och försök igen.',
  'error.explain.other': 'Det du bad om gick inte att göra.',
  'error.detailsInSwedish': 'Förklaring på svenska:',

  'transition.refused': 'Uppdraget kan inte gå från "{from}" till "{to}". Tillåtna nästa lägen: {allowed}.',
  'transition.none': 'inga (uppdraget är avslutat)',

  // Counted nouns (plural forms, see tn in messages.ts), for summaries that print counts.
  'count.line.one': '{count} rad',
  'count.line.other': '{count} rader',
  'count.page.one': '{count} sida',
  'count.page.other': '{count} sidor',
  'count.point.one': '{count} punkt',
  'count.point.other': '{count} punkter',
  'count.section.one': '{count} avsnitt',
  'count.section.other': '{count} avsnitt',
  'count.goal.one': '{count} mål',
  'count.goal.other': '{count} mål',
  'count.assignment.one': '{count} uppdrag',
  'count.assignment.other': '{count} uppdrag',
  'count.table.one': '{count} tabell',
  'count.table.other': '{count} tabeller',
  'count.column.one': '{count} kolumn',
  'count.column.other': '{count} kolumner',
  'count.finding.one': '{count} fynd',
  'count.finding.other': '{count} fynd',
  'count.error.one': '{count} fel',
  'count.error.other': '{count} fel',
  'count.warning.one': '{count} varning',
  'count.warning.other': '{count} varningar',
  'count.organisation.one': '{count} organisation',
  'count.organisation.other': '{count} organisationer',
  'count.unreadLine.one': '{count} rad oläst text',
  'count.unreadLine.other': '{count} rader oläst text',
  'count.proposedDone.one': '{count} föreslås genomfört',
  'count.proposedDone.other': '{count} föreslås genomförda',
  'count.goalFollowUp.one': '{count} måluppföljning',
  'count.goalFollowUp.other': '{count} måluppföljningar',
  'count.account.one': '{count} uppdragsredovisning',
  'count.account.other': '{count} uppdragsredovisningar',
  'count.created.one': '{count} ny',
  'count.created.other': '{count} nya',
  'count.merged.one': '{count} sammanförd',
  'count.merged.other': '{count} sammanförda',
  'count.value.one': '{count} värde',
  'count.value.other': '{count} värden',
  'count.member.one': '{count} ledamot',
  'count.member.other': '{count} ledamöter',
  'count.decisionPoint.one': '{count} beslutspunkt',
  'count.decisionPoint.other': '{count} beslutspunkter',
  'count.accountDeclaredDone.one': '{count} redovisat uppdrag genomfört',
  'count.accountDeclaredDone.other': '{count} redovisade uppdrag genomförda',
  'vote.missingBallots.one': '{count} tjänstgörande ledamot saknar röst.',
  'vote.missingBallots.other': '{count} tjänstgörande ledamöter saknar röst.',
  'import.unsure.one': '{count} sak kunde inte läsas säkert; kör "uppsikt import {file}" för att se den.',
  'import.unsure.other': '{count} saker kunde inte läsas säkert; kör "uppsikt import {file}" för att se dem.',

  // Configuration errors, for the person starting the server (src/config.ts).
  'config.port': 'PORT ska vara ett portnummer från 0 till 65535, men är "{value}".',
  'config.publicUrl': 'UPPSIKT_PUBLIC_URL måste anges när NODE_ENV=production: webbplatsens offentliga adress, till exempel https://uppsikt.kommunen.se. Den används i länkar i flöden, OParl och e-post.',
  // Surveys (issue 8): its block lives in src/surveys/survey.messages.ts.
  ...surveyMessagesSv,
  // Staff workspace (issue 6): its block lives in workspace.sv.ts.
  ...workspaceSv,
  // Reports (issue 3): its block lives in src/reports/report.messages.ts.
  ...reportMessagesSv,
  // matters, meetings and decisions
  ...decisionMessagesSv,
  // The audit log's entity types and actions: src/audit-log/audit-log.messages.ts.
  ...auditLogMessagesSv,
} as const;

export type MessageKey = keyof typeof sv;
