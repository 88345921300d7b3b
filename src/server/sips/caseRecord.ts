import { sql, type Kysely, type Selectable } from 'kysely';
import type {
  ConsentsTable,
  DB,
  FollowUpsTable,
  InvitationsTable,
  MeetingsTable,
  PersonsTable,
  PlansTable,
  PlanVersionsTable,
  PreparationsTable,
  SipEventsTable,
  SipsTable,
} from '../../db/schema.js';
import type { UnitPart } from '../../domain/sip/allowedActions.js';
import { appendAccess } from '../audit/accessLog.js';
import type { Actor } from './actor.js';
import { prepared } from '../../db/preparedStatements.js';

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
    (JsonRow<PlansTable> & { updatedByName: string | null; overallResponsibilityKind: string | null }) | null;
  versions: Omit<JsonRow<PlanVersionsTable>, 'sipId' | 'content' | 'approvalRecordedBy'>[];
  followUps: JsonRow<FollowUpsTable>[];
  events: Omit<JsonRow<SipEventsTable>, 'data'>[];
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
        action: sql`CASE WHEN ${readsPlan} AND EXISTS (SELECT 1 FROM plans x WHERE x.sip_id = s.id)
          THEN 'read_case_and_plan' ELSE 'read_case' END`,
        personId: sql`s.person_id`,
        sipId,
      })}) AS logged`
    : sql``;
  const { rows } = await sql<Stored>`
    ${sql.raw(prepared('case_record'))} SELECT
      to_jsonb(s) AS sip,
      to_jsonb(p) AS person,
      (SELECT coalesce(jsonb_agg(jsonb_build_object('unit_id', sp.unit_id, 'part', sp.part)
          ORDER BY sp.unit_id, sp.part), '[]')
        FROM sip_participants sp WHERE sp.sip_id = s.id) AS participants,
      (SELECT to_jsonb(c) || jsonb_build_object('scope', ARRAY(
          SELECT cs.unit_id FROM consent_scope_units cs WHERE cs.consent_id = c.id ORDER BY cs.unit_id))
        FROM consents c WHERE c.sip_id = s.id ORDER BY c.recorded_at DESC, c.id DESC LIMIT 1) AS consent,
      (SELECT to_jsonb(pr) FROM preparations pr WHERE pr.sip_id = s.id) AS preparation,
      to_jsonb(m) AS meeting,
      (SELECT coalesce(jsonb_agg(to_jsonb(i) ORDER BY i.sent_at, i.id), '[]')
        FROM invitations i WHERE i.meeting_id = m.id) AS invitations,
      (SELECT to_jsonb(pl) || jsonb_build_object('updated_by_name', u.display_name, 'overall_responsibility_kind', o.kind)
        FROM plans pl
        LEFT JOIN users u ON u.id = pl.updated_by
        LEFT JOIN organisations o ON o.id::text = pl.content ->> 'overallResponsibilityOrganisationId'
        WHERE pl.sip_id = s.id AND ${readsPlan}) AS plan,
      (SELECT coalesce(jsonb_agg(to_jsonb(v) - 'sip_id' - 'content' - 'approval_recorded_by' ORDER BY v.version), '[]')
        FROM plan_versions v WHERE v.sip_id = s.id AND ${readsPlan}) AS versions,
      (SELECT coalesce(jsonb_agg(to_jsonb(f) ORDER BY f.recorded_at, f.id), '[]')
        FROM follow_ups f WHERE f.sip_id = s.id AND ${readsPlan}) AS follow_ups,
      (SELECT coalesce(jsonb_agg(to_jsonb(e) - 'data' ORDER BY e.occurred_at, e.id), '[]')
        FROM sip_events e WHERE e.sip_id = s.id) AS events
    FROM sips s
    ${logged}
    JOIN persons p ON p.id = s.person_id
    LEFT JOIN LATERAL (
      SELECT * FROM meetings mm WHERE mm.sip_id = s.id ORDER BY mm.created_at DESC, mm.id DESC LIMIT 1
    ) m ON TRUE
    WHERE s.id = ${sipId}`.execute(db);
  const row = rows[0];
  return row && (camelKeysDeep(row) as CaseRecord);
}

/**
 * The rows' snake_case columns in the camelCase the rest of the code reads, two levels down (a part, and the rows
 * of a list): the JSON the rows themselves hold, such as a plan's content, is left as written.
 */
function camelKeysDeep(record: Stored): unknown {
  const part = (value: unknown): unknown =>
    Array.isArray(value) ? value.map(camelKeys) : value === null ? null : camelKeys(value);
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, part(value)]));
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
