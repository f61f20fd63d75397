import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { aggregate } from './aggregate.ts';
import { grantResponses, grantSurvey } from './fixtures/grant-survey.fixture.ts';
import type { ResponseWithAnswers } from './response.ts';
import { answersCsv, surveyWorkbook } from './survey-export.ts';

/** Two responses: one submitted in Swedish summer time (UTC+2), one in winter time (UTC+1), one not yet. */
const responses: ResponseWithAnswers[] = [
  { ...grantResponses[0]!, surveyId: grantSurvey.id, version: 2, submittedAt: new Date('2023-08-28T12:05:00Z'), reopenRequestedAt: null, reopenReason: null, updatedAt: new Date() },
  { ...grantResponses[1]!, surveyId: grantSurvey.id, version: 2, submittedAt: new Date('2024-01-15T13:05:00Z'), reopenRequestedAt: null, reopenReason: null, updatedAt: new Date() },
  { ...grantResponses[2]!, surveyId: grantSurvey.id, status: 'draft', version: 1, submittedAt: null, reopenRequestedAt: null, reopenReason: null, updatedAt: new Date() },
];

describe('when an answer was submitted, in the exports', () => {
  it('is Swedish local time in the CSV, "2023-08-28 14:05"', () => {
    const lines = answersCsv(grantSurvey, responses).toString('utf8').split('\r\n');
    const submitted = (organisation: string) => lines.find((l) => l.startsWith(`"${organisation}"`))!.split(';')[2];
    expect(submitted('Idrott och föreningsförvaltningen')).toBe('"2023-08-28 14:05"');
    expect(submitted('Kulturförvaltningen')).toBe('"2024-01-15 14:05"');
    expect(submitted('Socialförvaltning Centrum stadenövergripande')).toBe('');
  });

  it('is a date cell in the XLSX, in Swedish local time, shown as yyyy-mm-dd hh:mm', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await surveyWorkbook(grantSurvey, aggregate(grantSurvey, grantResponses), responses)) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Svar')!;
    expect(sheet.getRow(1).getCell(3).value).toBe('Inskickat');
    const first = (organisation: string) => sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(1).value === organisation)!.getCell(3);
    const summer = first('Idrott och föreningsförvaltningen');
    expect(summer.value).toBeInstanceOf(Date);
    // A spreadsheet date has no time zone: the cell holds the wall-clock time people read in Sweden.
    expect((summer.value as Date).toISOString()).toBe('2023-08-28T14:05:00.000Z');
    expect(summer.numFmt).toBe('yyyy-mm-dd hh:mm');
    expect((first('Kulturförvaltningen').value as Date).toISOString()).toBe('2024-01-15T14:05:00.000Z');
    expect(first('Socialförvaltning Centrum stadenövergripande').value).toBeNull();
  });
});
