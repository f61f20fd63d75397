/**
 * One organisation's response to a survey: not started → draft → submitted; a submitted
 * response is locked until the controller reopens it (on the organisation's request or not).
 */
import type { Answer, AnswerProblem } from './answer.ts';
import type { Question } from './question.ts';

export const RESPONSE_STATUSES = ['not-started', 'draft', 'submitted'] as const;
export type ResponseStatus = (typeof RESPONSE_STATUSES)[number];

export interface Response {
  surveyId: string;
  organisationId: string;
  organisationName: string;
  status: ResponseStatus;
  version: number;
  submittedAt: Date | null;
  reopenRequestedAt: Date | null;
  reopenReason: string | null;
  updatedAt: Date;
}

export interface ResponseWithAnswers extends Response {
  answers: Record<string, Answer>;
}

/** A submitted answer is locked until the controller opens it again. */
export const canEdit = (status: ResponseStatus) => status !== 'submitted';

/** Required questions without an answer: what stops a submission. */
export function missingRequired(questions: readonly Question[], answers: Record<string, Answer>): AnswerProblem[] {
  return questions
    .filter((q) => q.required && answers[q.key] === undefined)
    .map((q) => ({ question: q.key, code: 'required' as const, message: `${q.text}: frågan måste besvaras${q.allowsUnknown ? ' (svara "oklart" om uppgiften saknas)' : ''}.` }));
}

export interface Progress {
  expected: number;
  submitted: number;
  drafts: number;
  notStarted: number;
  reopenRequests: number;
}

export function progressOf(responses: readonly Pick<Response, 'status' | 'reopenRequestedAt'>[]): Progress {
  return {
    expected: responses.length,
    submitted: responses.filter((r) => r.status === 'submitted').length,
    drafts: responses.filter((r) => r.status === 'draft').length,
    notStarted: responses.filter((r) => r.status === 'not-started').length,
    reopenRequests: responses.filter((r) => r.status === 'submitted' && r.reopenRequestedAt !== null).length,
  };
}

/** Organisations still to be chased: everyone who has not submitted. */
export function unanswered<T extends Pick<Response, 'status'>>(responses: readonly T[]): T[] {
  return responses.filter((r) => r.status !== 'submitted');
}
