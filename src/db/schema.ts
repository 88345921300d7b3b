import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { SipPhase } from '../domain/sip/phase.js';
import type { DeviationKind, DeviationStatus } from '../shared/api/deviationFields.js';
import type {
  closureReasons,
  initiatorTypes,
  outcomeValues,
  sipEventTypes,
  Role,
  targetGroups,
} from '../shared/api/vocabulary.js';
import type { PlanContent } from '../shared/plan.js';
import type { ActorKind } from '../shared/api/accessLogFields.js';
import type { GuidanceStep } from '../shared/guidance.js';
import type { TemplateContent } from '../shared/api/planTemplates.js';
import type {
  DischargeEventType,
  DischargeStatus,
  interruptionReasons,
} from '../shared/api/dischargeVocabulary.js';
import type { mailStatuses, NoticeKind } from '../shared/api/notifications.js';
import type { GuestKind, GuestScope } from '../shared/api/guests.js';
import type { outboxChannels, personNoticeKinds } from '../shared/personNotices.js';

/** The database as Kysely sees it, in camelCase (the CamelCasePlugin maps to the snake_case columns). */
type CreatedAt = ColumnType<Date, Date | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | undefined, Date>;
/** `date` columns are read as YYYY-MM-DD strings (see database.ts). */
type DateOnly = string;

export interface OrganisationsTable {
  id: string;
  name: string;
  kind: 'region' | 'municipality' | 'other';
  createdAt: CreatedAt;
  /** The organisation's id in the HSA catalogue as a care giver, named to NPÖ (0030_rivta_care_plans.sql). */
  hsaId: Generated<string | null>;
}

export interface UnitsTable {
  id: string;
  organisationId: string;
  parentId: string | null;
  name: string;
  category: string;
  email: Generated<string>;
  phone: Generated<string>;
  /** The unit's id in the HSA catalogue, by which an identity provider names it (0004_single_sign_on.sql). */
  hsaId: string | null;
  createdAt: CreatedAt;
}

export type { Role };

export interface UsersTable {
  id: string;
  username: string;
  displayName: string;
  title: Generated<string>;
  email: Generated<string>;
  phone: Generated<string>;
  passwordHash: string | null;
  locale: Generated<'sv' | 'en'>;
  disabledAt: Date | null;
  /** Who the user is at their identity provider; both null for a local account. */
  externalIssuer: string | null;
  externalSubject: string | null;
  createdAt: CreatedAt;
  /** When the user closed the first-time guide; null shows it (0021_routine_texts.sql). */
  firstGuideDoneAt: Generated<Date | null>;
}

export interface UserUnitsTable {
  userId: string;
  unitId: string;
  role: Role;
}

export interface SessionsTable {
  id: string;
  userId: string;
  activeUnitId: string | null;
  createdAt: CreatedAt;
  lastSeenAt: UpdatedAt;
  expiresAt: Date;
}

/** The county's deadlines and reminder intervals; one row (0005_county_settings.sql). */
export interface CountySettingsTable {
  id: Generated<boolean>;
  dischargeInvitationDays: Generated<number>;
  invitationReminderDays: Generated<number>;
  followUpReminderDays: Generated<number>;
  consentExpiryReminderDays: Generated<number>;
  /** The individual's side (0023_individuals_side.sql). */
  childSignInAge: Generated<number>;
  personLogNamesStaff: Generated<boolean>;
  guestDays: Generated<number>;
  /** The scheduled backup (0033_scheduled_backups.sql): on or off, from when (HH:MM in Stockholm), how many kept. */
  scheduledBackups: Generated<boolean>;
  backupTime: Generated<string>;
  backupsKept: Generated<number>;
  updatedAt: UpdatedAt;
  updatedBy: string | null;
}

