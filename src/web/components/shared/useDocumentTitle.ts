import { useEffect } from 'react';

/**
 * The browser tab's title while the page is shown, given back as it was when the page goes. Nothing is set
 * while the title is not known yet.
 */
export function useDocumentTitle(title: string | undefined) {
  useEffect(() => {
    if (!title) return;
    const previous = document.title;
    document.title = title;
    return () => {
      document.title = previous;
    };
  }, [title]);
}
