import type { Organisations, SipDetail } from '../../../shared/api/responses.js';
import type { organisationKinds } from '../../../shared/api/vocabulary.js';
import type { OptionGroup } from '../shared/fields.js';

export type Organisation = Organisations[number];
export type OrganisationKind = (typeof organisationKinds)[number];

export interface UnitInfo {
  unitId: string;
  unitName: string;
  organisationId: string;
  organisationName: string;
  organisationKind: OrganisationKind;
}

/** The units of an organisation in tree order (each parent before its children), with their depth. */
export function unitsInTreeOrder(organisation: Organisation): { id: string; name: string; depth: number }[] {
  const children = new Map<string | null, Organisation['units']>();
  const known = new Set(organisation.units.map((unit) => unit.id));
  for (const unit of organisation.units) {
    // A parent outside this list is treated as the root, so no unit is lost.
    const parent = unit.parentId !== null && known.has(unit.parentId) ? unit.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), unit]);
  }
  const ordered: { id: string; name: string; depth: number }[] = [];
  const visit = (parent: string | null, depth: number) => {
    for (const unit of children.get(parent) ?? []) {
      ordered.push({ id: unit.id, name: unit.name, depth });
      visit(unit.id, depth + 1);
    }
  };
  visit(null, 0);
  return ordered;
}

/** Every unit the page knows of by id: from the county's organisations and from the case's own participants. */
export function unitIndex(organisations: Organisations | undefined, sip: SipDetail): Map<string, UnitInfo> {
  const index = new Map<string, UnitInfo>();
  for (const organisation of organisations ?? []) {
    for (const unit of organisation.units) {
      index.set(unit.id, {
        unitId: unit.id,
        unitName: unit.name,
        organisationId: organisation.id,
        organisationName: organisation.name,
        organisationKind: organisation.kind,
      });
    }
  }
  for (const unit of [sip.convener, ...sip.participants, ...sip.invitations]) {
    if (!index.has(unit.unitId)) index.set(unit.unitId, { ...unit });
  }
  return index;
}

export const isPrincipal = (kind: OrganisationKind) => kind === 'region' || kind === 'municipality';

/**
 * Units to choose from in a select: the case's participants first, then the county's other units per organisation.
 */
export function unitOptionGroups(
  sip: SipDetail,
  organisations: Organisations | undefined,
  labels: { participants: string },
  keep: (kind: OrganisationKind) => boolean = () => true,
): OptionGroup[] {
  const participantIds = new Set<string>();
  const participants = sip.participants
    .filter((unit) => keep(unit.organisationKind))
    .map((unit) => {
      participantIds.add(unit.unitId);
      return { value: unit.unitId, label: `${unit.unitName} (${unit.organisationName})` };
    });
  const others = (organisations ?? [])
    .filter((organisation) => keep(organisation.kind))
    .map((organisation) => ({
      label: organisation.name,
      options: unitsInTreeOrder(organisation)
        .filter((unit) => !participantIds.has(unit.id))
        .map((unit) => ({ value: unit.id, label: unit.name })),
    }));
  return [{ label: labels.participants, options: participants }, ...others];
}
