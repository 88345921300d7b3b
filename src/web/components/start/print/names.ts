import type { Organisations, SipDetail } from '../../../../shared/api/responses.js';

export interface UnitName {
  unitName: string;
  organisationName: string;
}

/**
 * Names for the ids a plan refers to: first the case's own participants and invitations, which the reader may see,
 * then the county's organisations.
 */
export function nameBook(detail: SipDetail, organisations: Organisations | undefined) {
  const units = new Map<string, UnitName>();
  const orgs = new Map<string, string>();
  for (const organisation of organisations ?? []) {
    orgs.set(organisation.id, organisation.name);
    for (const unit of organisation.units) {
      units.set(unit.id, { unitName: unit.name, organisationName: organisation.name });
    }
  }
  for (const ref of [detail.convener, ...detail.invitations, ...detail.participants]) {
    units.set(ref.unitId, { unitName: ref.unitName, organisationName: ref.organisationName });
    orgs.set(ref.organisationId, ref.organisationName);
  }
  return {
    unit: (id: string | null): UnitName | undefined => (id ? units.get(id) : undefined),
    organisation: (id: string | null): string | undefined => (id ? orgs.get(id) : undefined),
  };
}

export type NameBook = ReturnType<typeof nameBook>;
