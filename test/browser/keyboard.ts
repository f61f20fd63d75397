/** Keyboard walks through a page: what Tab reaches, in order, and whether focus can be seen. */
import type { Page } from 'playwright-core';

export interface FocusStop {
  /** A selector-like name: `select#f-status`, `a[rel=next]`, `a "Nästa sida"`. */
  name: string;
  tag: string;
  id: string;
  rel: string;
  text: string;
  /** The focused element draws an outline or a box shadow (the site's :focus-visible style). */
  focusVisible: boolean;
}

/** Presses Tab from the top of the page until focus leaves the page or `max` stops, recording each stop. */
export async function tabThrough(page: Page, max = 200): Promise<FocusStop[]> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const stops: FocusStop[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const rel = el.getAttribute('rel') ?? '';
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60);
      const tag = el.tagName.toLowerCase();
      return {
        name: el.id ? `${tag}#${el.id}` : rel ? `${tag}[rel=${rel}]` : `${tag} "${text}"`,
        tag,
        id: el.id,
        rel,
        text,
        focusVisible: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none',
      };
    });
    if (!stop) break;
    if (stops.length > 0 && stops[0]!.name === stop.name && stops.length > 2) break; // wrapped around
    stops.push(stop);
  }
  return stops;
}