/** The county settings as they stand in one change record (0009_deviations.sql). */
export interface CountySettingsSnapshot {
  dischargeInvitationDays: number;
  invitationReminderDays: number;
  followUpReminderDays: number;
  consentExpiryReminderDays: number;
  /**
   * The individual's side (0023_individuals_side.sql): from which age a child may have their own sign-in, whether
   * the individual's view of who opened their plan names staff, and how many days a guest's access lasts. Changes
   * recorded before then lack them.
   */
  childSignInAge: number;
  personLogNamesStaff: boolean;
  guestDays: number;
  /** The scheduled backup (0033_scheduled_backups.sql); changes recorded before then lack it. */
  scheduledBackups: boolean;
  backupTime: string;
  backupsKept: number;
  escalationPath: EscalationLevelsTable[];
}

/** Every change of the county settings: who, when, before and after; append-only (0009_deviations.sql). */
export interface CountySettingsChangesTable {
  id: string;
  changedAt: CreatedAt;
  changedBy: string;
  before: ColumnType<CountySettingsSnapshot, string, never>;
  after: ColumnType<CountySettingsSnapshot, string, never>;
}

/** The county's escalation path after the local level, each level handled by a unit (0009_deviations.sql). */
export interface EscalationLevelsTable {
  /** 1 for the first level after the unit's own manager, and so on. */
  level: number;
  nameSv: string;
  nameEn: string;
  unitId: string;
}

/** 0009_deviations.sql; about a SIP, a discharge process or both (0010_discharge_deviations.sql). */
export interface DeviationsTable {
  id: string;
  kind: DeviationKind;
  sipId: string | null;
  dischargeProcessId: string | null;
  unitId: string;
  reportedBy: string | null;
  reportedByUnitId: string | null;
  routedUnitId: string;
  escalationLevel: Generated<number>;
  status: Generated<DeviationStatus>;
  description: Generated<string>;
  resolution: Generated<string>;
  dedupeKey: string | null;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
  closedAt: Date | null;
}

/** One row per status change of a deviation, never changed (0009_deviations.sql). */
export interface DeviationHistoryTable {
  id: string;
  deviationId: string;
  fromStatus: DeviationStatus | null;
  toStatus: DeviationStatus;
  escalationLevel: number;
  routedUnitId: string;
  note: Generated<string>;
  actorUserId: string | null;
  actorUnitId: string | null;
  occurredAt: CreatedAt;
}

/** A single sign-on under way: what its callback must check (0004_single_sign_on.sql). */
export interface OidcSignInsTable {
  stateHash: string;
  codeVerifier: string;
  nonce: string;
  expiresAt: Date;
}

/** Failed sign-ins per username or client address, and the lock they led to (0003_sign_in.sql). */
export interface LoginThrottlesTable {
  subject: string;
  failures: number;
  firstFailureAt: Date;
  lockedUntil: Date | null;
}

