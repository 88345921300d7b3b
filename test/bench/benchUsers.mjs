// Who a load benchmark acts as: staff of the busiest units of the generated county, each signed in (a session
// made directly, as a sign-in would), with the cases its unit convenes (which it may always read) and its open
// cases with a consent in force (on which it may save the preparation and edit the need).
import { sql } from 'kysely';
import { csrfTokenFor } from '../../dist/server/auth/csrf.js';
import { createSession } from '../../dist/server/auth/sessionStore.js';

const PER_UNIT = 200;

// A read-only benchmark passes `{ writes: false }`, so a unit with no open case still reads.
export async function benchUsers(db, count, { writes = true } = {}) {
  const { rows: units } = await sql`
    SELECT s.convening_unit_id AS "unitId", min(uu.user_id::text)::uuid AS "userId", count(*) AS sips
    FROM sips s JOIN user_units uu ON uu.unit_id = s.convening_unit_id AND uu.role = 'staff'
    GROUP BY s.convening_unit_id ORDER BY count(*) DESC LIMIT ${count}`.execute(db);
  return Promise.all(
    units.map(async (unit) => {
      const readable = await sql`
        SELECT id FROM sips WHERE convening_unit_id = ${unit.unitId} ORDER BY md5(id::text) LIMIT ${PER_UNIT}`.execute(
        db,
      );
      const writable = await sql`
        SELECT s.id FROM sips s
        WHERE s.convening_unit_id = ${unit.unitId} AND s.phase IN ('preparation', 'invitation')
          AND EXISTS (
            SELECT 1 FROM consents c WHERE c.sip_id = s.id AND c.decision = 'given' AND c.withdrawn_at IS NULL
              AND (c.valid_until IS NULL OR c.valid_until >= current_date)
              AND c.id = (SELECT l.id FROM consents l WHERE l.sip_id = s.id
                ORDER BY l.recorded_at DESC, l.id DESC LIMIT 1))
        ORDER BY md5(s.id::text) LIMIT ${PER_UNIT}`.execute(db);
      if (writes && writable.rows.length === 0)
        throw new Error(`unit ${unit.unitId} has no open case to write to`);
      const { token } = await createSession(db, unit.userId, unit.unitId, 10);
      return {
        ...unit,
        headers: {
          cookie: `samplan_session=${token}; samplan_csrf=${csrfTokenFor(token)}`,
          'x-csrf-token': csrfTokenFor(token),
        },
        readable: readable.rows.map((row) => row.id),
        writable: writable.rows.map((row) => row.id),
      };
    }),
  );
}

/** The n-th step of a user: the preparation saved, or the need's description edited, on one of its open cases. */
export function caseStep(user, n) {
  const sipId = user.writable[Math.floor(n / 2) % user.writable.length];
  const headers = { ...user.headers, 'content-type': 'application/json' };
  if (n % 2 === 0) {
    return {
      method: 'PUT',
      path: `/api/sips/${sipId}/preparation`,
      headers,
      body: JSON.stringify({
        whatMatters: `Att kunna bo kvar hemma (${n}).`,
        questions: 'Vem kommer på mötet?',
        meetingForm: 'in_person',
        place: '',
      }),
    };
  }
  return {
    method: 'PUT',
    path: `/api/sips/${sipId}/need`,
    headers,
    body: JSON.stringify({
      initiatorType: 'staff',
      targetGroup: n % 4 === 1 ? 'elderly_multimorbid' : 'mental_illness',
      description: `Behöver stöd från både vård och omsorg (${n}).`,
    }),
  };
}
