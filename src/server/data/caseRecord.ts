import { sql, type Kysely, type Selectable } from 'kysely';
import type {
  CaseGuardiansTable,
  ChildViewsTable,
  ConsentsTable,
  DB,
  FollowUpsTable,
  InvitationsTable,
  MeetingsTable,
  PersonMeetingAnswersTable,
  PersonPreparationsTable,
  PersonsTable,
  PlansTable,
  PlanVersionObjectionsTable,
  PlanVersionsTable,
  PreparationsTable,
  SipEventsTable,
  SipsTable,
} from '../../db/schema.js';
import type { UnitPart } from '../../domain/sip/allowedActions.js';
import { appendAccess } from '../audit/accessLog.js';
import type { Actor } from '../sips/actor.js';
import type { UnitInfo } from './directory.js';
import { prepared } from '../../db/preparedStatements.js';
import { caseTemplateSql } from './planTemplates.js';
import type { AccessAction } from '../../shared/api/accessActions.js';

/** A stored row as it arrives inside JSON: instants as ISO-8601 text, everything else as stored. */
export type JsonRow<T> = {
  [K in keyof Selectable<T>]: Selectable<T>[K] extends Date
    ? string
    : Selectable<T>[K] extends Date | null
      ? string | null
      : Selectable<T>[K];
};

/** Everything stored about one SIP that its page shows, as one unit of the case may read it. */
export interface CaseRecord {
  sip: JsonRow<SipsTable>;
  person: JsonRow<PersonsTable>;
  participants: { unitId: string; part: UnitPart }[];
  /** The latest recorded consent (the one that counts) and the units it names. */
  consent: (JsonRow<ConsentsTable> & { scope: string[] }) | null;
  preparation: JsonRow<PreparationsTable> | null;
  /** The latest meeting, held or not, and the invitations to it. */
  meeting: JsonRow<MeetingsTable> | null;
  invitations: JsonRow<InvitationsTable>[];
  /** Empty unless the plan may be read: the plan, its versions (without their content) and follow-ups. */
  plan:
    | (JsonRow<PlansTable> & {
        updatedByName: string | null;
        overallResponsibilityKind: string | null;
      } & TemplateNamed)
    | null;
  versions: (Omit<JsonRow<PlanVersionsTable>, 'sipId' | 'content' | 'approvalRecordedBy'> & TemplateNamed)[];
  /** The template the case uses now (0020_plan_templates.sql), at its newest version. */
  template: { id: string; version: number; name: string; chosen: boolean } | null;
  followUps: JsonRow<FollowUpsTable>[];
  events: Omit<JsonRow<SipEventsTable>, 'data'>[];
  /** The units that took part in a held meeting (sip_units_at_meetings). */
  unitsAtMeetings: string[];
  /** The guardians staff recorded and have not removed. */
  guardians: JsonRow<CaseGuardiansTable>[];
  /** The county's age from which a child may be given a sign-in of their own. */
  childSignInAge: number;
  /**
   * What the individual's side told (0023_individuals_side.sql), read with the plan: the preparation, answers to
   * the current meeting, objections to versions and the child's view (whether it has a picture, not the picture).
   */
  personPreparation: JsonRow<PersonPreparationsTable> | null;
  meetingAnswers: JsonRow<PersonMeetingAnswersTable>[];
  objections: JsonRow<PlanVersionObjectionsTable>[];
  childView:
    | (Omit<JsonRow<ChildViewsTable>, 'picture' | 'pictureType'> & { hasPicture: boolean })
    | null;
  /** Every unit and user (or FHIR client) the parts above name, by id. */
  units: Record<string, UnitInfo>;
  users: Record<string, string>;
  /** The e-ID identities the individual's side's parts name, by id, with how they relate to the case. */
  writers: Record<string, PersonWriter>;
}

/** Who on the individual's side wrote something: the person themself, a guardian staff recorded, or another. */
export interface PersonWriter {
  name: string;
  relation: 'individual' | 'guardian' | 'other';
}

/** A plan's template by name, and the template's newest version, beside the version the plan was written with. */
export interface TemplateNamed {
  templateName: string | null;
  templateNewestVersion: number | null;
}

type Stored = { [K in keyof CaseRecord]: unknown };

/**
 * Reads the whole case in one statement, each part through the SIP's own index, so a case page costs one round
 * trip whatever the size of the database. The plan and what follows from it are read only when `readsPlan`: an
 * invited unit that has not answered learns what it needs to answer, not the plan. Given a `reader`, the same
 * statement records the read in the access log (the case, or the case and its plan when one was read), so the
 * entry exists exactly when the rows were read. Undefined when there is no such SIP.
 */
