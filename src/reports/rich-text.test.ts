import { describe, expect, it } from 'vitest';
import { sanitizeRichText } from './rich-text.ts';

describe('sanitising rich text from users', () => {
  it('drops scripts with their content and event handlers', () => {
    const clean = sanitizeRichText('<p onclick="steal()">Hej <img src=x onerror="alert(1)"><script>alert(2)</script>världen</p>');
    expect(clean).toBe('<p>Hej världen</p>');
  });

  it('keeps the allowed formatting and http(s)/mailto links, nothing else', () => {
    const clean = sanitizeRichText(
      '<h2>Rubrik</h2><p><b>fet</b> <i>kursiv</i> <a href="https://goteborg.se" target="_blank">länk</a> <a href="javascript:alert(1)">farlig</a> <a href="mailto:a@b.se">post</a></p><ul><li>ett</li></ul><table><tr><td>cell</td></tr></table>',
    );
    expect(clean).toBe(
      '<h3>Rubrik</h3><p><strong>fet</strong> <em>kursiv</em> <a href="https://goteborg.se">länk</a> <a>farlig</a> <a href="mailto:a@b.se">post</a></p><ul><li>ett</li></ul>cell',
    );
  });

  it('leaves plain prose alone', () => {
    expect(sanitizeRichText('<p>Resultatet uppgår till 20,6 mnkr.</p>')).toBe('<p>Resultatet uppgår till 20,6 mnkr.</p>');
  });
});
