import type { PlanVersionsTable } from '../../../db/schema.js';
import { caseSv } from '../../../shared/words/case.sv.js';
import { fhirResourcesSv } from '../../../shared/words/fhirResources.sv.js';
import {
  concept,
  fhirInstant,
  practitionerRoleOf,
  reference,
  samplanCodeSystem,
  textOrAbsent,
  type CodeableConcept,
  type Reference,
} from './elements.js';

/** What a Provenance records of a plan version: its establishment, or the individual's approval of it. */
export const provenanceEvents = ['establishment', 'approval'] as const;
export type ProvenanceEvent = (typeof provenanceEvents)[number];

/** `{sipId}.v{n}` for the establishment, `{sipId}.v{n}.approval` for the approval (fhir-mapping.md, Conventions). */
export function provenanceId(sipId: string, version: number, event: ProvenanceEvent): string {
  return `${sipId}.v${version}${event === 'approval' ? '.approval' : ''}`;
}

/** The version and event a Provenance id names, or undefined for an id Samplan never made. */
export function readProvenanceId(
  id: string,
): { sipId: string; version: number; event: ProvenanceEvent } | undefined {
  const match =
    /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.v([1-9]\d{0,8})(\.approval)?$/.exec(id);
  if (!match) return undefined;
  return { sipId: match[1]!, version: Number(match[2]), event: match[3] ? 'approval' : 'establishment' };
}

/** The plan version a Provenance concerns. */
interface VersionFacts {
  version: Pick<PlanVersionsTable, 'sipId' | 'version' | 'reason' | 'authorId' | 'authorUnitId'> & {
    createdAt: Date;
  };
}

/** The individual's approval of a version, as Samplan recorded it. */
export interface Approval {
  at: Date;
  method: NonNullable<PlanVersionsTable['approvalMethod']>;
  personId: string;
  /** Who approved with e-ID: the individual themself, or someone else (a guardian) by the name they signed in with. */
  withEIdBy: { self: true } | { self: false; name: string } | null;
  /** The staff user who recorded an approval they were told of, and the unit they recorded it for. */
  recordedBy: { userId: string; unitId: string } | null;
}

export type ProvenanceFacts =
  (VersionFacts & { event: 'establishment' }) | (VersionFacts & { event: 'approval'; approval: Approval });

interface Agent {
  type: CodeableConcept;
  who: Reference;
  onBehalfOf?: Reference;
}

export type FhirProvenance = {
  resourceType: 'Provenance';
  id: string;
  target: Reference[];
  recorded: string;
  activity: CodeableConcept;
  reason?: CodeableConcept[];
  agent: Agent[];
};

const participantType = 'http://terminology.hl7.org/CodeSystem/provenance-participant-type';
const dataOperation = 'http://terminology.hl7.org/CodeSystem/v3-DataOperation';

/**
 * Who established a plan version and who approved it (fhir-mapping.md, Provenance). Both point at the version
 * they concern; the approval is the individual's, and when staff recorded it, they are its enterer.
 */
export function provenanceResource(base: string, facts: ProvenanceFacts): FhirProvenance {
  const { version, event } = facts;
  const words = fhirResourcesSv.provenance;
  const agentType = (code: string, display: string, text: string) => ({
    coding: [{ system: participantType, code, display }],
    text,
  });
  const common = {
    resourceType: 'Provenance' as const,
    id: provenanceId(version.sipId, version.version, event),
    target: [reference('CarePlan', `${version.sipId}/_history/${version.version}`)],
  };
  if (event === 'establishment') {
    const first = version.version === 1;
    const reason = textOrAbsent(version.reason);
    return {
      ...common,
      recorded: fhirInstant(version.createdAt),
      activity: {
        coding: [
          { system: dataOperation, code: first ? 'CREATE' : 'UPDATE', display: first ? 'create' : 'revise' },
        ],
        text: first ? words.established : words.changed,
      },
      reason: reason === undefined ? undefined : [{ text: reason }],
      agent: [
        {
          type: agentType('author', 'Author', words.author),
          who: practitionerRoleOf(version.authorId, version.authorUnitId),
          onBehalfOf: reference('Organization', version.authorUnitId),
        },
      ],
    };
  }
  const { approval } = facts;
  const approver =
    approval.withEIdBy && !approval.withEIdBy.self
      ? { display: textOrAbsent(approval.withEIdBy.name) ?? caseSv.vocab.consentGiver.guardian }
      : reference('Patient', approval.personId);
  const recordedBy = approval.recordedBy;
  return {
    ...common,
    recorded: fhirInstant(approval.at),
    activity: {
      ...concept(
        samplanCodeSystem(base, 'approval-method'),
        approval.method,
        caseSv.vocab.approvalMethod[approval.method],
      ),
      text: words.approved,
    },
    agent: [
      { type: agentType('attester', 'Attester', words.attester), who: approver },
      ...(recordedBy
        ? [
            {
              type: agentType('enterer', 'Enterer', words.enterer),
              who: practitionerRoleOf(recordedBy.userId, recordedBy.unitId),
              onBehalfOf: reference('Organization', recordedBy.unitId),
            },
          ]
        : []),
    ],
  };
}
