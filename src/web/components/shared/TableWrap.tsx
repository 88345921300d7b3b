import { useLayoutEffect, useRef, type ReactNode } from 'react';
import './tableWrap.css';

/**
 * A table on a wide screen, a list on a phone: below 48rem (768 px) each row stands as a card, its row header on top
 * as its title, every cell under the name of its column (tableWrap.css). The names are copied from the table's own
 * column headers into the cells' data-label, and again whenever the rows or the words change, so they always say
 * what the headers say. The table keeps its semantics either way. Where a wider screen is still too narrow for the
 * table it scrolls in this box, which then takes keyboard focus, named, so keyboard users can scroll it too (WCAG
 * 2.1.1); a box that does not scroll is no stop on the way. A group rather than a landmark: the page's sections are
 * the landmarks.
 */
export function TableWrap({ label, children }: { label: string; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const update = () => {
      labelCells(element);
      if (element.scrollWidth > element.clientWidth) element.tabIndex = 0;
      else element.removeAttribute('tabindex');
    };
    update();
    const changes = new MutationObserver(update);
    changes.observe(element, { childList: true, subtree: true, characterData: true });
    const resizes = new ResizeObserver(update);
    resizes.observe(element);
    return () => {
      changes.disconnect();
      resizes.disconnect();
    };
  }, []);
  return (
    <div ref={box} className="table-wrap" role="group" aria-label={label}>
      {children}
    </div>
  );
}

/** Gives each body and footer cell, row headers too, its column header's text as data-label. */
function labelCells(element: HTMLElement): void {
  for (const table of element.querySelectorAll('table')) {
    const headings: string[] = [];
    for (const heading of table.tHead?.rows[0]?.cells ?? []) {
      const text = (heading.textContent ?? '').replace(/\s+/g, ' ').trim();
      for (let span = 0; span < heading.colSpan; span++) headings.push(text);
    }
    const rows = [...table.tBodies].flatMap((body) => [...body.rows]);
    if (table.tFoot) rows.push(...table.tFoot.rows);
    for (const row of rows) {
      let column = 0;
      for (const cell of row.cells) {
        const label = headings[column] ?? '';
        if (label && cell.dataset.label !== label) cell.dataset.label = label;
        if (!label && cell.dataset.label !== undefined) delete cell.dataset.label;
        column += cell.colSpan;
      }
    }
  }
}
