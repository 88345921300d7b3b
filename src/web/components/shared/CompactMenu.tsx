import { useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './compactMenu.css';

/**
 * The header's menu and account links. On a wide screen they stand in the header as they are; on a phone they
 * fold behind one "Meny" button (a disclosure: aria-expanded, Escape closes it and returns to the button), so
 * the header never pushes the page sideways. Following a link closes it again.
 */
export function CompactMenu({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);

  function closeOnEscape(event: KeyboardEvent) {
    if (event.key !== 'Escape' || !open) return;
    setOpen(false);
    toggle.current?.focus();
  }

  function closeOnLink(event: MouseEvent) {
    if (event.target instanceof Element && event.target.closest('a')) setOpen(false);
  }

  return (
    <>
      <button
        ref={toggle}
        type="button"
        className="menu-toggle"
        aria-expanded={open}
        aria-controls="site-menu"
        onClick={() => setOpen(!open)}
      >
        <span className="menu-toggle-icon" aria-hidden="true" />
        {t('nav.menu')}
      </button>
      {/* The clicks and keys of the links and buttons inside bubble here; the panel itself takes no focus. */}
      <div
        id="site-menu"
        className={open ? 'site-menu site-menu-open' : 'site-menu'}
        onClick={closeOnLink}
        onKeyDown={closeOnEscape}
      >
        {children}
      </div>
    </>
  );
}
