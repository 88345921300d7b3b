import type { ReactNode } from 'react';
import './facts.css';

/** Labelled facts as a description list; empty values are left out rather than shown blank. */
export function Facts({ items }: { items: [label: string, value: ReactNode][] }) {
  const shown = items.filter(
    ([, value]) => value !== null && value !== undefined && value !== '' && value !== false,
  );
  if (shown.length === 0) return null;
  return (
    <dl className="facts">
      {shown.map(([label, value]) => (
        <div key={label} className="fact">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Text a person wrote, with its line breaks kept. */
export function Prose({ text }: { text: string }) {
  return <span className="prose">{text}</span>;
}
