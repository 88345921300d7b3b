import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { DeviationKind } from '../../shared/api/deviationFields.js';
import { insertDeviation } from '../data/deviations.js';
import type { Actor } from '../sips/actor.js';
import { announceAssignment } from './assign.js';

/**
 * What a deviation is about: a SIP, or a discharge process whose SIP invitation is late — with its SIP when one
 * was started, without when the lateness is that none was (0010_discharge_deviations.sql).
 */
export type DeviationAbout =
  { sipId: string; dischargeProcessId?: string } | { sipId: string | null; dischargeProcessId: string };

export type NewDeviation = DeviationAbout & {
  kind: DeviationKind;
  /** The unit the deviation concerns; it is routed to that unit's manager. */
  unitId: string;
  description: string;
  /** Set for automatic deviations: a second one with the same key is not opened. */
  dedupeKey: string | null;
  /** Who reported it; null when Samplan raises it itself. */
  reporter: Actor | null;
};

/**
 * Opens a deviation at the local level, routed to the concerned unit (where its manager handles it), with the
 * first entry of its history, and tells the unit and its managers. Runs in the caller's transaction. Returns the
 * new id, or null when a deviation with the same dedupe key already exists.
 */
export async function openDeviation(db: Kysely<DB>, deviation: NewDeviation): Promise<string | null> {
  const id = await insertDeviation(db, {
    ...deviation,
    dischargeProcessId: deviation.dischargeProcessId ?? null,
  });
  if (id === null) return null;
  await announceAssignment(db, {
    id,
    sipId: deviation.sipId,
    routedUnitId: deviation.unitId,
    escalationLevel: 0,
  });
  return id;
}
