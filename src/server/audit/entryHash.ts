import { createHash } from 'node:crypto';
import type { ChainedEntry } from './chain.js';

/**
 * An entry's hash as its format defines it, recomputed from the stored fields. The database makes the v2 hash
 * of a new entry (access_log_hash_v2 in migration 0015); this is a second, independent implementation of it,
 * so a verifier that trusts nothing in the database can check it.
 */
export function entryHash(entry: ChainedEntry): string {
  const canonical = entry.format === 1 ? serialiseV1(entry) : serialiseV2(entry);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
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
  const encoded = fields.map((field) => (field === null ? '-' : Buffer.from(field, 'utf8').toString('hex')));
  return ['samplan.access_log.v2', ...encoded].join('|');
}
