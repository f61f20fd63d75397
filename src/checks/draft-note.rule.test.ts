import { describe, expect, it } from 'vitest';
import { checkDocument } from './checker.ts';
import { documentOf, lines, section } from './fixtures/builders.ts';

const notes = (...texts: string[]) =>
  checkDocument(documentOf([{ ...section('4.3', 'Ekonomisk uppföljning'), lines: lines(2107, texts) }]), { kinds: ['draft-note'] });

describe('drafting notes', () => {
  it('finds "Ansvarig hela avsnitt 3: Anders R/Anneli H"', () => {
    expect(notes('Ansvarig hela avsnitt 3: Anders R/Anneli H', '', 'Resultatredovisning i sammandrag')).toMatchObject([
      { rule: 'drafting-note', kind: 'draft-note', severity: 'error', where: { section: '4.3', line: 2107 }, values: ['Ansvarig hela avsnitt 3: Anders R/Anneli H'] },
    ]);
  });

  it('finds a note addressed to a colleague', () => {
    expect(notes('Kommentar till Anneli: uppdatera siffrorna efter bokslutet').map((f) => f.rule)).toEqual(['drafting-note']);
  });

  it('is silent on prose about responsibility', () => {
    expect(notes('Kommunstyrelsen är ansvarig för målet', 'Ansvarig nämnd är kommunstyrelsen.')).toEqual([]);
  });
});
