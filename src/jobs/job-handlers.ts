/**
 * Every kind of background job and the code that runs it. Features add their handlers here;
 * `uppsikt serve` starts a worker with all of them.
 */
import { IMPORT_SAVE_JOB, saveUploadedImport } from '../imports/save/import-save.job.ts';
import { SURVEY_REMINDER_JOB, sendSurveyReminder } from '../surveys/survey-reminder.job.ts';
import { WORKSPACE_JOB_HANDLERS } from '../workspace/workspace-jobs.ts';
import type { JobHandler } from './job-worker.ts';

export const JOB_HANDLERS: Record<string, JobHandler> = {
  [SURVEY_REMINDER_JOB]: sendSurveyReminder,
  // Staff workspace (issue 6): report documents and imports of uploaded files.
  ...WORKSPACE_JOB_HANDLERS,
  // Importer (issue 5): an uploaded matter or report saved in the tenant.
  [IMPORT_SAVE_JOB]: saveUploadedImport,
};
