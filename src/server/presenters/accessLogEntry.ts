import { formatIdNumber, type IdKind } from '../../domain/identity/idNumber.js';
import type { AccessLogEntry } from '../../shared/api/accessLog.js';
import type { ReviewedEntry } from '../audit/review.js';
import { protectedName } from './names.js';

/**
 * An access-log entry as a reviewer sees it, on the page and in the export alike. A person with protected
 * identity is named only as such: neither name nor identity number leaves the server. Nor does the name of an
 * e-ID actor in an entry about them — the person themselves, or a guardian or guest of theirs, whose name could
 * lead to them.
 */
export function presentAccessLogEntry(entry: ReviewedEntry, language: 'sv' | 'en'): AccessLogEntry {
  const actorMasked = entry.actorKind === 'e_id' && entry.protectedIdentity === true;
  return {
    id: entry.id,
    occurredAt: entry.occurredAt.toISOString(),
    actorKind: entry.actorKind,
    user: {
      id: entry.userId,
      name: actorMasked ? protectedName[language] : actorName(entry),
      username: entry.username,
    },
    unit: entry.unitId ? { id: entry.unitId, name: entry.unitName ?? '' } : null,
    role: entry.role,
    action: entry.action,
    person: entry.personId ? presentLoggedPerson({ ...entry, id: entry.personId }, language) : null,
    sip: entry.sipId ? { id: entry.sipId, caseNumber: entry.caseNumber } : null,
    clientAddress: entry.clientAddress,
    reason: entry.reason,
    unusual: entry.unusual,
  };
}

interface LoggedPerson {
  id: string;
  givenName: string | null;
  familyName: string | null;
  idKind: IdKind | null;
  idNumber: string | null;
  protectedIdentity: boolean | null;
}

/** The person an entry is about, masked when their identity is protected. */
export function presentLoggedPerson(
  person: LoggedPerson,
  language: 'sv' | 'en',
): NonNullable<AccessLogEntry['person']> {
  const { id } = person;
  if (person.protectedIdentity)
    return { id, name: protectedName[language], idNumber: null, protectedIdentity: true };
  // The log outlives thinned-out records: an entry may name a person no longer on file.
  if (person.idKind === null || person.idNumber === null)
    return { id, name: '', idNumber: null, protectedIdentity: false };
  return {
    id,
    name: `${person.givenName ?? ''} ${person.familyName ?? ''}`.trim(),
    idNumber: formatIdNumber(person.idKind, person.idNumber),
    protectedIdentity: false,
  };
}

/** A GetCarePlans consumer has no name in Samplan, only the HSA id it was logged with as its role (0039). */
function actorName(entry: ReviewedEntry): string {
  return entry.actorKind === 'rivta_consumer' ? entry.role : entry.userName;
}
