/**
 * The seed matter ("Delårsrapport augusti 2023 för kommunstyrelsen") imported from its text layer:
 * every fact issue 5 lists, checked against the seed as printed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { hasSeed, readSeed } from '../../test/seeds.ts';
import { toCheckDocument } from './check-input.ts';
import { importText } from './import-document.ts';
import type { ImportResult } from './import-result.ts';

describe.skipIf(!hasSeed)('importing the seed matter', () => {
  let result: ImportResult;
  beforeAll(() => {
    result = importText(readSeed(), { fileName: 'seed.txt' });
  });

  it('finds the parts of the matter in order', () => {
    expect(result.parts.map((p) => [p.id, p.fromLine])).toEqual([
      ['motion-1', 1],
      ['statement-1', 58],
      ['staff-report', 117],
      ['report', 237],
      ['attachment-2', 2329],
      ['attachment-3', 2866],
    ]);
    expect(result.parts.find((p) => p.id === 'attachment-3')?.title).toBe('Prostitution, människohandel och sexuell exploatering i Göteborg');
  });

  it('reads the staff report: title, dnr, agenda item, date, officers and attachments', () => {
    expect(result.matter).toMatchObject({
      title: 'Delårsrapport augusti 2023 för kommunstyrelsen',
      dnr: '0064/23',
      agendaItem: '1.1',
      issued: '2023-08-28',
      officers: ['Elisabeth Kylmänen', 'Anneli Hoffmann'],
    });
    expect(result.matter.attachments.map((a) => a.n)).toEqual([1, 2, 3]);
    expect(result.matter.attachments[2]!.title).toBe('Rapport människohandel, prostitution och sexuell exploatering');
  });

  it('reads the 9 proposal points with the dnr and report section each refers to', () => {
    expect(result.proposal.map((p) => [p.n, p.dnr, p.section])).toEqual([
      [1, null, null],
      [2, '1446/22', '4.1.2.1'],
      [3, '1447/22', '4.1.2.1'],
      [4, '1443/22', '4.1.2.1'],
      [5, '0198/23', '4.1.2.1'],
      [6, '0200/23', '4.1.2.1'],
      [7, '0197/23', '4.1.2.1'],
      [8, '1407/22', '4.1.3.1'],
      [9, '0630/23', '4.1.3.1'],
    ]);
    // Point 1 adopts the report itself.
    expect(result.proposal[0]!.text).toMatch(/^Delårsrapport augusti 2023 för kommunstyrelsen, i enlighet med bilaga 1 .* godkänns\.$/);
  });

  it('reads the revised motion of V, S and MP: five points, their effects and the points they amend', () => {
    expect(result.motions).toHaveLength(1);
    const motion = result.motions[0]!;
    expect(motion).toMatchObject({ parties: ['V', 'S', 'MP'], date: '2023-10-17', revised: true });
    expect(motion.points.map((p) => [p.n, p.effect, p.dnr, p.targets])).toEqual([
      [1, 'reject', '1443/22', 4],
      [2, 'add', null, null],
      [3, 'reject', '0630/23', 9],
      [4, 'add', null, null],
      [5, 'approve-rest', null, null],
    ]);
    expect(motion.points[1]!.text).toMatch(/^Stadsledningskontoret får i uppdrag att hålla personalutskottet/);
  });

  it("reads SD's statement on points 3 and 6, dated 23-10-16", () => {
    expect(result.statements).toEqual([{ parties: ['SD'], date: '2023-10-16', points: [3, 6] }]);
  });

  it('reads the 11 goals with the role the report states, or none', () => {
    expect(result.report.goals.map((g) => [g.number, g.role])).toEqual([
      ['2.2.1', 'responsible'],
      ['2.2.2', 'lead'],
      ['2.2.3', 'lead'],
      ['2.2.4', null],
      ['2.2.5', 'lead'],
      ['2.2.6', null],
      ['2.2.7', 'responsible'],
      ['2.2.8', 'lead'],
      ['2.2.9', 'lead'],
      ['2.2.10', null],
      ['2.2.11', 'joint-lead'],
    ]);
    // Titles wrap over up to four lines in the PDF.
    expect(result.report.goals[3]!.title).toBe(
      'Göteborg ska vara en jämlik och jämställd stad där alla bemöts likvärdigt, får sina mänskliga rättigheter tillgodosedda och ges likvärdiga möjligheter oberoende av kön.',
    );
  });

  it('reads the 14 assignments of section 4.1 with section, origin, proposal and decision', () => {
    expect(result.report.assignments.map((a) => [a.section, a.dnr, a.origin, a.proposed, a.decidedOn, a.decisionPoint])).toEqual([
      ['4.1.2.1', '1446/22', 'council-budget', 'done', null, null],
      ['4.1.2.1', '1447/22', 'council-budget', 'done', null, null],
      ['4.1.2.1', '1443/22', 'council-budget', 'done', null, null],
      ['4.1.2.1', '0198/23', 'council-budget', 'done', null, null],
      ['4.1.2.1', '0200/23', 'council-budget', 'done', null, null],
      ['4.1.2.1', '0197/23', 'council-budget', 'done', null, null],
      ['4.1.2.2', '0199/23', 'council-budget', 'partial', null, null],
      ['4.1.2.2', '1441/22', 'council-budget', 'partial', null, null],
      ['4.1.3.1', '1407/22', 'council', 'done', '2022-12-08', 1],
      ['4.1.3.1', '0630/23', 'council', 'done', '2023-06-08', null],
      ['4.1.3.2', '0921/22', 'council', 'partial', '2022-06-16', null],
      ['4.1.3.2', '1236/22', 'council', 'partial', '2022-10-27', null],
      ['4.1.3.2', '0424/23', 'council', 'partial', '2023-03-23', 10],
      ['4.1.4.1', '1432/22', 'board', 'partial', '2022-12-14', null],
    ]);
  });

  it('keeps each assignment title apart from its dnr and gives the account that follows it', () => {
    const [first] = result.report.assignments;
    expect(first!.title).toBe('Kommunstyrelsen får i uppdrag att ta fram en plan för hur äldre medarbetares kompetens och erfarenhet ska tas tillvara och spridas till nyanställda');
    // The account runs past a page header without taking it in.
    expect(first!.account).toMatch(/^Inom ramen för att omhänderta äldre medarbetares kompetens/);
    expect(first!.account).toMatch(/kommer att genomföras under 2024\.$/);
    expect(first!.account).not.toMatch(/Delårsrapport aug 2023-Nämnder/);
    const collective = result.report.assignments.find((a) => a.dnr === '1443/22')!;
    expect(collective.account).toMatch(/parterna är överens om att förhandlingen är avslutad\.$/);
  });

  it('turns numbered headings into sections, joining wrapped titles and keeping a doubled number visible', () => {
    const report = result.report.sections.filter((s) => s.part === 'report');
    expect(report.map((s) => s.number)).toContain('4.1.4.1');
    expect(report.find((s) => s.number === '2')?.title).toBe('Väsentlig styrinformation till kommunledningen');
    expect(report.find((s) => s.number === '3.1.1')?.title).toBe('Mått/nyckeltal som beskriver utvecklingen ur ett HR-perspektiv');
    expect(report.find((s) => s.number === '3.3.3.2')?.title).toBe('3.4.4.2 Arbete i Sveriges Kommuner och Regioner kring kommungemensam agenda');
    // Attachment 3's table of contents is front matter, its headings come once.
    const attachment = result.report.sections.filter((s) => s.part === 'attachment-3');
    expect(attachment.filter((s) => s.number === '1')).toHaveLength(1);
    expect(attachment.find((s) => s.number === '7.4.1')?.title).toBe('Organisering av människohandel för sexuella ändamål');
    expect(attachment.at(-1)?.number).toBe('10.5');
  });

  it('keeps page headers, footnotes and link dumps out of the prose, but lets a placeholder in a running header through once', () => {
    const prose = toCheckDocument(result).sections.flatMap((s) => s.lines.map((l) => l.text));
    expect(prose.filter((t) => /Delårsrapport aug 2023-Nämnder \d+ \(35\)/.test(t))).toEqual([]);
    expect(prose.filter((t) => /Göteborg \d+ \(45\)$/.test(t))).toEqual([]);
    expect(prose.filter((t) => t.includes('[Publiceringsdatum]'))).toEqual(['Stadsledningskontoret [Publiceringsdatum]']);
    expect(prose.some((t) => t.startsWith('13 Socialdepartementet, Handlingsplan'))).toBe(false);
    expect(prose.some((t) => t.startsWith('https://bra.se/download/'))).toBe(false);
    // The broken bookmark in the table of contents stays, for the checker to flag.
    expect(prose).toContain('Bokmärket är inte definierat.');
  });

  it('joins words the PDF broke over lines', () => {
    const prose = toCheckDocument(result).sections.flatMap((s) => s.lines.map((l) => l.text));
    expect(prose).toContain('att förhindra otillåten användning i Sverige och i EU, dnr 1432/22, KS 2022-12-14.');
    expect(result.report.tables.find((t) => t.id === '4.3#1')?.rows[0]!.block).toBe('Hela kommunledningen');
    expect(result.report.tables.find((t) => t.id === '3.1.3.1#1')?.unparsed).toContain('Handläggare Planeringsledare');
  });

  it('says what it was unsure of', () => {
    const messages = result.warnings.map((w) => w.message);
    expect(messages).toContain('Yttrandet har ingen partirad; partiet (SD) är utläst ur texten.');
    expect(messages.some((m) => m.startsWith('Rubriken "3.3.3.2 3.4.4.2'))).toBe(true);
  });

  it('prints the contract as JSON with numbers as numbers', () => {
    const json = JSON.parse(JSON.stringify(result));
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['matter', 'proposal', 'motions', 'statements', 'report', 'findings', 'warnings']));
    expect(Object.keys(json.report)).toEqual(['sections', 'goals', 'assignments', 'tables']);
    const costs = json.report.tables.find((t: { id: string }) => t.id === '4.3#1').rows[1];
    expect(costs.values[1]).toBe(-370.7);
  });
});
