import { z } from 'zod';
import { inBothLanguages } from '../fields.js';
import { bothLanguages } from '../words/bothLanguages.js';
import { searchRefusalsEn } from '../words/searchRefusals.en.js';
import { searchRefusalsSv } from '../words/searchRefusals.sv.js';

const words = { sv: searchRefusalsSv, en: searchRefusalsEn };

/**
 * Where a page of the case list ended: the last case's latest activity and its id, the list's order. The time is
 * kept in whole microseconds since 1970, as PostgreSQL stores it; a JavaScript Date keeps milliseconds only, and
 * cases changed within the same millisecond would be skipped or shown twice.
 *
 * The cursor is opaque to callers but not secret: any position is a legitimate place to start, and the access rule
 * still decides what the next page holds. So it is encoded, not signed; what cannot be read back is refused.
 */
export interface SipListPosition {
  /** Microseconds since 1970-01-01 UTC, as digits. */
  activityMicros: string;
  sipId: string;
}

const POSITION = /^(\d{1,16})\.([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

export function encodeSipListCursor(position: SipListPosition): string {
  return btoa(`${position.activityMicros}.${position.sipId}`)
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

function decodeSipListCursor(cursor: string): SipListPosition | null {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  let text: string;
  try {
    text = atob(cursor.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return null;
  }
  const match = POSITION.exec(text);
  if (!match?.[1] || !match[2]) return null;
  // Beyond this the database could not read the number back exactly.
  if (Number(match[1]) > Number.MAX_SAFE_INTEGER) return null;
  return { activityMicros: match[1], sipId: match[2] };
}

const unreadable = inBothLanguages(bothLanguages(words, (said) => said.cursorUnreadable));

/** The `cursor` query parameter: the `nextCursor` of the page before, read back into its position. */
export const sipListCursor = z
  .string()
  .max(100)
  .transform((cursor, context) => {
    const position = decodeSipListCursor(cursor);
    if (position) return position;
    context.addIssue({ code: 'custom', input: cursor, ...unreadable });
    return z.NEVER;
  });
