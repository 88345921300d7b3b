import { TZDate } from '@date-fns/tz';
import { TIME_ZONE } from '../../../domain/time/stockholm.js';
import { samplanCodeSystem as codeSystemUnder } from '../identifiers.js';
import { staffRoleId } from './practitionerRoleIds.js';

/**
 * The FHIR R4 data types the resource modules build, as far as Samplan fills them, and the few rules every module
 * follows when it fills them (fhir-mapping.md, Conventions).
 */

export interface Coding {
  system: string;
  code: string;
  display?: string;
}

export interface CodeableConcept {
  coding?: Coding[];
  text?: string;
}

export interface Reference {
  reference?: string;
  display?: string;
}

export interface Period {
  start?: string;
  end?: string;
}

export interface Annotation {
  time?: string;
  text: string;
}

export interface Meta {
  versionId?: string;
  lastUpdated?: string;
}

/** A timestamp as a FHIR instant with Stockholm's offset (+01:00 or +02:00), as the mapping's Conventions say. */
export function fhirInstant(instant: Date): string {
  return new TZDate(instant.getTime(), TIME_ZONE).toISOString();
}

/** Samplan's own code system for words no standard list has: `{base}/CodeSystem/{name}`. */
export function samplanCodeSystem(base: string, name: SamplanCodeSystemName): string {
  return codeSystemUnder(base, name);
}

export type SamplanCodeSystemName =
  'sip-unit-part' | 'goal-kind' | 'follow-up-outcome' | 'approval-method' | 'role' | 'invitation-status';

/** A concept coded in one system, with its Swedish text beside the code as every CodeableConcept carries it. */
export function concept(system: string, code: string, display: string): CodeableConcept {
  return { coding: [{ system, code, display }], text: display };
}

/** A text that may be empty: FHIR allows no empty strings, so what was left empty is left out, never blanked. */
export function textOrAbsent(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** A reference to a resource Samplan serves. */
export function reference(type: string, id: string): Reference {
  return { reference: `${type}/${id}` };
}

/** The PractitionerRole of a staff user at a unit: both UUIDs as 32 hex digits, 64 characters together. */
export function practitionerRoleOf(userId: string, unitId: string): Reference {
  return reference('PractitionerRole', staffRoleId(userId, unitId));
}
