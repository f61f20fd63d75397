import { describe, expect, it } from 'vitest';
import { contentFromForm, textAsHtml } from './section-form.ts';

describe('report editor forms', () => {
  it('turns typed plain text into paragraphs and passes typed HTML on', () => {
    expect(textAsHtml('Första stycket\nmed radbrytning.\n\nAndra <stycket> & mer.')).toBe(
      '<p>Första stycket<br>med radbrytning.</p><p>Andra &lt;stycket&gt; &amp; mer.</p>',
    );
    expect(textAsHtml('<p>Redan <strong>HTML</strong></p>')).toBe('<p>Redan <strong>HTML</strong></p>');
    expect(textAsHtml('  \r\n ')).toBe('');
  });

  it('keeps what the form does not edit, such as free subsections', () => {
    const stored = { text: '<p>Gammal</p>', items: [{ title: 'Samverkansavtal', text: '<p>…</p>' }] };
    expect(contentFromForm('prose', stored, { text: 'Ny text', _csrf: 'x', version: '3' })).toEqual({
      text: '<p>Ny text</p>',
      items: stored.items,
    });
    expect(contentFromForm('prose', stored, { text: '' })).toEqual({ items: stored.items });
  });

  it('reads an assignment account with its proposal', () => {
    expect(contentFromForm('assignment-account', { position: 2 }, { proposed: 'done', text: 'Klart.' })).toEqual({ position: 2, proposed: 'done', text: '<p>Klart.</p>' });
    expect(contentFromForm('assignment-account', undefined, { proposed: '', text: '' })).toEqual({ proposed: null });
  });

  it('reads figures as typed, by indicator code and column, leaving blanks out', () => {
    const form = { 'given|netto-kostnad.slk|period': '6,3 mnkr (+3,5%)', 'given|netto-kostnad.slk|full-year': ' ', 'given|arsarbetare.slk|period': '161,4' };
    expect(contentFromForm('indicator-table', { text: '<p>a</p>' }, form)).toEqual({
      text: '<p>a</p>',
      given: { 'netto-kostnad.slk': { period: '6,3 mnkr (+3,5%)' }, 'arsarbetare.slk': { period: '161,4' } },
    });
  });

  it('reads typed table rows in order and drops blank ones', () => {
    const form = { 'rows|1|position': 'Jurist', 'rows|0|position': 'Ekonom', 'rows|0|shortage': 'Viss brist', 'rows|2|position': '', 'rows|10|position': 'Sist' };
    expect(contentFromForm('generic-table', undefined, form).rows).toEqual([{ position: 'Ekonom', shortage: 'Viss brist' }, { position: 'Jurist' }, { position: 'Sist' }]);
    expect(contentFromForm('central-funds', undefined, { 'rows|0|actual': '233' }).rows).toEqual([{ actual: '233', label: 'XX' }]);
  });
});
