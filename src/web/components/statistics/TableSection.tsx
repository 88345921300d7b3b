import type { ReactNode } from 'react';
import { TableWrap } from '../shared/TableWrap.js';

/**
 * A card of the statistics page that is one table: its heading, a hint of what it counts, and the table with its
 * caption, scrollable on a narrow screen. The rows are the caller's.
 */
export function TableSection({
  id,
  heading,
  hint,
  caption,
  children,
}: {
  id: string;
  heading: string;
  hint: string;
  caption: string;
  children: ReactNode;
}) {
  return (
    <section className="card statistics-section" aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <p className="hint">{hint}</p>
      <TableWrap label={caption}>
        <table className="statistics-table">
          <caption>{caption}</caption>
          {children}
        </table>
      </TableWrap>
    </section>
  );
}
