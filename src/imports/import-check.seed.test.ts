/**
 * The report checker on the imported seed (issue 5, "Done when"): the inconsistencies a careful
 * reader finds are reported, figures that hold are not, and the import gives the checker what
 * the checker's own hand transcription of the seed gives it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { hasSeed, readSeed } from '../../test/seeds.ts';
import { checkDocument } from '../checks/checker.ts';
import type { Finding } from '../checks/check-document.ts';
import { seedReport } from '../checks/fixtures/seed-report.fixture.ts';
import { importText } from './import-document.ts';

describe.skipIf(!hasSeed)('checking the imported seed', () => {
  let findings: Finding[];
  beforeAll(() => {
    findings = importText(readSeed()).findings;
  });
  const having = (rule: string, ...values: string[]) => findings.filter((f) => f.rule === rule && values.every((v) => f.values.includes(v)));

  it('reports 4.3.1 stating 20,6 mnkr where the table says 19,9', () => {
    expect(having('prose-figure-matches-table', '20,6 mnkr', '19,9')).toHaveLength(1);
  });

  it("reports the political activity's lost minus sign", () => {
    expect(having('costs-are-negative', '106,5')[0]?.where).toMatchObject({ section: '4.3', block: 'Politisk verksamhet', column: 'Fg prognos' });
  });

  it("reports attachment 3's placeholder and broken bookmark, and 4.3's drafting note", () => {
    expect(having('unfilled-placeholder', '[Publiceringsdatum]')[0]?.where).toMatchObject({ part: 'attachment-3', line: 2886 });
    expect(having('broken-cross-reference-field')[0]?.where.part).toBe('attachment-3');
    expect(having('drafting-note', 'Ansvarig hela avsnitt 3: Anders R/Anneli H')[0]?.where.line).toBe(2107);
  });

  it('says nothing about figures that hold: 3.2.1 to 3.2.4 and 3.3.1', () => {
    const quiet = ['3.2.1', '3.2.2', '3.2.3', '3.2.4', '3.3.1'];
    expect(findings.filter((f) => quiet.includes(f.where.section ?? '') && (f.where.part ?? 'report') === 'report')).toEqual([]);
  });

  it("gives the same findings as the checker's hand transcription of the seed", () => {
    const key = (f: Finding) => `${f.rule} ${f.where.section} ${f.where.block ?? ''} ${f.where.row ?? ''} ${f.where.column ?? ''} ${f.values.join(';')}`;
    expect(findings.map(key).sort()).toEqual(checkDocument(seedReport).map(key).sort());
  });
});
