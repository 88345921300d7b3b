import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';

/**
 * What the individual's pages show of cases: the first name of the person a SIP is for, its convening unit, the
 * next meeting and the version of the plan waiting for approval. Never the identity number nor an address.
 */
export function personCaseHeads(db: Kysely<DB>, sipIds: string[]) {
  if (sipIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('sips as s')
    .innerJoin('persons as p', 'p.id', 's.personId')
    .innerJoin('units as u', 'u.id', 's.conveningUnitId')
    .leftJoin('plans as pl', 'pl.sipId', 's.id')
    .leftJoin('planVersions as v', (join) =>
      join.onRef('v.sipId', '=', 's.id').onRef('v.version', '=', 'pl.establishedVersion'),
    )
    .select((eb) => [
      's.id',
      's.phase',
      'p.givenName as firstName',
      'p.protectedIdentity',
      'u.name as conveningUnitName',
      'pl.establishedVersion',
      'v.approvedAt',
      eb
        .selectFrom('meetings as m')
        .select((inner) => inner.fn.min('m.startsAt').as('startsAt'))
        .whereRef('m.sipId', '=', 's.id')
        .where('m.status', '=', 'scheduled')
        .where('m.startsAt', '>', new Date())
        .as('nextMeetingAt'),
    ])
    .where('s.id', 'in', sipIds)
    .execute();
}

export type PersonCaseHead = Awaited<ReturnType<typeof personCaseHeads>>[number];

/** The case's next meeting still to come, with the organising unit's name. */
export function nextMeeting(db: Kysely<DB>, sipId: string) {
  return db
    .selectFrom('meetings as m')
    .innerJoin('units as u', 'u.id', 'm.organiserUnitId')
    .select(['m.id', 'm.startsAt', 'm.endsAt', 'm.form', 'm.place', 'u.name as organiserName'])
    .where('m.sipId', '=', sipId)
    .where('m.status', '=', 'scheduled')
    .where('m.startsAt', '>', new Date())
    .orderBy('m.startsAt')
    .limit(1)
    .executeTakeFirst();
}

/** The units invited to a meeting and their answers (a forwarded one's answer is the invitation it became). */
export function invitedUnits(db: Kysely<DB>, meetingId: string) {
  return db
    .selectFrom('invitations as i')
    .innerJoin('units as u', 'u.id', 'i.unitId')
    .select(['u.name', 'i.status'])
    .where('i.meetingId', '=', meetingId)
    .orderBy('u.name')
    .execute();
}

/** Units and organisations by name, for the plan in plain terms. */
export async function directoryNames(
  db: Kysely<DB>,
  ids: { units: Iterable<string>; organisations: Iterable<string> },
): Promise<{ units: Map<string, string>; organisations: Map<string, string> }> {
  const unitIds = [...new Set(ids.units)];
  const organisationIds = [...new Set(ids.organisations)];
  const [units, organisations] = await Promise.all([
    unitIds.length === 0
      ? []
      : db.selectFrom('units').select(['id', 'name']).where('id', 'in', unitIds).execute(),
    organisationIds.length === 0
      ? []
      : db.selectFrom('organisations').select(['id', 'name']).where('id', 'in', organisationIds).execute(),
  ]);
  return {
    units: new Map(units.map((row) => [row.id, row.name])),
    organisations: new Map(organisations.map((row) => [row.id, row.name])),
  };
}
