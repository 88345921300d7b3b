import { addDays } from 'date-fns';
import type { Kysely } from 'kysely';
import type { DB } from '../../src/db/schema.js';
import { stockholmDate } from '../../src/domain/time/stockholm.js';
import { meetingBegan } from '../../src/server/seed/meetingBegan.js';
import { emptyPlan, type PlanContent } from '../../src/shared/plan.js';
import type { ApiClient } from './apiClient.js';
import { createOrganisation, signedInUser, type TestOrganisation } from './factories.js';

/** A valid personnummer for an adult (the well-known test number) and one for a child. */
export const adultIdNumber = '19121212-1212';

/** A calendar day relative to today in Stockholm, as the server counts days (UTC is a day behind after 23:00). */
export const isoDay = (offsetDays: number) => stockholmDate(addDays(new Date(), offsetDays));
export const isoTime = (offsetDays: number, hour: number) => {
  const date = addDays(new Date(), offsetDays);
  date.setUTCHours(hour, 0, 0, 0);
  return date.toISOString();
};

export interface ProcessWorld {
  db: Kysely<DB>;
  region: TestOrganisation;
  municipality: TestOrganisation;
  school: TestOrganisation;
  strangerOrg: TestOrganisation;
  convener: ApiClient;
  primaryCare: ApiClient;
  primaryCareColleague: ApiClient;
  schoolStaff: ApiClient;
  stranger: ApiClient;
}

/** Two principals and a school, each with its own staff, and a stranger from an unrelated municipality. */
export async function createProcessWorld(db: Kysely<DB>, client: () => ApiClient): Promise<ProcessWorld> {
  const region = await createOrganisation(db, 'region', ['vc', 'psyk']);
  const municipality = await createOrganisation(db, 'municipality', ['ifo', 'home']);
  const school = await createOrganisation(db, 'other', ['school']);
  const strangerOrg = await createOrganisation(db, 'municipality', ['ifo']);
  const signIn = async (unitId: string) => (await signedInUser(db, client(), [unitId])).client;
  return {
    db,
    region,
    municipality,
    school,
    strangerOrg,
    convener: await signIn(municipality.units.ifo!),
    primaryCare: await signIn(region.units.vc!),
    primaryCareColleague: await signIn(region.units.vc!),
    schoolStaff: await signIn(school.units.school!),
    stranger: await signIn(strangerOrg.units.ifo!),
  };
}

export function newSipBody(idNumber = adultIdNumber) {
  return {
    person: { idNumber, givenName: 'Tove', familyName: 'Testsson' },
    need: {
      initiatorType: 'staff',
      targetGroup: 'mental_illness',
      description: 'Behöver samordnade insatser från vård och omsorg.',
    },
  };
}

export function consentFor(world: ProcessWorld) {
  return {
    decision: 'given',
    method: 'written',
    givenByName: 'Tove Testsson',
    givenByRelation: 'individual',
    givenOn: isoDay(0),
    validUntil: isoDay(365),
    scopeUnitIds: [
      world.region.units.vc,
      world.region.units.psyk,
      world.school.units.school,
      world.municipality.units.home,
    ],
    relativesMayTakePart: true,
  };
}

export function meetingFor(world: ProcessWorld) {
  return {
    startsAt: isoTime(7, 8),
    endsAt: isoTime(7, 9),
    form: 'in_person',
    place: 'Socialkontoret',
    unitIds: [world.region.units.vc, world.school.units.school],
    message: 'Välkomna till SIP-möte.',
  };
}

export function completePlan(world: ProcessWorld): PlanContent {
  return {
    ...emptyPlan(),
    situation: 'Bor ensam, har svårt att klara vardagen.',
    needs: 'Stöd i boendet och regelbunden kontakt med vården.',
    goals: [{ key: 'g1', kind: 'individual', text: 'Klara vardagen själv.', codes: [] }],
    efforts: [
      {
        key: 'e1',
        description: 'Boendestöd två gånger i veckan.',
        responsibleUnitId: world.municipality.units.home!,
        contactPerson: 'Johan',
        startDate: isoDay(1),
        endDate: isoDay(180),
        goalKeys: ['g1'],
        codes: [],
      },
      {
        key: 'e2',
        description: 'Läkarbesök varannan månad.',
        responsibleUnitId: world.region.units.vc!,
        contactPerson: 'Anna',
        startDate: isoDay(1),
        endDate: null,
        goalKeys: ['g1'],
        codes: [],
      },
    ],
    overallResponsibilityOrganisationId: world.municipality.id,
    coordinator: {
      name: 'Maria Nilsson',
      unitId: world.municipality.units.ifo!,
      phone: '0150-10 30 30',
      email: 'maria@example.se',
      acceptedByIndividual: true,
    },
    followUpWhat: 'Hur boendestödet fungerar.',
    followUpDate: isoDay(90),
  };
}

/**
 * Time passes until the SIP's scheduled meeting has begun (an hour ago), as it must before attendance can be
 * recorded: the test moves the meeting rather than waiting for it.
 */
export async function theMeetingBegins(world: ProcessWorld, sipId: string): Promise<void> {
  await meetingBegan(world.db, sipId, 1);
}

/**
 * A SIP brought by the convener to the meeting held, with primary care and the school accepted; `consent` changes
 * the consent recorded (a child's, given by the guardians, say).
 */
export async function sipWithMeetingHeld(
  world: ProcessWorld,
  idNumber?: string,
  consent: Record<string, unknown> = {},
): Promise<{ path: string; id: string }> {
  const created = await world.convener.post<{ id: string }>('/api/sips', newSipBody(idNumber));
  const path = `/api/sips/${created.body.id}`;
  await world.convener.post(`${path}/consent`, { ...consentFor(world), ...consent });
  const invited = await world.convener.post<{ invitations: { id: string; unitId: string }[] }>(
    `${path}/meetings`,
    meetingFor(world),
  );
  for (const [client, unitId] of [
    [world.primaryCare, world.region.units.vc],
    [world.schoolStaff, world.school.units.school],
  ] as const) {
    const invitation = invited.body.invitations.find((i) => i.unitId === unitId)!;
    await client.post(`/api/invitations/${invitation.id}/accept`, { attendees: 'Någon' });
  }
  await theMeetingBegins(world, created.body.id);
  await world.convener.post(`${path}/attendance`, {
    individualPresent: true,
    relativesPresent: false,
    attendance: invited.body.invitations.map((i) => ({ invitationId: i.id, attendance: 'present' })),
  });
  return { path, id: created.body.id };
}

/** A SIP brought to its first plan version established, with the complete plan (changed by `content`). */
export async function sipWithPlanEstablished(
  world: ProcessWorld,
  idNumber?: string,
  content: Partial<PlanContent> = {},
  consent: Record<string, unknown> = {},
): Promise<{ path: string; id: string }> {
  const sip = await sipWithMeetingHeld(world, idNumber, consent);
  await world.convener.put(`${sip.path}/plan`, {
    baseRevision: 0,
    content: { ...completePlan(world), ...content },
  });
  const established = await world.convener.post(`${sip.path}/plan/establish`, { baseRevision: 1 });
  if (established.status !== 200) throw new Error(`not established: ${JSON.stringify(established.body)}`);
  return sip;
}
