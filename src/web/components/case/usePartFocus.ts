import { useEffect, useRef, type RefObject } from 'react';
import { useLocation } from 'react-router';

/**
 * Where the eye and the keyboard go when the case shows another part or a section within it: to that part's or
 * section's first heading, as if a new page had loaded there, so a screen reader says where the user now is. On
 * the first showing focus stays where the browser put it; only an address naming a section scrolls to it.
 */
export function usePartFocus(partKey: string, part: RefObject<HTMLElement | null>) {
  const { hash } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    const section = hash ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
    if (first.current) {
      first.current = false;
      section?.scrollIntoView();
      return;
    }
    const heading = (section ?? part.current)?.querySelector('h2');
    if (!heading) return;
    // A heading is not a stop in the tab order; -1 lets it take focus from here only.
    heading.tabIndex = -1;
    heading.focus();
  }, [partKey, hash, part]);
}
