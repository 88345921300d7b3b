import { createElement, type ReactNode } from 'react';

/** A heading at the level its place in the page's outline gives it (h6 at most). */
export function Heading({ level, id, children }: { level: number; id?: string; children: ReactNode }) {
  return createElement(`h${Math.min(6, Math.max(1, level))}`, { id }, children);
}
