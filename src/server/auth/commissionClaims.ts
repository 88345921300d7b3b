import { roles, type Role } from '../../shared/api/vocabulary.js';

/** A commission (medarbetaruppdrag) as the identity provider states it: a unit by its HSA id, and a role. */
export interface ClaimedCommission {
  unitHsaId: string;
  role: Role;
}

export interface CommissionReading {
  commissions: ClaimedCommission[];
  /** Entries that could not be read or carried a role Samplan does not know; counted, never guessed at. */
  ignored: number;
}

// When a provider names one unit twice, the commission with more rights holds: the provider meant both, and a
// user may hold one role per unit.
const rank: Record<Role, number> = {
  staff: 0,
  county_coordinator: 1,
  unit_manager: 2,
  organisation_admin: 3,
  system_admin: 4,
};

function roleOf(value: unknown, roleMap: ReadonlyMap<string, Role>): Role | null {
  if (value === undefined || value === null || value === '') return 'staff';
  if (typeof value !== 'string') return null;
  const mapped = roleMap.get(value);
  if (mapped) return mapped;
  return (roles as readonly string[]).includes(value) ? (value as Role) : null;
}

function unitOf(entry: Record<string, unknown>): unknown {
  return entry.unit ?? entry.hsaId ?? entry.unitHsaId;
}

function read(entry: unknown, roleMap: ReadonlyMap<string, Role>): ClaimedCommission | null {
  // A bare HSA id is a commission as staff, the least a provider can say.
  if (typeof entry === 'string') return entry.trim() ? { unitHsaId: entry.trim(), role: 'staff' } : null;
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return null;
  const record = entry as Record<string, unknown>;
  const unit = unitOf(record);
  const role = roleOf(record.role, roleMap);
  if (typeof unit !== 'string' || unit.trim() === '' || role === null) return null;
  return { unitHsaId: unit.trim(), role };
}

/**
 * Reads the commissions claim. Accepted shapes, one entry or a list of them: an HSA id (`"SE2321000016-15CQ"`,
 * as staff) or an object `{ "unit": "<HSA id>", "role": "<role>" }` (also `hsaId` or `unitHsaId` for the unit),
 * where the role is a Samplan role or a name mapped by OIDC_ROLE_MAP. Anything else is ignored: access is never
 * granted on a guess.
 */
export function commissionsFromClaim(claim: unknown, roleMap: ReadonlyMap<string, Role>): CommissionReading {
  const entries = claim === undefined || claim === null ? [] : Array.isArray(claim) ? claim : [claim];
  const byUnit = new Map<string, ClaimedCommission>();
  let ignored = 0;
  for (const entry of entries) {
    const commission = read(entry, roleMap);
    if (!commission) {
      ignored += 1;
      continue;
    }
    const held = byUnit.get(commission.unitHsaId);
    if (!held || rank[commission.role] > rank[held.role]) byUnit.set(commission.unitHsaId, commission);
  }
  return { commissions: [...byUnit.values()], ignored };
}
