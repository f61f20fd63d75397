/**
 * Reports (issue 3): the texts of reports, their pages and exports, spread into the message
 * catalogue (src/i18n/messages.sv.ts, messages.en.ts) so there is still one catalogue of keys.
 */
import type { MessageKey } from '../i18n/messages.sv.ts';

export const reportMessagesSv = {
  'reports.goalRole.jointLeadWith': '{orgs} är gemensamt huvudansvariga för målet.',
  'reportStatus.draft': 'Utkast',
  'reportStatus.submitted': 'Inlämnad',
  'reportStatus.returned': 'Återsänd för komplettering',
  'reportStatus.accepted': 'Godkänd av stadsledningskontoret',
  'reportStatus.adopted': 'Fastställd',
  'reports.title': 'Rapporter',
  'reports.none': 'Det finns inga fastställda rapporter ännu.',
  'reports.status': 'Status',
  'reports.adoptedOn': 'Fastställd {date}',
  'reports.notAdopted': 'Rapporten är inte fastställd. Den visas bara för dig som arbetar med den.',
  'reports.downloads': 'Ladda ner',
  'reports.download.pdf': 'PDF',
  'reports.download.docx': 'Word (DOCX)',
  'reports.download.html': 'Utskriftsvänlig HTML',
  'reports.download.json': 'Data (JSON)',
  'reports.comments': 'Kommentarer från granskningen',
  'reports.version': 'Version {version}',
} as const;

export const reportMessagesEn: Partial<Record<MessageKey, string>> = {
  'reports.goalRole.jointLeadWith': '{orgs} jointly lead the goal.',
  'reportStatus.draft': 'Draft',
  'reportStatus.submitted': 'Submitted',
  'reportStatus.returned': 'Returned for changes',
  'reportStatus.accepted': 'Accepted by the city office',
  'reportStatus.adopted': 'Adopted',
  'reports.title': 'Reports',
  'reports.none': 'No adopted reports yet.',
  'reports.status': 'Status',
  'reports.adoptedOn': 'Adopted {date}',
  'reports.notAdopted': 'This report has not been adopted. Only people working on it can see it.',
  'reports.downloads': 'Download',
  'reports.download.pdf': 'PDF',
  'reports.download.docx': 'Word (DOCX)',
  'reports.download.html': 'Printable HTML',
  'reports.download.json': 'Data (JSON)',
  'reports.comments': 'Review comments',
  'reports.version': 'Version {version}',
};
