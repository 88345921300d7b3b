import { createHash } from 'node:crypto';
import type { ChainedEntry } from './chain.js';

/**
 * An entry's hash as its format defines it, recomputed from the stored fields. The database makes the v2 and v3
 * hashes of a new entry (access_log_hash_v2 in migration 0015, access_log_hash_v3 in 0024); this is a second,
 * independent implementation of them, so a verifier that trusts nothing in the database can check it.
 */
export function entryHash(entry: ChainedEntry): string {
  return createHash('sha256').update(serialise(entry), 'utf8').digest('hex');
}

/**
 * Whether the entry's format can vouch for its actor kind: formats 1 and 2 do not hash it and were only ever
 * written for staff, so one of them naming another kind was changed after it was written.
 */
export function formatCoversActor(entry: ChainedEntry): boolean {
  return entry.format === 3 || entry.actorKind === 'staff';
}

function serialise(entry: ChainedEntry): string {
  switch (entry.format) {
    case 1:
      return serialiseV1(entry);
    case 2:
      return serialiseV2(entry);
    case 3:
      return serialiseV3(entry);
  }
}

/**
 * The entries written before the chains (migration 0015), hashed in the app: a JSON array of the fields, whose
 * escaping makes the boundaries unambiguous. It knows no chain: such entries only start chain 0.
 */
function serialiseV1(entry: ChainedEntry): string {
  return JSON.stringify([
    'samplan.access_log.v1',
    String(entry.seq),
    entry.id,
    entry.occurredAt.toISOString(),
    entry.userId,
    entry.unitId,
    entry.role,
    entry.action,
    entry.personId,
    entry.sipId,
    entry.clientAddress,
    entry.reason,
    entry.prevHash,
  ]);
}

/**
 * The version tag, then each field as the hex of its UTF-8 bytes, '-' for null, joined by '|': simple to write
 * the same in SQL, and no content can move a boundary. Time is whole milliseconds since the epoch.
 */
function serialiseV2(entry: ChainedEntry): string {
  const fields = [
    String(entry.chain),
    String(entry.seq),
    entry.id,
    String(entry.occurredAt.getTime()),
    entry.userId,
    entry.unitId,
    entry.role,
    entry.action,
    entry.personId,
    entry.sipId,
    entry.clientAddress,
    entry.reason,
    entry.prevHash,
  ];
  return ['samplan.access_log.v2', ...fields.map(hexOrDash)].join('|');
}

/** v2's rule under its own tag, with the actor kind before the user it qualifies. */
function serialiseV3(entry: ChainedEntry): string {
  const fields = [
    String(entry.chain),
    String(entry.seq),
    entry.id,
    String(entry.occurredAt.getTime()),
    entry.actorKind,
    entry.userId,
    entry.unitId,
    entry.role,
    entry.action,
    entry.personId,
    entry.sipId,
    entry.clientAddress,
    entry.reason,
    entry.prevHash,
  ];
  return ['samplan.access_log.v3', ...fields.map(hexOrDash)].join('|');
}

function hexOrDash(field: string | null): string {
  return field === null ? '-' : Buffer.from(field, 'utf8').toString('hex');
}
