import type { Child } from 'hono/jsx';

/**
 * A wide table's own scrolling area on narrow screens (WCAG 1.4.10 reflow: the page itself
 * never scrolls sideways). Focusable so keyboard users can scroll it, named for screen readers.
 */
export function ScrollRegion(props: { label: string; children: Child }) {
  return (
    <div class="table-scroll" tabindex={0} role="region" aria-label={props.label}>
      {props.children}
    </div>
  );
}