export async function readCaseRecord(
  db: Kysely<DB>,
  sipId: string,
  readsPlan: boolean,
  reader?: Actor,
): Promise<CaseRecord | undefined> {
  const logged = reader
    ? sql`CROSS JOIN LATERAL (SELECT ${appendAccess({
        ...reader,
        action: sql<AccessAction>`CASE WHEN EXISTS (SELECT 1 FROM plan) THEN 'read_case_and_plan' ELSE 'read_case' END`,
        personId: sql`s.person_id`,
        sipId,
      })}) AS logged`
    : sql``;
  // Each part is read once, through the SIP's own index, and the names of the units and users they mention are
  // looked up from those same rows. Built as json, not jsonb: it is only sent on, and json is cheaper to make.
  const { rows } = await sql<Stored>`
    ${sql.raw(prepared('case_record'))}
    WITH s AS (SELECT * FROM sips WHERE id = ${sipId}),
    participants AS (SELECT unit_id, part FROM sip_participants WHERE sip_id = ${sipId}),
    consent AS (
      SELECT * FROM consents WHERE sip_id = ${sipId} ORDER BY recorded_at DESC, id DESC LIMIT 1
    ),
    scope AS (SELECT unit_id FROM consent_scope_units WHERE consent_id = (SELECT id FROM consent)),
    preparation AS (SELECT * FROM preparations WHERE sip_id = ${sipId}),
    meeting AS (SELECT * FROM meetings WHERE sip_id = ${sipId} ORDER BY created_at DESC, id DESC LIMIT 1),
    invitations AS (SELECT * FROM invitations WHERE meeting_id = (SELECT id FROM meeting)),
    plan AS (SELECT * FROM plans WHERE sip_id = ${sipId} AND ${readsPlan}),
    versions AS (
      SELECT version, reason, author_id, author_unit_id, created_at, approved_at, approval_method, approval_note,
        template_id, template_version
      FROM plan_versions WHERE sip_id = ${sipId} AND ${readsPlan}
    ),
    follow_ups AS (SELECT * FROM follow_ups WHERE sip_id = ${sipId} AND ${readsPlan}),
    events AS (
      SELECT id, sip_id, type, from_phase, to_phase, occurred_at, actor_user_id, actor_unit_id, actor_identity_id,
        actor_fhir_client_id
      FROM sip_events WHERE sip_id = ${sipId}
    ),
    at_meetings AS (SELECT unit_id FROM sip_units_at_meetings WHERE sip_id = ${sipId}),
    guardians AS (SELECT * FROM case_guardians WHERE sip_id = ${sipId} AND removed_at IS NULL),
    person_preparation AS (SELECT * FROM person_preparations WHERE sip_id = ${sipId} AND ${readsPlan}),
    meeting_answers AS (
      SELECT * FROM person_meeting_answers WHERE meeting_id = (SELECT id FROM meeting) AND ${readsPlan}
    ),
    objections AS (SELECT * FROM plan_version_objections WHERE sip_id = ${sipId} AND ${readsPlan}),
    child_view AS (
      SELECT sip_id, good, hard, wishes, picture IS NOT NULL AS has_picture, written_by, updated_at, confirmed_at,
        confirmed_by
      FROM child_views WHERE sip_id = ${sipId} AND ${readsPlan}
    ),
    writers AS (
      SELECT i.id, i.name, CASE
          WHEN i.id_number = (SELECT p.id_number FROM persons p JOIN s ON p.id = s.person_id) THEN 'individual'
          WHEN EXISTS (SELECT 1 FROM case_guardians g WHERE g.sip_id = ${sipId} AND g.id_number = i.id_number)
            THEN 'guardian'
          ELSE 'other' END AS relation
      FROM e_id_identities i
      WHERE i.id IN (
        SELECT updated_by FROM person_preparation UNION SELECT identity_id FROM meeting_answers
        UNION SELECT identity_id FROM objections UNION SELECT written_by FROM child_view
        UNION SELECT actor_identity_id FROM events
      )
    ),
    plan_units AS (
      SELECT (content -> 'coordinator' ->> 'unitId')::uuid AS unit_id FROM plan
      UNION SELECT jsonb_array_elements_text(content -> 'writtenWithUnitIds')::uuid FROM plan
    ),
    named_units AS (
      SELECT convening_unit_id AS id FROM s UNION SELECT initiator_unit_id FROM s
      UNION SELECT unit_id FROM participants UNION SELECT unit_id FROM scope
      UNION SELECT recorded_unit_id FROM consent UNION SELECT unit_id FROM invitations
      UNION SELECT author_unit_id FROM versions UNION SELECT recorded_unit_id FROM follow_ups
      UNION SELECT actor_unit_id FROM events UNION SELECT unit_id FROM at_meetings
      UNION SELECT unit_id FROM plan_units
    ),
    named_users AS (
      SELECT recorded_by AS id FROM consent UNION SELECT updated_by FROM preparation
      UNION SELECT sent_by FROM invitations UNION SELECT answered_by FROM invitations
      UNION SELECT updated_by FROM plan UNION SELECT author_id FROM versions
      UNION SELECT recorded_by FROM follow_ups UNION SELECT actor_user_id FROM events
      UNION SELECT recorded_by FROM guardians UNION SELECT confirmed_by FROM child_view
    )
    SELECT
      row_to_json(s) AS sip,
      (SELECT row_to_json(p) FROM persons p WHERE p.id = s.person_id) AS person,
      (SELECT coalesce(json_agg(x ORDER BY x.unit_id, x.part), '[]') FROM participants x) AS participants,
      (SELECT row_to_json(x) FROM (
        SELECT consent.*, ARRAY(SELECT unit_id FROM scope ORDER BY unit_id) AS scope FROM consent
      ) x) AS consent,
      (SELECT row_to_json(x) FROM preparation x) AS preparation,
      (SELECT row_to_json(x) FROM meeting x) AS meeting,
      (SELECT coalesce(json_agg(x ORDER BY x.sent_at, x.id), '[]') FROM invitations x) AS invitations,
      (SELECT row_to_json(x) FROM (
        SELECT plan.*, o.kind AS overall_responsibility_kind, ${templateNamed('plan')} FROM plan
        LEFT JOIN organisations o ON o.id::text = plan.content ->> 'overallResponsibilityOrganisationId'
      ) x) AS plan,
      (SELECT coalesce(json_agg(x ORDER BY x.version), '[]') FROM (
        SELECT versions.*, ${templateNamed('versions')} FROM versions
      ) x) AS versions,
      (SELECT row_to_json(t) FROM ${caseTemplateSql('s')} t) AS template,
      (SELECT coalesce(json_agg(x ORDER BY x.recorded_at, x.id), '[]') FROM follow_ups x) AS follow_ups,
      ARRAY(SELECT unit_id FROM at_meetings ORDER BY unit_id) AS units_at_meetings,
      (SELECT coalesce(json_agg(x ORDER BY x.occurred_at, x.id), '[]') FROM events x) AS events,
      (SELECT coalesce(json_agg(x ORDER BY x.recorded_at, x.id), '[]') FROM guardians x) AS guardians,
      (SELECT child_sign_in_age FROM county_settings) AS child_sign_in_age,
      (SELECT row_to_json(x) FROM person_preparation x) AS person_preparation,
      (SELECT coalesce(json_agg(x ORDER BY x.answered_at, x.identity_id), '[]') FROM meeting_answers x)
        AS meeting_answers,
      (SELECT coalesce(json_agg(x ORDER BY x.version, x.created_at, x.id), '[]') FROM objections x) AS objections,
      (SELECT row_to_json(x) FROM child_view x) AS child_view,
      (SELECT coalesce(json_object_agg(w.id, json_build_object('name', w.name, 'relation', w.relation)), '{}')
        FROM writers w) AS writers,
      (SELECT coalesce(json_object_agg(u.id, json_build_object('unitId', u.id, 'unitName', u.name,
          'organisationId', o.id, 'organisationName', o.name, 'organisationKind', o.kind)), '{}')
        FROM units u JOIN organisations o ON o.id = u.organisation_id
        WHERE u.id IN (SELECT id FROM named_units)) AS units,
      (SELECT coalesce(json_object_agg(n.id, n.name), '{}') FROM (
        SELECT u.id, u.display_name AS name FROM users u WHERE u.id IN (SELECT id FROM named_users)
        -- A FHIR system client that answered for its unit (0032) is named by its registration.
        UNION ALL SELECT c.id, c.name FROM fhir_clients c WHERE c.id IN (
          SELECT actor_fhir_client_id FROM events UNION SELECT answered_by_fhir_client FROM invitations)
      ) n) AS users
    FROM s
    ${logged}`.execute(db);
  const row = rows[0];
  return row && (camelKeysDeep(row) as CaseRecord);
}

