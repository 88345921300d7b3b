import { bothLanguages } from '../words/bothLanguages.js';
import { searchRefusalsEn } from '../words/searchRefusals.en.js';
import { searchRefusalsSv } from '../words/searchRefusals.sv.js';

const words = { sv: searchRefusalsSv, en: searchRefusalsEn };
/**
 * The access-log review's words and limits, without the validator, so the web app can use them without bundling
 * it (the schemas are in accessLog.ts).
 */

/**
 * Who an entry says acted: a staff user, a person signed in with Swedish e-ID (decision 0035), a system client
 * of the FHIR API acting for the unit it is bound to (decision 0038), or a consumer of the national platform
 * reading care plans through GetCarePlans (decision 0039).
 */
export const actorKinds = ['staff', 'e_id', 'fhir_client', 'rivta_consumer'] as const;
export type ActorKind = (typeof actorKinds)[number];

export const unusualPatterns = ['many_persons', 'outside_working_hours', 'unit_not_taking_part'] as const;
export type UnusualPattern = (typeof unusualPatterns)[number];

/**
 * The filters, as query parameters, in the order they are shown and logged. A case is named by its case number,
 * a user, a unit and a person by their ids: never a name or an identity number in an address.
 */
export const accessLogFilterKeys = [
  'caseNumber',
  'person',
  'user',
  'unit',
  'from',
  'to',
  'action',
  'unusual',
  'manyPersons',
  'windowMinutes',
] as const;
export type AccessLogFilterKey = (typeof accessLogFilterKeys)[number];

/** The roles that review the log, each over its own part: its units, its organisation, the whole county. */
export const reviewerRoles = ['unit_manager', 'organisation_admin', 'system_admin'] as const;
export type ReviewerRole = (typeof reviewerRoles)[number];

/** What a reviewer can look up by name to filter by. */
export const accessLogChoiceKinds = ['user', 'unit'] as const;
export type AccessLogChoiceKind = (typeof accessLogChoiceKinds)[number];
/** The most matches one look-up by name returns; more is narrowed by typing more. */
export const accessLogChoicesMax = 20;

/** Defaults for "many persons in a short time": this many distinct persons within this many minutes. */
export const manyPersonsDefaults = { persons: 10, windowMinutes: 60 } as const;

/** The most entries one page and one export may hold. */
export const accessLogPageSizeMax = 200;
export const accessLogExportMax = 10_000;

/** SIP-2026-00042, upper or lower case, with or without "SIP-"; the number with or without its leading zeros. */
const CASE_NUMBER = /^(?:SIP-?)?(\d{4})-(\d{1,9})$/i;

/** The case number as Samplan writes it (SIP-2026-00042), or null when the text is not a case number. */
export function normalisedCaseNumber(text: string): string | null {
  const match = CASE_NUMBER.exec(text.trim());
  if (!match) return null;
  const [, year, number] = match;
  return `SIP-${year}-${String(Number(number)).padStart(5, '0')}`;
}

export const caseNumberMessage = bothLanguages(words, (said) => said.caseNumberFormat);
