import type { ConsentsTable } from '../../../db/schema.js';
import type { ConsentState } from '../../../domain/access/policy.js';
import { consentStateOf, type ConsentFacts as ConsentReading } from '../../access/consentInForce.js';
import { stockholmDate } from '../../../domain/time/stockholm.js';
import { caseSv } from '../../../shared/words/case.sv.js';
import { fhirResourcesSv } from '../../../shared/words/fhirResources.sv.js';
import { fill } from '../../../shared/words/fill.js';
import {
  fhirInstant,
  reference,
  type CodeableConcept,
  type Meta,
  type Period,
  type Reference,
} from './elements.js';

/** R4 `consent-state-codes` (required binding), as far as Samplan's consents reach. */
export type ConsentStatus = 'active' | 'inactive' | 'rejected';
export const consentStatuses: readonly ConsentStatus[] = ['active', 'inactive', 'rejected'];

const statusOfState: Record<ConsentState, ConsentStatus> = {
  given: 'active',
  // The scope is the unit's concern, not the consent's: for FHIR, a consent given and in force is active.
  scope_excludes_unit: 'active',
  withdrawn: 'inactive',
  expired: 'inactive',
  declined: 'rejected',
  // Never read: there is a consent to read.
  none: 'rejected',
};

/**
 * A declined consent is rejected; a given one is active until it is withdrawn or its last day has passed
 * (Stockholm's `today`), then inactive: the access rule's own reading of a consent (consentStateOf).
 */
export function consentStatus(consent: ConsentReading, today: string): ConsentStatus {
  return statusOfState[consentStateOf(consent, true, today)];
}

export interface ConsentFacts {
  consent: Pick<
    ConsentsTable,
    'id' | 'decision' | 'givenByName' | 'givenByRelation' | 'givenOn' | 'validUntil' | 'relativesMayTakePart'
  > & { recordedUnitId: string; recordedAt: Date; withdrawnAt: Date | null };
  personId: string;
  /** The units the consent lets take part and share information. */
  scopeUnitIds: string[];
}

interface Provision {
  type: 'permit' | 'deny';
  period?: Period;
  actor?: { role: CodeableConcept; reference: Reference }[];
  code?: CodeableConcept[];
  provision?: Provision[];
}

export type FhirConsent = {
  resourceType: 'Consent';
  id: string;
  meta: Meta;
  status: ConsentStatus;
  scope: CodeableConcept;
  category: CodeableConcept[];
  patient: Reference;
  dateTime: string;
  performer: Reference[];
  organization: Reference[];
  policyRule: CodeableConcept;
  provision: Provision;
};

const informationRecipient = {
  system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType',
  code: 'IRCP',
  display: 'information recipient',
};

/**
 * The individual's consent to the coordination (fhir-mapping.md, Consent): who gave it, which units it lets share
 * information, for how long, whether relatives may take part, and its withdrawal. Free texts that may name others
 * (the note, the child's view, the guardians' names) stay in Samplan.
 */
export function consentResource(facts: ConsentFacts, today: string): FhirConsent {
  const { consent, personId } = facts;
  const words = fhirResourcesSv.consent;
  const patient = reference('Patient', personId);
  const withdrawn = consent.withdrawnAt !== null;
  const permit = consent.decision === 'given' ? 'permit' : 'deny';
  const lastDays = [consent.validUntil, consent.withdrawnAt && stockholmDate(consent.withdrawnAt)].filter(
    (day): day is string => typeof day === 'string',
  );
  const performer: Reference =
    consent.givenByRelation === 'individual'
      ? patient
      : {
          display: fill(words.givenBy, {
            name: consent.givenByName,
            relation: caseSv.vocab.consentGiver[consent.givenByRelation].toLowerCase(),
          }),
        };
  return {
    resourceType: 'Consent',
    id: consent.id,
    meta: { lastUpdated: fhirInstant(consent.withdrawnAt ?? consent.recordedAt) },
    status: consentStatus({ ...consent, withdrawn }, today),
    scope: {
      coding: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/consentscope',
          code: 'patient-privacy',
          display: 'Privacy Consent',
        },
      ],
      text: words.scope,
    },
    category: [
      {
        coding: [{ system: 'http://loinc.org', code: '59284-0', display: 'Patient Consent' }],
        text: words.category,
      },
    ],
    patient,
    dateTime: fhirInstant(consent.recordedAt),
    performer: [performer],
    organization: [reference('Organization', consent.recordedUnitId)],
    policyRule: { text: words.policyRule },
    provision: {
      type: permit,
      period: { start: consent.givenOn, end: lastDays.sort()[0] },
      actor:
        facts.scopeUnitIds.length > 0
          ? facts.scopeUnitIds.map((unitId) => ({
              role: { coding: [informationRecipient], text: words.informationRecipient },
              reference: reference('Organization', unitId),
            }))
          : undefined,
      provision: [
        {
          type: consent.decision === 'given' && consent.relativesMayTakePart ? 'permit' : 'deny',
          code: [{ text: words.relativesMayTakePart }],
        },
      ],
    },
  };
}
