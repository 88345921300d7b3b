import type { ReactNode } from 'react';
import { TableWrap } from '../shared/TableWrap.js';

/**
 * A start-page card listing things in a table: heading, intro, then either the empty-state text or the table
 * with one column header per entry in `columns` and the given rows, and what `footer` adds below it.
 */
export function TableSection({
  headingId,
  heading,
  intro,
  isEmpty,
  empty,
  columns,
  children,
  footer,
}: {
  headingId: string;
  heading: string;
  intro: string;
  isEmpty: boolean;
  /** Shown instead of the table when `isEmpty`. */
  empty: string;
  columns: string[];
  children: ReactNode;
  footer?: ReactNode;
}) {
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <p>{intro}</p>
      {isEmpty ? (
        <p className="empty-state">{empty}</p>
      ) : (
        <TableWrap label={heading}>
          <table>
            <thead>
              <tr>
                {columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>{children}</tbody>
          </table>
        </TableWrap>
      )}
      {footer}
    </section>
  );
}
