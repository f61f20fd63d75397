/**
 * Counts with nouns in Swedish: "1 ärende" but "2 ärenden", "1 varning" but "0 varningar",
 * wherever a count is printed (pages, the import and check summaries).
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../checks/check-document.ts';
import { findingsReport, unsureNote } from '../imports/import-summary.ts';
import { formatFindings } from '../reports/report-check.command.ts';
import { checkVote } from '../decisions/vote.ts';
import { formatList, t, tn, translator } from './messages.ts';

const finding = (severity: Finding['severity']): Finding => ({
  rule: 'test',
  kind: 'arithmetic',
  severity,
  message: 'Summan stämmer inte.',
  where: { section: '3.2.1' },
  values: [],
});

describe('plural forms from the catalogue', () => {
  it('says one thing in the singular and any other count in the plural', () => {
    expect(tn('sv', 'matters.count', 1)).toBe('1 ärende');
    expect(tn('sv', 'matters.count', 0)).toBe('0 ärenden');
    expect(tn('sv', 'matters.count', 2)).toBe('2 ärenden');
    expect(tn('sv', 'meetings.items', 1)).toBe('1 ärende på listan');
    expect(tn('sv', 'search.count', 1)).toBe('1 träff');
    expect(tn('en', 'matters.count', 1)).toBe('1 matter');
    expect(tn('en', 'matters.count', 21)).toBe('21 matters');
  });

  it('prints the count in Swedish number format and fills other placeholders', () => {
    expect(tn('sv', 'matters.count', 1693)).toBe('1\u00a0693 ärenden');
    expect(translator('en').n('start.goalsCount', 1, { year: 2023 })).toBe('1 goal in the 2023 budget');
  });

  it('joins a list with the language\'s "och" or "and"', () => {
    expect(formatList('sv', ['V', 'S', 'MP'])).toBe('V, S och MP');
    expect(formatList('en', ['V', 'S', 'MP'])).toBe('V, S and MP');
    expect(formatList('sv', ['SD'])).toBe('SD');
  });

  it('composes sentences with two counts', () => {
    const sv = translator('sv');
    expect(t('sv', 'ws.report.findings', { errors: sv.n('count.error', 0), warnings: sv.n('count.warning', 1) })).toBe('Granskningen hittade 0 fel och 1 varning.');
  });
});

describe('counts in the import and check summaries', () => {
  it('reads "1 varning" and "1 fel" in the findings totals', () => {
    expect(findingsReport([finding('error'), finding('warning')])).toContain('2 fynd: 1 fel, 1 varning.\n');
    expect(findingsReport([finding('warning'), finding('warning')])).toContain('2 fynd: 0 fel, 2 varningar.\n');
    expect(formatFindings([finding('warning')])).toMatch(/\n0 fel, 1 varning\.\n$/);
  });

  it('points at what could not be read in the singular or plural, on a line of its own', () => {
    expect(unsureNote(1, 'a.pdf')).toBe('1 sak kunde inte läsas säkert; kör "uppsikt import a.pdf" för att se den.\n');
    expect(unsureNote(0, 'a.pdf')).toBe('');
    const printed = findingsReport([finding('warning'), finding('warning')]) + unsureNote(5, 'a.pdf');
    expect(printed).toContain('2 varningar.\n5 saker kunde inte läsas säkert; kör "uppsikt import a.pdf" för att se dem.\n');
  });
});

describe('counts in messages to the secretary', () => {
  it('reads "1 tjänstgörande ledamot saknar röst"', () => {
    const present = [
      { personId: 'a', partyId: null },
      { personId: 'b', partyId: null },
    ];
    expect(checkVote({ present, ballots: [{ personId: 'a', choice: 'yes' }] }).problems).toEqual(['1 tjänstgörande ledamot saknar röst.']);
  });
});
