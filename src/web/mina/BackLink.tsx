import { Link } from 'react-router';

/** The way back one step, above a page's heading. */
export function BackLink({ to, children }: { to: string; children: string }) {
  return (
    <p className="mina-back">
      <Link to={to}>
        <span aria-hidden="true">← </span>
        {children}
      </Link>
    </p>
  );
}