/** The name of the template version a plan row was written with, and the template's newest version. */
const templateNamed = (row: string) => sql`
  (SELECT tv.content ->> 'name' FROM plan_template_versions tv
    WHERE tv.template_id = ${sql.ref(`${row}.template_id`)} AND tv.version = ${sql.ref(`${row}.template_version`)}
  ) AS template_name,
  (SELECT max(tv.version) FROM plan_template_versions tv WHERE tv.template_id = ${sql.ref(`${row}.template_id`)}
  ) AS template_newest_version`;

/**
 * The rows' snake_case columns in the camelCase the rest of the code reads, two levels down (a part, and the rows
 * of a list): the JSON the rows themselves hold, such as a plan's content, is left as written, and so are the
 * names, which are keyed by id and built in camelCase.
 */
function camelKeysDeep({ units, users, writers, ...parts }: Stored): unknown {
  const part = (value: unknown): unknown =>
    Array.isArray(value) ? value.map(camelKeys) : value === null ? null : camelKeys(value);
  return {
    ...Object.fromEntries(Object.entries(parts).map(([key, value]) => [key, part(value)])),
    units,
    users,
    writers,
  };
}

function camelKeys(row: unknown): unknown {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return row;
  return Object.fromEntries(
    Object.entries(row).map(([key, value]) => [
      key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()),
      value,
    ]),
  );
}
