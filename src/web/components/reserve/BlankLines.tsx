import { TableWrap } from '../shared/TableWrap.js';

/** Room to write by hand: a label and ruled lines, kept together on paper. */
export function BlankLines({ label, lines = 1 }: { label: string; lines?: number }) {
  return (
    <div className="blank-field">
      <p className="blank-label">{label}</p>
      {Array.from({ length: lines }, (_, index) => (
        <div key={index} className="blank-line" aria-hidden="true" />
      ))}
    </div>
  );
}

/** A box to tick by hand, with its text. */
export function BlankCheck({ label }: { label: string }) {
  return (
    <p className="blank-check">
      <span className="blank-box" aria-hidden="true" /> {label}
    </p>
  );
}

/** A table with headings and empty rows to fill in. */
export function BlankTable({
  caption,
  headings,
  rows,
}: {
  caption: string;
  headings: string[];
  rows: number;
}) {
  return (
    <TableWrap label={caption}>
      <table className="print-table blank-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {headings.map((heading) => (
              <th key={heading} scope="col">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rows }, (_, row) => (
            <tr key={row}>
              {headings.map((heading) => (
                <td key={heading} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
