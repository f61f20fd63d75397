/**
 * Survey figures: aggregation of the seed's grant-control survey and of a city-sized survey
 * (60 organisations × 40 questions with 4 derived rows, some answers "oklart"), its CSV and XLSX
 * exports, and the check of the placed Tabell 1. Pure code, no database.
 * Run with `npx tsx bench/survey.bench.ts [iterations]`.
 */
import { checkDocument } from '../src/checks/checker.ts';
import { aggregate, type ResponseInput } from '../src/surveys/aggregate.ts';
import type { Answer } from '../src/surveys/answer.ts';
import { grantResponses, grantSurvey } from '../src/surveys/fixtures/grant-survey.fixture.ts';
import { GRANT_COLUMNS, GRANT_TABLE_ROWS } from '../src/surveys/grant-survey.data.ts';
import type { Question } from '../src/surveys/question.ts';
import { aggregateCsv, answersCsv, surveyWorkbook } from '../src/surveys/survey-export.ts';
import { answerFindings, FRAGMENT_RULES, placeTable, placementCheckDocument } from '../src/surveys/survey-placement.ts';
import type { Survey } from '../src/surveys/survey.ts';
import { summary, timeEach } from './stats.ts';

const iterations = Number(process.argv[2] ?? 200);

const questions: Question[] = Array.from({ length: 40 }, (_, i) => ({
  key: `q${i}`,
  kind: i % 4 === 1 ? 'amount' : i % 4 === 3 ? 'count-with-amount' : 'number',
  text: `Fråga ${i + 1}`,
  help: null,
  unit: i % 4 === 1 || i % 4 === 3 ? 'tkr' : null,
  options: null,
  allowsUnknown: true,
  required: true,
  groupPosition: null,
}));
const big: Survey = {
  ...grantSurvey,
  questions,
  derivedRows: [
    { key: 'd0', label: 'Snitt', formula: 'q1 / q0', unit: 'kr', decimals: -3 },
    { key: 'd1', label: 'Andel', formula: '100 * q2 / q0', unit: '%', decimals: 1 },
    { key: 'd2', label: 'Per återkrav', formula: 'q3.amount / q3', unit: 'tkr', decimals: 0 },
    { key: 'd3', label: 'Summa', formula: 'q0 + q2 + q4', unit: 'number', decimals: 0 },
  ],
};
const answer = (q: Question, o: number, i: number): Answer => {
  if ((o * 7 + i) % 23 === 0) return { kind: 'unknown' };
  if (q.kind === 'amount') return { kind: 'amount', value: (o + 1) * (i + 3) * 1.5, unit: 'tkr' };
  if (q.kind === 'count-with-amount') return { kind: 'count-with-amount', count: o % 5, amount: o % 5 === 0 ? null : { value: (o % 5) * 12.5, unit: 'tkr' } };
  return { kind: 'number', value: (o * 13 + i * 7) % 200 };
};
const responses: ResponseInput[] = Array.from({ length: 60 }, (_, o) => ({
  organisationId: `org-${o}`,
  organisationName: `Förvaltning ${o + 1}`,
  status: o % 9 === 0 ? 'draft' : 'submitted',
  answers: Object.fromEntries(questions.map((q, i) => [q.key, answer(q, o, i)])),
}));
const withAnswers = responses.map((r) => ({ ...r, surveyId: big.id, version: 1, submittedAt: new Date(), reopenRequestedAt: null, reopenReason: null, updatedAt: new Date() }));

const placement = {
  id: 'bench',
  surveyId: grantSurvey.id,
  reportId: null,
  section: null,
  part: 'attachment-2',
  title: 'Tabell 1',
  rowKeys: GRANT_TABLE_ROWS,
  organisationIds: GRANT_COLUMNS.map((c) => c.key),
  columnLabels: {},
  rowLabels: {},
  printed: { avslagsandel: { 'IOF-F': '0,8 %', 'SNN-F': '0,4 %' } },
  showTotals: false,
};
const answersByOrganisation = new Map(grantResponses.map((r) => [r.organisationId, r.answers]));

const cells = 60 * (questions.length + big.derivedRows.length);
const bigTable = aggregate(big, responses);
console.log(summary('aggregate, seed Tabell 1 (7 organisations, 9 questions, 2 derived rows)', await timeEach(iterations * 10, async () => aggregate(grantSurvey, grantResponses))));
console.log(summary(`aggregate, 60 organisations × 44 rows (${cells} cells)`, await timeEach(iterations, async () => aggregate(big, responses))));
console.log(summary('CSV of that aggregate', await timeEach(iterations, async () => aggregateCsv(bigTable))));
console.log(summary(`CSV of its ${60 * questions.length} answers`, await timeEach(Math.max(10, iterations / 4), async () => answersCsv(big, withAnswers))));
console.log(summary('XLSX of aggregate and answers', await timeEach(Math.max(5, iterations / 20), async () => surveyWorkbook(big, bigTable, withAnswers))));
const seedTable = aggregate(grantSurvey, grantResponses);
console.log(
  summary(
    'place Tabell 1 and check it (checker + answer findings)',
    await timeEach(iterations * 5, async () => {
      const placed = placeTable(placement, seedTable);
      return [...checkDocument(placementCheckDocument(placed), { kinds: FRAGMENT_RULES }), ...answerFindings(placed, { questions: grantSurvey.questions, derivedRows: grantSurvey.derivedRows, answersByOrganisation })];
    }),
  ),
);
