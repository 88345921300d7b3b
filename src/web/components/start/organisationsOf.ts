import type { Organisations } from '../../../shared/api/responses.js';
import type { Me } from '../../api/types.js';

/** The user's own units, grouped as organisations: enough to choose from while the full list cannot be had. */
export function organisationsOfMe(me: Me | null | undefined): Organisations {
  const byId = new Map<string, Organisations[number]>();
  for (const unit of me?.units ?? []) {
    const organisation = byId.get(unit.organisationId) ?? {
      id: unit.organisationId,
      name: unit.organisationName,
      kind: unit.organisationKind,
      units: [],
    };
    organisation.units.push({ id: unit.unitId, name: unit.unitName, parentId: null, category: '' });
    byId.set(unit.organisationId, organisation);
  }
  return [...byId.values()];
}
