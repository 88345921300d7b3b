import type { PersonAction } from '../../domain/access/personPolicy.js';
import type { InvitationCommand } from '../../domain/invitation/lifecycle.js';
import type { DischargeAction } from './dischargeVocabulary.js';
import type { caseChangeValues, sipCommandValues } from './vocabulary.js';

/**
 * Every action the access log records, as one closed list: the server can log nothing else, and the review page
 * names each one. Reads, look-ups and lists are plain words; a step is `write:<step>` (a SIP's command, a
 * deviation's handling, a discharge's step as `write:discharge:<step>`), an invited unit's answer
 * `invitation:<answer>`. What people do on the individual's side is `person:<action>` (personPolicy.ts).
 */
export const plainAccessActions = [
  'read_case',
  'read_case_and_plan',
  'read_plan_version',
  'read_plan_versions',
  'look_up_plan_version',
  'create_case',
  'list_cases',
  'search_person',
  'search_access_log_names',
  'look_up_population_register',
  'reveal_identity',
  'review_access_log',
  'export_access_log',
  'create_discharge',
  'read_discharge',
  'list_discharges',
  'read_deviation',
  'list_deviations',
  'list_notices',
  'read_outbox',
  'offer_feedback',
  'read_feedback_results',
  'read_guardians',
  'read_child_picture',
  // Guests the individual lets in: the list of them, one invited by staff, a link used.
  'list_guests',
  'invite_guest',
  'redeem_guest_link',
  // Reads through the FHIR API (decision 0038), by staff or by a system client.
  'fhir_read',
  'fhir_search',
  'fhir_history',
  // An administrator's registration of a FHIR system client and changes to it (no personal data, but who let
  // which system in is for the log to show).
  'register_fhir_client',
  'change_fhir_client_scopes',
  'disable_fhir_client',
] as const;
export type PlainAccessAction = (typeof plainAccessActions)[number];

export const deviationWriteActions = [
  'reportDeviation',
  'handleDeviation',
  'escalateDeviation',
  'closeDeviation',
] as const;

export type AccessAction =
  | PlainAccessAction
  | `write:${(typeof sipCommandValues)[number]}`
  | `write:${(typeof caseChangeValues)[number]}`
  | `write:${(typeof deviationWriteActions)[number]}`
  | `write:discharge:${DischargeAction}`
  | `invitation:${InvitationCommand}`
  | `person:${PersonAction}`;