export interface PersonsTable {
  id: string;
  idKind: 'personnummer' | 'samordningsnummer' | 'reservnummer';
  idNumber: string;
  givenName: string;
  familyName: string;
  birthDate: DateOnly | null;
  sex: 'female' | 'male' | null;
  protectedIdentity: Generated<boolean>;
  address: Generated<string>;
  phone: Generated<string>;
  email: Generated<string>;
  /** For notices by SMS, a link only (0023_individuals_side.sql). */
  mobile: Generated<string>;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface SipsTable {
  id: string;
  caseNumber: string;
  personId: string;
  conveningUnitId: string;
  createdBy: string;
  phase: SipPhase;
  phaseBeforePause: SipPhase | null;
  initiatorType: (typeof initiatorTypes)[number];
  initiatorUnitId: string | null;
  initiatorName: Generated<string>;
  targetGroup: (typeof targetGroups)[number];
  needDescription: string;
  nextFollowUpOn: DateOnly | null;
  closureReason: (typeof closureReasons)[number] | null;
  closureNote: Generated<string>;
  closedAt: Date | null;
  revision: Generated<number>;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
  /** A template chosen for the case instead of its target group's (0020_plan_templates.sql). */
  planTemplateId: Generated<string | null>;
  /** Staff gave the child a sign-in of their own, to read their plan (0023_individuals_side.sql). */
  childSignsIn: Generated<boolean>;
}

export interface SipParticipantsTable {
  sipId: string;
  unitId: string;
  part: 'convener' | 'invited' | 'accepted' | 'effort';
  since: CreatedAt;
}

/** Kept by the database from the case tables (0017_unit_cases.sql); never written by the app. */
export interface UnitCasesTable {
  sipId: ColumnType<string, never, never>;
  unitId: ColumnType<string, never, never>;
  /** The last Stockholm day the unit may see the case ('infinity' without an end), or null. */
  visibleThrough: ColumnType<DateOnly | null, never, never>;
  /** The case's latest activity, the list's order. */
  activity: ColumnType<Date, never, never>;
}

/** The units that took part in a SIP's held meetings (0018_plan_points.sql, a view). */
export interface SipUnitsAtMeetingsView {
  sipId: ColumnType<string, never, never>;
  unitId: ColumnType<string, never, never>;
}

export interface ConsentsTable {
  id: string;
  sipId: string;
  decision: 'given' | 'declined';
  method: 'oral' | 'written' | 'digital';
  givenByName: string;
  givenByRelation: 'individual' | 'guardian' | 'legal_representative';
  givenOn: DateOnly;
  validUntil: DateOnly | null;
  relativesMayTakePart: boolean;
  guardians: ColumnType<{ name: string }[], string, string>;
  childView: string;
  consequencesExplained: boolean;
  note: string;
  recordedBy: string;
  recordedUnitId: string;
  recordedAt: CreatedAt;
  withdrawnAt: Date | null;
  withdrawnBy: string | null;
  withdrawalNote: Generated<string>;
  /** The individual or guardian who withdrew the consent on their own pages (0025_person_side_actors.sql). */
  withdrawnByIdentityId: Generated<string | null>;
}

export interface ConsentScopeUnitsTable {
  consentId: string;
  unitId: string;
}

export interface PreparationsTable {
  sipId: string;
  whatMatters: string;
  questions: string;
  childView: string;
  meetingForm: 'in_person' | 'phone' | 'video';
  place: string;
  updatedBy: string;
  updatedAt: UpdatedAt;
}

export interface MeetingsTable {
  id: string;
  sipId: string;
  startsAt: Date;
  endsAt: Date;
  form: 'in_person' | 'phone' | 'video';
  place: string;
  sequence: Generated<number>;
  status: Generated<'scheduled' | 'held' | 'cancelled'>;
  individualPresent: boolean | null;
  relativesPresent: boolean | null;
  attendanceNote: Generated<string>;
  createdBy: string;
  /** The unit that called the meeting: the SIP's convener, or the coordinator leading the follow-up (0018). */
  organiserUnitId: string;
  /** Held without Samplan and entered afterwards with its real times and who was there (0019). */
  enteredAfterwards: Generated<boolean>;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
  /** A cancelled meeting (0006_notifications.sql). */
  cancelledAt: Generated<Date | null>;
  cancelledBy: Generated<string | null>;
  cancelReason: Generated<string>;
}

export interface InvitationsTable {
  id: string;
  sipId: string;
  meetingId: string;
  unitId: string;
  obliged: boolean;
  status: 'sent' | 'acknowledged' | 'accepted' | 'declined' | 'forwarded';
  message: string;
  sentAt: CreatedAt;
  sentBy: string;
  acknowledgedAt: Date | null;
  acknowledgedBy: string | null;
  answeredAt: Date | null;
  answeredBy: string | null;
  /** The FHIR client that acknowledged or answered for the unit instead of a user (0032_fhir_client_answers.sql). */
  acknowledgedByFhirClient: Generated<string | null>;
  answeredByFhirClient: Generated<string | null>;
  attendees: Generated<string>;
  declineReason: Generated<string>;
  forwardedFromId: string | null;
  forwardNote: Generated<string>;
  seenSequence: Generated<number>;
  attendance: 'present' | 'absent_with_notice' | 'absent_without_notice' | null;
}

export interface PlansTable {
  sipId: string;
  content: ColumnType<PlanContent, string, string>;
  revision: number;
  establishedVersion: number | null;
  updatedBy: string | null;
  updatedAt: UpdatedAt;
  templateId: string | null;
  templateVersion: number | null;
}

export interface PlanVersionsTable {
  sipId: string;
  version: number;
  content: ColumnType<PlanContent, string, never>;
  reason: string;
  authorId: string;
  authorUnitId: string;
  createdAt: CreatedAt;
  approvedAt: Date | null;
  approvalMethod: 'in_meeting' | 'oral' | 'written' | 'digital' | 'e_id' | null;
  /** The individual or guardian who approved with e-ID (0023_individuals_side.sql). */
  approvedByIdentityId: Generated<string | null>;
  approvalNote: Generated<string>;
  approvalRecordedBy: string | null;
  templateId: string | null;
  templateVersion: number | null;
}

export interface PlanTemplatesTable {
  id: string;
  createdAt: CreatedAt;
}

/** A code system a county has loaded (0031_coded_content.sql). */
export interface CodeSystemsTable {
  id: string;
  uri: string;
  name: string;
  version: string | null;
  loadedBy: string | null;
  loadedAt: ColumnType<Date, Date | undefined, Date>;
}

export interface CodesTable {
  systemId: string;
  code: string;
  display: string;
}

export interface PlanTemplateVersionsTable {
  templateId: string;
  version: number;
  content: ColumnType<TemplateContent, string, never>;
  writtenBy: string | null;
  writtenAt: CreatedAt;
}

export interface FollowUpsTable {
  id: string;
  sipId: string;
  planVersion: number;
  heldOn: DateOnly;
  items: ColumnType<
    { kind: 'goal' | 'effort'; key: string; outcome: (typeof outcomeValues)[number]; note: string }[],
    string,
    never
  >;
  notes: string;
  problems: string;
  nextDate: DateOnly | null;
  recordedBy: string;
  recordedUnitId: string;
  recordedAt: CreatedAt;
}

export interface SipEventsTable {
  id: string;
  sipId: string;
  type: (typeof sipEventTypes)[number];
  fromPhase: SipPhase | null;
  toPhase: SipPhase | null;
  occurredAt: CreatedAt;
  /** The staff user who took the step, or null when the individual took it on their own pages. */
  actorUserId: string | null;
  actorUnitId: string | null;
  /** The e-ID identity who took the step on the individual's side (0025_person_side_actors.sql). */
  actorIdentityId: Generated<string | null>;
  /** The FHIR client that took the step for the unit it is bound to (0032_fhir_client_answers.sql). */
  actorFhirClientId: Generated<string | null>;
  data: ColumnType<Record<string, unknown>, string, never>;
}

/** One discharge from inpatient care under lag 2017:612, from admission notice to SIP invitation (0008_discharge.sql). */
export interface DischargeProcessesTable {
  id: string;
  personId: string;
  inpatientUnitId: string;
  municipalityUnitId: string;
  primaryCareUnitId: string;
  expectsMunicipalityEfforts: boolean;
  expectsPrimaryCareEfforts: boolean;
  admittedAt: Date;
  admissionNoticeAt: Date;
  estimatedDischargeOn: DateOnly | null;
  readyAt: Date | null;
  invitationLastDay: DateOnly | null;
  invitationLateFrom: Date | null;
  careContactUnitId: string | null;
  careContactUserId: string | null;
  sipId: string | null;
  invitedAt: Date | null;
  status: DischargeStatus;
  interruptionReason: (typeof interruptionReasons)[number] | null;
  interruptionNote: Generated<string>;
  interruptedAt: Date | null;
  registeredBy: string;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

/** Append-only: one row per step of a discharge process, for lead times. */
export interface DischargeEventsTable {
  id: string;
  dischargeId: string;
  type: DischargeEventType;
  occurredAt: CreatedAt;
  actorUserId: string;
  actorUnitId: string;
  data: ColumnType<Record<string, unknown>, string, never>;
}

export interface SchemaMigrationsTable {
  name: string;
  appliedAt: CreatedAt;
}

/**
 * Append-only and hash-chained (0002_access_log.sql, in chains since 0015_access_log_chains.sql, naming e-ID
 * actors since 0024_access_log_e_id_actors.sql): entries are written only by the database function
 * access_log_append_by (access_log_append for staff), and no column can be updated.
 * bigint columns are read as a string by node-postgres and as a number by PGlite.
 */
export interface AccessLogTable {
  chain: ColumnType<number, never, never>;
  seq: ColumnType<string | number, never, never>;
  format: ColumnType<1 | 2 | 3, never, never>;
  /** Who acted: staff, e-ID, a FHIR client or a GetCarePlans consumer; only format 3 says other than staff. */
  actorKind: ColumnType<ActorKind, never, never>;
  id: ColumnType<string, never, never>;
  occurredAt: ColumnType<Date, never, never>;
  /**
   * A users id for staff, an e_id_identities id for an e-ID actor, a fhir_clients id for a FHIR client; no foreign
   * key, the log outlives them all.
   */
  userId: ColumnType<string, never, never>;
  unitId: ColumnType<string | null, never, never>;
  role: ColumnType<string, never, never>;
  action: ColumnType<string, never, never>;
  personId: ColumnType<string | null, never, never>;
  sipId: ColumnType<string | null, never, never>;
  clientAddress: ColumnType<string, never, never>;
  reason: ColumnType<string, never, never>;
  prevHash: ColumnType<string, never, never>;
  hash: ColumnType<string, never, never>;
}

/** One row per chain and retention run: where verification of the rest of that chain starts. */
export interface AccessLogAnchorTable {
  chain: ColumnType<number, number, never>;
  seq: ColumnType<string | number, number, never>;
  hash: ColumnType<string, string, never>;
  cut: ColumnType<Date, Date, never>;
  prunedCount: ColumnType<string | number, number, never>;
  prunedAt: ColumnType<Date, Date | undefined, never>;
}

/** Background work shared by every instance, each job run once (0007_jobs.sql). */
export interface JobsTable {
  id: string;
  kind: string;
  key: string;
  runAt: Date;
  payload: ColumnType<Record<string, unknown>, string, never>;
  status: Generated<'pending' | 'done' | 'failed'>;
  attempts: Generated<number>;
  lastError: string | null;
  createdAt: CreatedAt;
  doneAt: Date | null;
  /** The instance that ran the job last, with the outcome (0034_job_instances.sql). */
  ranBy: string | null;
}

/** One county-local day's scheduled backup: where it went and how it ended (0033_scheduled_backups.sql). */
export interface ScheduledBackupsTable {
  /** YYYY-MM-DD in Stockholm. */
  day: string;
  file: string;
  startedAt: Date;
  writtenAt: Date | null;
  /** bigint, which pg gives as text: read it as `bytes::float8`, a number on both drivers. */
  bytes: number | null;
  failedAt: Date | null;
  error: string | null;
  removedAt: Date | null;
}

/** A notice to a unit and named users (0006_notifications.sql); `data` holds no personal data. */
export interface NoticesTable {
  id: string;
  kind: NoticeKind;
  unitId: string;
  userIds: ColumnType<string[], string, never>;
  sipId: string | null;
  meetingId: string | null;
  deviationId: string | null;
  dedupeKey: string;
  data: ColumnType<Record<string, unknown>, string, never>;
  createdAt: CreatedAt;
}

/** One mail per recipient address per notice; composed and sent (or kept as local) by the delivery loop. */
export interface MailOutboxTable {
  id: string;
  /** The staff notice the mail tells of; null for a message to a person who is not staff (0028_person_notices.sql). */
  noticeId: string | null;
  /** The person notice the message tells of; null for a staff notice, or a message its caller composed. */
  personNoticeId: string | null;
  channel: Generated<(typeof outboxChannels)[number]>;
  toAddress: string;
  subject: string | null;
  textBody: string | null;
  htmlBody: string | null;
  ical: string | null;
  status: Generated<(typeof mailStatuses)[number]>;
  attempts: Generated<number>;
  nextAttemptAt: Generated<Date>;
  lastError: Generated<string>;
  sentAt: Date | null;
  messageId: string | null;
  createdAt: CreatedAt;
}

/** A notice to the individual or a guardian: a link only, by e-mail and SMS (0028_person_notices.sql). */
export interface PersonNoticesTable {
  id: string;
  kind: (typeof personNoticeKinds)[number];
  sipId: string;
  meetingId: string | null;
  planVersion: number | null;
  dedupeKey: string;
  createdAt: CreatedAt;
}

export interface NotificationPreferencesTable {
  userId: string;
  kind: NoticeKind;
  email: boolean;
  updatedAt: UpdatedAt;
}

/** A single-use feedback link for a held meeting; the meeting is cleared when it is used (0012_feedback.sql). */
export interface FeedbackTokensTable {
  id: string;
  tokenHash: string;
  meetingId: string | null;
  conveningUnitId: string;
  createdAt: CreatedAt;
  expiresAt: Date;
  usedOn: DateOnly | null;
}

/** One anonymous answer: no person, meeting, token or time of answering (0012_feedback.sql). */
export interface FeedbackAnswersTable {
  id: Generated<string>;
  conveningUnitId: string;
  organisationId: string;
  /** The first day of the meeting's month. */
  meetingMonth: DateOnly;
  respect: number | null;
  coDetermination: number | null;
  relevance: number | null;
  structure: number | null;
  information: number | null;
  followUp: number | null;
  freeText: Generated<string>;
}

/** One version of the county's routine text for a step of the guidance (0021_routine_texts.sql). */
export interface RoutineTextVersionsTable {
  step: GuidanceStep;
  version: number;
  markdown: string;
  writtenBy: string;
  writtenAt: CreatedAt;
}

/**
 * A system client of the FHIR API, registered by an administrator and bound to one unit, with the SMART system
 * scopes it is granted (0029_fhir_clients.sql).
 */
export interface FhirClientsTable {
  id: string;
  name: string;
  clientId: string;
  unitId: string;
  scopes: ColumnType<string[], string[], string[]>;
  createdBy: string;
  createdAt: CreatedAt;
  disabledAt: Date | null;
}

/** Everyone who has signed in with e-ID, once each (0023_individuals_side.sql). */
export interface EIdIdentitiesTable {
  id: string;
  idNumber: string;
  name: Generated<string>;
  firstSignedInAt: CreatedAt;
  lastSignedInAt: UpdatedAt;
}

export interface PersonSessionsTable {
  id: string;
  identityId: string;
  method: string;
  locale: Generated<'sv' | 'en'>;
  createdAt: CreatedAt;
  lastSeenAt: UpdatedAt;
  expiresAt: Date;
}

export interface PersonSignInsTable {
  stateHash: string;
  codeVerifier: string;
  nonce: string;
  method: string;
  expiresAt: Date;
}

/** A guardian of the child a SIP is for, as staff recorded them. */
export interface CaseGuardiansTable {
  id: string;
  sipId: string;
  idNumber: string;
  name: string;
  email: Generated<string>;
  mobile: Generated<string>;
  recordedBy: string;
  recordedAt: CreatedAt;
  removedAt: Date | null;
  removedBy: string | null;
}

export interface GuestsTable {
  id: string;
  sipId: string;
  kind: GuestKind;
  name: string;
  idNumber: string | null;
  unitId: string | null;
  email: string;
  scope: GuestScope;
  expiresAt: Date;
  linkTokenHash: string | null;
  redeemedAt: Date | null;
  redeemedIdentityId: string | null;
  redeemedUserId: string | null;
  invitedByIdentityId: string | null;
  invitedByUserId: string | null;
  createdAt: CreatedAt;
  revokedAt: Date | null;
}

export interface PersonPreparationsTable {
  sipId: string;
  whatMatters: Generated<string>;
  questions: Generated<string>;
  ownGoals: Generated<string>;
  updatedBy: string;
  updatedAt: UpdatedAt;
}

export interface ChildViewsTable {
  sipId: string;
  good: Generated<string>;
  hard: Generated<string>;
  wishes: Generated<string>;
  picture: Uint8Array | null;
  pictureType: 'image/png' | 'image/jpeg' | null;
  writtenBy: string;
  updatedAt: UpdatedAt;
  confirmedAt: Date | null;
  confirmedBy: string | null;
}

export interface PersonMeetingAnswersTable {
  meetingId: string;
  identityId: string;
  answer: 'coming' | 'another_time';
  wish: Generated<string>;
  answeredAt: UpdatedAt;
}

export interface PlanVersionObjectionsTable {
  id: string;
  sipId: string;
  version: number;
  identityId: string;
  text: string;
  createdAt: CreatedAt;
}

export interface DB {
  organisations: OrganisationsTable;
  units: UnitsTable;
  users: UsersTable;
  userUnits: UserUnitsTable;
  sessions: SessionsTable;
  loginThrottles: LoginThrottlesTable;
  oidcSignIns: OidcSignInsTable;
  countySettings: CountySettingsTable;
  countySettingsChanges: CountySettingsChangesTable;
  escalationLevels: EscalationLevelsTable;
  deviations: DeviationsTable;
  deviationHistory: DeviationHistoryTable;
  persons: PersonsTable;
  sips: SipsTable;
  sipParticipants: SipParticipantsTable;
  unitCases: UnitCasesTable;
  sipUnitsAtMeetings: SipUnitsAtMeetingsView;
  consents: ConsentsTable;
  consentScopeUnits: ConsentScopeUnitsTable;
  preparations: PreparationsTable;
  meetings: MeetingsTable;
  invitations: InvitationsTable;
  plans: PlansTable;
  planVersions: PlanVersionsTable;
  planTemplates: PlanTemplatesTable;
  planTemplateVersions: PlanTemplateVersionsTable;
  codeSystems: CodeSystemsTable;
  codes: CodesTable;
  followUps: FollowUpsTable;
  sipEvents: SipEventsTable;
  dischargeProcesses: DischargeProcessesTable;
  dischargeEvents: DischargeEventsTable;
  schemaMigrations: SchemaMigrationsTable;
  accessLog: AccessLogTable;
  accessLogAnchor: AccessLogAnchorTable;
  notices: NoticesTable;
  mailOutbox: MailOutboxTable;
  personNotices: PersonNoticesTable;
  notificationPreferences: NotificationPreferencesTable;
  jobs: JobsTable;
  scheduledBackups: ScheduledBackupsTable;
  feedbackTokens: FeedbackTokensTable;
  feedbackAnswers: FeedbackAnswersTable;
  routineTextVersions: RoutineTextVersionsTable;
  eIdIdentities: EIdIdentitiesTable;
  personSessions: PersonSessionsTable;
  personSignIns: PersonSignInsTable;
  caseGuardians: CaseGuardiansTable;
  guests: GuestsTable;
  personPreparations: PersonPreparationsTable;
  childViews: ChildViewsTable;
  personMeetingAnswers: PersonMeetingAnswersTable;
  planVersionObjections: PlanVersionObjectionsTable;
  fhirClients: FhirClientsTable;
}

export type Person = Selectable<PersonsTable>;
export type Sip = Selectable<SipsTable>;
export type Unit = Selectable<UnitsTable>;
export type Organisation = Selectable<OrganisationsTable>;
export type User = Selectable<UsersTable>;
export type Meeting = Selectable<MeetingsTable>;
export type Invitation = Selectable<InvitationsTable>;
export type Consent = Selectable<ConsentsTable>;
export type NewSipEvent = Insertable<SipEventsTable>;
