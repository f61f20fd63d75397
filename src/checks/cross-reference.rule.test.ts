import { describe, expect, it } from 'vitest';
import type { CheckSection } from './check-document.ts';
import { checkDocument } from './checker.ts';
import { documentOf, section } from './fixtures/builders.ts';

const report: CheckSection[] = [
  section('3', 'Övrig uppföljning till kommunledningen'),
  section('3.3', 'Uppföljning av särskilda beslut och uppdrag'),
  section('3.3.1', 'På vilket sätt har nämnden begränsat uppgifter inom bland annat administration, ledningsarbete och konsultanvändning?'),
  section('4', 'Styrinformation till nämnden'),
  section('4.1', 'Grunduppdrag'),
  section('4.1.1', 'Trygghetsskapande och brottsförebyggande uppdrag'),
  section('4.1.2', 'Uppdrag från kommunfullmäktiges budget'),
  section('4.3', 'Ekonomisk uppföljning'),
  section('4.3.1', 'Utfall till och med perioden'),
];

const references = (from: CheckSection, extra: CheckSection[] = []) =>
  checkDocument(documentOf([...report, from, ...extra]), { kinds: ['cross-reference'] });

describe('references to sections', () => {
  it('fires on a section that does not exist and names the one the quoted heading belongs to', () => {
    const from = section('2.2.11', 'Styrning', [
      'Stadsledningskontorets egen redovisning finns i avsnitt 3.4.1 under rubriken ”På vilket sätt har nämnden',
      'begränsat uppgifter inom bland annat administration, ledningsarbete och',
      'konsultanvändning".',
    ]);
    const [finding, ...rest] = references(from);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ rule: 'reference-to-missing-section', severity: 'error', where: { section: '2.2.11' } });
    expect(finding!.message).toContain('avsnitt 3.3.1');
  });

  it('is silent on references that exist, lists and ranges included', () => {
    const from = section('3.2.2', 'Utfall', [
      'De huvudsakliga orsakerna redogörs under avsnitt 4.3.1.',
      'Den ekonomiska dimensionen finns belyst i avsnitt 3.3, och 4.3. Avsnitten 3–4 är avsedda för nämnden.',
    ]);
    expect(references(from)).toEqual([]);
  });

  it('fires when the quoted heading is another section than the one referred to', () => {
    const from = section('2.2.11', 'Styrning', ['Se avsnitt 4.1.2 under rubriken ”Trygghetsskapande och brottsförebyggande uppdrag”.']);
    expect(references(from)).toMatchObject([{ rule: 'reference-heading-mismatch', values: ['avsnitt 4.1.2', 'Trygghetsskapande och brottsförebyggande uppdrag'] }]);
  });

  it('does not take a quoted passage of the text for a heading', () => {
    const from = section(null, 'Yttrande', ['Under punkt 4.1.2 står följande: ”Vid sidan av att ta fram ett samordnat utbud av språklyft”'], { part: 'statement-1' });
    expect(references(from)).toEqual([]);
  });

  it('warns when the sentence is about another section’s topic', () => {
    const from = section('2.2.5', 'Göteborg ska vara en säker och trygg stad.', [
      'I fördjupning till nämnden, avsnitt 4.1.2, beskrivs resultat av uppföljningen avseende ekonomi- och',
      'beslutsperspektivet inom det trygghetsskapande och brottsförebyggande arbete mer omfattande.',
    ]);
    expect(references(from)).toMatchObject([{ rule: 'reference-topic-mismatch', severity: 'warning', values: ['avsnitt 4.1.2'] }]);
  });

  it("resolves the staff report's references in the report, and an attachment's in the attachment", () => {
    const staff = section(null, 'Tjänsteutlåtande', ['enligt beskrivning i avsnitt 4.1.2, diarienummer 1446/22.'], { part: 'staff-report' });
    const attachment = [
      section('1', 'Sammanfattning', ['Läsanvisning finns i avsnitt 2.'], { part: 'attachment-3' }),
      section('2', 'Uppdraget', ['Avsnitt 9 beskriver civilsamhället, se avsnitt 9.'], { part: 'attachment-3' }),
    ];
    expect(references(staff, attachment).map((f) => [f.where.part, f.values[0]])).toEqual([['attachment-3', 'avsnitt 9']]);
  });
});
