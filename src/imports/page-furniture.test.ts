import { describe, expect, it } from 'vitest';
import { joinBrokenWords } from './hyphenation.ts';
import { setAsideFurniture } from './page-furniture.ts';
import { readText } from './source-reader.ts';

function furniture(text: string) {
  const source = readText(text);
  return setAsideFurniture(source.lines, source.pageStartsKnown);
}

describe('page furniture', () => {
  it('sets aside page numbers and a running header, keeping the header once for its placeholder', () => {
    const { kept, setAside } = furniture(
      [
        'Bilaga 3',
        'Rapport 2 (45)',
        ' ',
        'Stadsledningskontoret [Publiceringsdatum]',
        'Text på sidan två.',
        'Rapport 3 (45)',
        ' ',
        'Stadsledningskontoret [Publiceringsdatum]',
        'Text på sidan tre.',
      ].join('\n'),
    );
    expect(kept.map((l) => l.text).filter((t) => t.trim())).toEqual(['Bilaga 3', 'Stadsledningskontoret [Publiceringsdatum]', 'Text på sidan två.', 'Text på sidan tre.']);
    expect(setAside.map((l) => [l.line, l.kind])).toEqual([
      [2, 'page-header'],
      [6, 'page-header'],
      [8, 'page-header'],
    ]);
  });

  it('sets aside numbered footnotes whose mark stands in the text, and the link targets after them', () => {
    const { kept, setAside } = furniture(
      [
        'Sverige har undertecknat konventionen.1 Den gäller även',
        'barn under 18 år och kompletteras av direktivet.2',
        '',
        ' ',
        '1 Regeringskansliet, Nationell strategi mot arbetslivskriminalitet, 2022.',
        '2 Grooming innebär att någon tar kontakt med barn i sexuellt syfte. Det är en brottslig handling och',
        'kan beskrivas som förberedelser till sexuella övergrepp.',
        '',
        'https://ec.europa.eu/commission/presscorner/detail/en/ip_22_7781',
        ' nästa sida börjar här.',
      ].join('\n'),
    );
    expect(setAside.map((l) => [l.line, l.kind])).toEqual([
      [5, 'footnote'],
      [6, 'footnote'],
      [7, 'footnote'],
      [9, 'link'],
    ]);
    expect(kept.some((l) => l.text.includes('nästa sida'))).toBe(true);
  });

  it('does not take a heading or a table of contents for footnotes', () => {
    const { setAside } = furniture(
      ['Innehåll', '', '1 Sammanfattning........................ 5', '', '2 Uppdraget............................ 6', '', 'Inledande text utan fotnoter.', '', '3 Nationell och internationell', 'styrning'].join('\n'),
    );
    expect(setAside).toEqual([]);
  });
});

describe('page furniture of a report Uppsikt printed', () => {
  const FOOTER = 'Delårsrapport augusti 2023 – Kommunstyrelsen';
  const ROLE = 'Kommunstyrelsen är huvudansvarig för målet';
  const prose = (page: number) => Array.from({ length: 8 }, (_, i) => `Löptext på sidan ${page}, rad ${i + 1} av åtta i stycket.`);
  // Pages as a PDF gives them (a form feed between pages), our footer closing each but the title
  // page; chapters open pages, and a goal's role line now and then stands at a page's edge.
  const bodies = [
    ['Delårsrapport augusti 2023', 'för kommunstyrelsen'],
    ['2.2.2 Livsvillkoren ska bli mer jämlika.', ROLE, ...prose(2), '', '2.2.3 Segregationen ska minska.', ROLE],
    ['3.2 Ekonomisk uppföljning', ...prose(3), '', '2.2.5 Göteborg ska vara en trygg stad.', ROLE, ...prose(3), '6. Kommunstyrelsen får i uppdrag att inleda förhandlingar för att'],
    ['möjliggöra ett införande av subvention på periodkorten, dnr 0197/23.', ...prose(4), '', '2.2.6 Klimatavtrycket ska minska.', ROLE],
    ['4.3 Ekonomisk uppföljning', ...prose(5), '', '2.2.7 Kompetensförsörjningen ska säkras.', ROLE, ...prose(5)],
  ];
  const pdfText = (footer: (n: number) => string[]) => bodies.map((body, p) => [...body, '', '', ...(p === 0 ? [] : footer(p + 1))].join('\n')).join('\f');
  const footers = {
    'on one line': (n: number) => [`${FOOTER}   ${n} (5)`],
    'on two lines': (n: number) => [FOOTER, `${n} (5)`],
  };

  it.each(Object.entries(footers))('sets aside our footer %s, and nothing of the text', (_, footer) => {
    const { kept, setAside } = furniture(pdfText(footer));
    expect(setAside.filter((l) => l.kind === 'page-header').map((l) => l.text.trim())).toEqual([2, 3, 4, 5].flatMap(footer));
    const text = kept.map((l) => l.text);
    expect(text).toEqual(expect.arrayContaining(['3.2 Ekonomisk uppföljning', '4.3 Ekonomisk uppföljning']));
    expect(text.filter((t) => t === ROLE)).toHaveLength(5);
  });

  it('joins a sentence the page break cut in two, and keeps the paragraph breaks at other page breaks', () => {
    const { kept } = furniture(pdfText(footers['on two lines']));
    const text = kept.map((l) => l.text);
    const cut = text.indexOf('6. Kommunstyrelsen får i uppdrag att inleda förhandlingar för att');
    expect(text[cut + 1]).toBe('möjliggöra ett införande av subvention på periodkorten, dnr 0197/23.');
    const ended = text.lastIndexOf(ROLE, text.indexOf('4.3 Ekonomisk uppföljning'));
    expect(text.slice(ended + 1, ended + 4)).toEqual(['', '', '4.3 Ekonomisk uppföljning']);
  });
});

describe('words broken over lines', () => {
  const joined = (text: string) => joinBrokenWords(readText(text).lines).map((l) => l.text);

  it('joins a broken word on the first line and leaves the rest of the second', () => {
    expect(joined('Handläggare Planerings-\nledare  Viss')).toEqual(['Handläggare Planeringsledare', 'Viss']);
    expect(joined('Kultur-\nförvalt-\nningen')).toEqual(['Kulturförvaltningen']);
  });

  it('keeps the hyphen after an abbreviation and inside a date', () => {
    expect(joined('ur ett HR-\nperspektiv')).toEqual(['ur ett HR-perspektiv']);
    expect(joined('dnr 1432/22, KS 2022-\n12-14.')).toEqual(['dnr 1432/22, KS 2022-12-14.']);
  });

  it('leaves a shared word ending alone ("miljö- och klimatprogram")', () => {
    expect(joined('Göteborgs Stads miljö-\noch klimatprogram')).toEqual(['Göteborgs Stads miljö-', 'och klimatprogram']);
    expect(joined('inom säkerhet- \ntrygghet')).toEqual(['inom säkerhet- ', 'trygghet']);
  });
});
