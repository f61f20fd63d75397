import { describe, expect, it } from 'vitest';
import { REPORT_ACTIONS, REPORT_STATUSES, allowedActions, isEditable, statusAfter, type ReportAction, type ReportStatus } from './report.ts';

const LEGAL: Array<[ReportStatus, ReportAction, ReportStatus]> = [
  ['draft', 'submit', 'submitted'],
  ['submitted', 'return', 'returned'],
  ['submitted', 'accept', 'accepted'],
  ['returned', 'submit', 'submitted'],
  ['accepted', 'adopt', 'adopted'],
];

describe('the report lifecycle', () => {
  it.each(LEGAL)('%s --%s--> %s', (from, action, to) => {
    expect(statusAfter(from, action)).toBe(to);
  });

  it('refuses every other move, and nothing moves an adopted report', () => {
    for (const from of REPORT_STATUSES) {
      for (const action of REPORT_ACTIONS) {
        if (LEGAL.some(([f, a]) => f === from && a === action)) continue;
        expect(statusAfter(from, action), `${from} --${action}-->`).toBeNull();
      }
    }
    expect(allowedActions('adopted')).toEqual([]);
  });

  it('lets the reporter write only in a draft or a returned report', () => {
    expect(REPORT_STATUSES.filter(isEditable)).toEqual(['draft', 'returned']);
  });
});
