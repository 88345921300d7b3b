import type { SipPhase } from '../../../domain/sip/phase.js';
import { fill } from '../../../shared/words/fill.js';
import { fhirResourcesSv } from '../../../shared/words/fhirResources.sv.js';
import { vocabSv } from '../../../shared/words/vocab.sv.js';
import {
  concept,
  fhirInstant,
  reference,
  samplanCodeSystem,
  textOrAbsent,
  type CodeableConcept,
  type Coding,
  type Period,
  type Reference,
} from './elements.js';
import { coordinatorRoleId } from './practitionerRoleIds.js';

/** R4 `care-team-status` (required binding). */
export type CareTeamStatus = 'proposed' | 'active' | 'suspended' | 'inactive';
export const careTeamStatuses: readonly CareTeamStatus[] = ['proposed', 'active', 'suspended', 'inactive'];

/** The SIP's phase as the team's status (fhir-mapping.md, SIP phase): a team forms with the plan. */
export const careTeamStatusOf: Record<SipPhase, CareTeamStatus> = {
  need_identified: 'proposed',
  consent_declined: 'inactive',
  preparation: 'proposed',
  invitation: 'proposed',
  meeting_held: 'proposed',
  plan_established: 'active',
  paused: 'suspended',
  closed: 'inactive',
};

/** A unit's parts that make it a member of the team; a unit only invited, or that declined, is not one yet. */
export const memberParts = ['convener', 'accepted', 'effort'] as const;
export type MemberPart = (typeof memberParts)[number];

export interface CareTeamFacts {
  sip: {
    id: string;
    caseNumber: string;
    personId: string;
    phase: SipPhase;
    conveningUnitId: string;
    createdAt: Date;
    closedAt: Date | null;
  };
  /** The units' parts that make them members, with when each began. */
  parts: { unitId: string; part: MemberPart; since: Date }[];
  /** From the newest established version; null before one. */
  plan: {
    coordinatorName: string;
    overallResponsibilityOrganisationId: string | null;
  } | null;
}

interface Participant {
  role: CodeableConcept[];
  member: Reference;
  period?: Period;
}

export type FhirCareTeam = {
  resourceType: 'CareTeam';
  id: string;
  status: CareTeamStatus;
  category: CodeableConcept[];
  name: string;
  subject: Reference;
  period: Period;
  participant: Participant[];
  managingOrganization: Reference[];
};

const careCoordinationCategory: Coding = {
  system: 'http://loinc.org',
  code: 'LA28865-6',
  display: 'Longitudinal care-coordination focused care team',
};

/**
 * Who makes and carries out the plan (fhir-mapping.md, CareTeam): each unit taking part with its parts, the
 * coordinator the plan names, the principal with the overall responsibility, and the individual.
 */
export function careTeamResource(base: string, facts: CareTeamFacts): FhirCareTeam {
  const { sip, plan } = facts;
  const role = (code: string, display: string) =>
    concept(samplanCodeSystem(base, 'sip-unit-part'), code, display);
  const words = fhirResourcesSv.careTeam;
  const units = unitsWithParts(facts.parts).map(({ unitId, parts, since }): Participant => ({
    role: parts.map((part) => role(part, vocabSv.part[part])),
    member: reference('Organization', unitId),
    period: { start: fhirInstant(since) },
  }));
  const coordinator: Participant[] =
    plan && textOrAbsent(plan.coordinatorName) !== undefined
      ? [
          {
            role: [role('coordinator', vocabSv.part.coordinator)],
            member: reference('PractitionerRole', coordinatorRoleId(sip.id)),
          },
        ]
      : [];
  const responsible = plan?.overallResponsibilityOrganisationId ?? null;
  const overall: Participant[] = responsible
    ? [
        {
          role: [role('overall-responsibility', words.overallResponsibility)],
          member: reference('Organization', responsible),
        },
      ]
    : [];
  return {
    resourceType: 'CareTeam',
    id: sip.id,
    status: careTeamStatusOf[sip.phase],
    category: [{ coding: [careCoordinationCategory], text: words.category }],
    name: fill(words.name, { caseNumber: sip.caseNumber }),
    subject: reference('Patient', sip.personId),
    period: {
      start: fhirInstant(sip.createdAt),
      end: sip.closedAt ? fhirInstant(sip.closedAt) : undefined,
    },
    participant: [
      ...units,
      ...coordinator,
      ...overall,
      { role: [role('individual', words.individual)], member: reference('Patient', sip.personId) },
    ],
    managingOrganization: [reference('Organization', responsible ?? sip.conveningUnitId)],
  };
}

/** One participant per unit, its parts in the order the words list them, from the earliest of them. */
function unitsWithParts(parts: CareTeamFacts['parts']) {
  const byUnit = new Map<string, { unitId: string; parts: MemberPart[]; since: Date }>();
  for (const { unitId, part, since } of parts) {
    const unit = byUnit.get(unitId) ?? { unitId, parts: [], since };
    unit.parts.push(part);
    if (since < unit.since) unit.since = since;
    byUnit.set(unitId, unit);
  }
  return [...byUnit.values()].map((unit) => ({
    ...unit,
    parts: memberParts.filter((part) => unit.parts.includes(part)),
  }));
}
