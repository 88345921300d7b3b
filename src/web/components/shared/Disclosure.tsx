import { useState, type ReactNode } from 'react';
import './disclosure.css';

/**
 * An action behind a button: the form opens under it, and closes again when the action is done, so the case
 * reads as a record first and a set of forms second.
 */
export function Disclosure({
  id,
  label,
  className = 'button-secondary',
  children,
}: {
  id: string;
  label: string;
  className?: string;
  children: (close: () => void) => ReactNode;
}) {
  const [open, setOpen] = useState(false);

  function close() {
    setOpen(false);
    // Focus would otherwise fall to the page's start when the form it was in disappears.
    requestAnimationFrame(() => document.getElementById(`${id}-toggle`)?.focus());
  }

  return (
    <div className="disclosure">
      <button
        id={`${id}-toggle`}
        type="button"
        className={className}
        aria-expanded={open}
        aria-controls={open ? `${id}-panel` : undefined}
        onClick={() => setOpen(!open)}
      >
        {label}
      </button>
      {open && (
        <div id={`${id}-panel`} className="disclosure-panel">
          {children(close)}
        </div>
      )}
    </div>
  );
}
