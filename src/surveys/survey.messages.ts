/**
 * Surveys (issue 8): the texts people read, spread into the catalogues (src/i18n/messages.*.ts)
 * so there is still one catalogue of keys.
 */
export const surveyMessagesSv = {
  'survey.reminder.subject': 'Påminnelse: {title} – svar från {organisation}',
  'survey.reminder.body':
    'Hej!\n\n{organisation} har ännu inte skickat in sitt svar på enkäten "{title}". Sista svarsdag är {deadline}.\n\nSvara här: {link}\n\nStadsledningskontoret',
  'survey.reminder.noDeadline': 'inte angiven',
  'survey.progress.summary': '{submitted} av {expected} har svarat',
} as const;

export const surveyMessagesEn: Partial<Record<keyof typeof surveyMessagesSv, string>> = {
  'survey.reminder.noDeadline': 'not set',
  'survey.progress.summary': '{submitted} of {expected} have answered',
};
