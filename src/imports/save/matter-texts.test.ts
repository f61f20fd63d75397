import { describe, expect, it } from 'vitest';
import { hasSeed, readSeed } from '../../../test/seeds.ts';
import { toCheckDocument } from '../check-input.ts';
import { importText } from '../import-document.ts';
import { issuingOffice, motionReasoning, staffReportBody, statementPointTexts } from './matter-texts.ts';

describe('the papers of a matter', () => {
  it('reads a statement point by point, leaving out the quoted proposal', () => {
    const lines = ['Yttrande angående X', '', '#2: ”Kommunstyrelsen godkänner', 'redovisningen.”', '', 'Vi anser att', 'detta är fel.', '', '#5: ”Punkt fem.”', '', 'Bra.', '', 'Kommunstyrelsen', 'Yttrande', '23-10-16'];
    expect(statementPointTexts(lines, [2, 5])).toEqual(new Map([[2, 'Vi anser att detta är fel.'], [5, 'Bra.']]));
  });

  it('gives points without a marker of their own the statement as a whole', () => {
    expect(statementPointTexts(['Yttrande angående X', '', 'Vi stöder förslaget.'], [1, 3]).get(3)).toBe('Vi stöder förslaget.');
  });

  it('finds nothing where there is nothing', () => {
    expect(motionReasoning(['1. Avslag på punkt 2.'])).toBe('');
    expect(issuingOffice([], [])).toBeNull();
  });
});

describe.skipIf(!hasSeed)('the papers of the seed matter', () => {
  const result = importText(readSeed(), { fileName: 'seed.txt' });
  const doc = toCheckDocument(result);
  const part = (id: string) => doc.sections.filter((s) => s.part === id).flatMap((s) => s.lines.map((l) => l.text));

  it('knows the office that issued the staff report', () => {
    expect(issuingOffice(result.proposal.map((p) => p.text), part('staff-report'))).toBe('Stadsledningskontoret');
  });

  it('reads the staff report under its headings, with officers and signatories', () => {
    const body = staffReportBody(part('staff-report'), { issuedOn: '2023-08-28', issuedBy: 'Stadsledningskontoret', officers: result.matter.officers, attachments: [] });
    expect(body.summary).toMatch(/^Delårsrapport augusti är årets andra rapport .* analys av verksamheten utveckling\.$/);
    expect(body.assessments.map((a) => a.heading)).toEqual(['Bedömning ur ekonomisk dimension', 'Bedömning ur ekologisk och social dimension']);
    expect(body.consultation).toBe('Information om innehåll i delårsrapporten har lämnats i förvaltningens samverkansgrupp (FSG) 2023-09-06.');
    expect(body.background).toMatch(/^Kommunstyrelsen ska godkänna .* uppföljningsstruktur\.$/s);
    expect(body.signatories).toEqual([
      { name: 'Anders Roswall', title: 'Chef för område Kontorsledning' },
      { name: 'Eva Hessman', title: 'Stadsdirektör' },
    ]);
    expect(body.officers[0]).toEqual({ name: 'Elisabeth Kylmänen', phone: '031-3680110', email: 'elisabeth.kylmanen@stadshuset.goteborg.se' });
  });

  it("reads the motion's reasoning up to its sign-off", () => {
    const reasoning = motionReasoning(part('motion-1'));
    expect(reasoning).toMatch(/^I Göteborgs stads budget för 2023 finns följande uppdrag/);
    expect(reasoning).toMatch(/lämnas i kommande årsrapport\.$/);
    expect(reasoning).not.toMatch(/Reviderat yrkande|Vänsterpartiet/);
  });

  it("reads SD's statement on points 3 and 6", () => {
    const texts = statementPointTexts(part('statement-1'), [3, 6]);
    expect(texts.get(3)).toMatch(/^Under punkt 4\.1\.2\.1 står följande: .* Barnens väl kan inte vänta!$/s);
    expect(texts.get(6)).toMatch(/^Sverigedemokraterna står fast .* prestigeprojekt och trender\.$/s);
  });
});
