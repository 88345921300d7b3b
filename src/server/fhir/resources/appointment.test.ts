import { describe, expect, it } from 'vitest';
import { appointmentResource } from './appointment.js';
import type { MeetingFacts } from './appointmentFacts.js';
import { encounterResource } from './encounter.js';

const base = 'https://samplan.example/fhir/R4';
const convener = '0190f000-0000-7000-8000-000000000001';
const region = '0190f000-0000-7000-8000-000000000002';
const school = '0190f000-0000-7000-8000-000000000003';

function facts(
  changes: Partial<MeetingFacts['meeting']> = {},
  more: Partial<MeetingFacts> = {},
): MeetingFacts {
  return {
    meeting: {
      id: '0190f000-0000-7000-8000-0000000000aa',
      startsAt: new Date('2026-07-01T08:00:00Z'),
      endsAt: new Date('2026-07-01T09:00:00Z'),
      form: 'video',
      place: '',
      status: 'scheduled',
      individualPresent: null,
      relativesPresent: null,
      organiserUnitId: convener,
      cancelReason: '',
      createdAt: new Date('2026-06-20T12:00:00Z'),
      updatedAt: new Date('2026-06-21T12:00:00Z'),
      ...changes,
    },
    sip: { id: '0190f000-0000-7000-8000-0000000000bb', caseNumber: '2026-0042', personId: 'p1' },
    invitations: [
      { unitId: region, status: 'accepted', obliged: true, attendance: null },
      { unitId: school, status: 'sent', obliged: false, attendance: null },
    ],
    individualAnswer: null,
    ...more,
  };
}

const attendanceOf = (participant: { extension?: { url: string; valueCode?: string }[] }) =>
  participant.extension?.find((extension) => extension.url === `${base}/StructureDefinition/attendance`)
    ?.valueCode;

describe('a meeting as an Appointment', () => {
  it('is booked while scheduled, with times in Stockholm and the SIP it belongs to', () => {
    const appointment = appointmentResource(base, facts());
    expect(appointment.status).toBe('booked');
    expect(appointment.start).toBe('2026-07-01T10:00:00.000+02:00');
    expect(appointment.end).toBe('2026-07-01T11:00:00.000+02:00');
    expect(appointment.appointmentType?.text).toBe('SIP-möte, video');
    expect(appointment.description).toBe('SIP-möte 2026-0042');
    expect(appointment.supportingInformation).toEqual([
      { reference: 'CarePlan/0190f000-0000-7000-8000-0000000000bb' },
      { reference: 'EpisodeOfCare/0190f000-0000-7000-8000-0000000000bb' },
    ]);
    expect(appointment.comment).toBeUndefined();
  });

  it('lists the individual, the organiser and each invited unit, obliged ones as required', () => {
    const { participant } = appointmentResource(base, facts());
    expect(participant.map((p) => [p.actor?.reference, p.required, p.status])).toEqual([
      ['Patient/p1', 'required', 'needs-action'],
      [`PractitionerRole/unit-${convener}`, 'required', 'accepted'],
      [`PractitionerRole/unit-${region}`, 'required', 'accepted'],
      [`PractitionerRole/unit-${school}`, 'optional', 'needs-action'],
    ]);
  });

  it("takes the individual's own answer, and a unit's återbud or forward as declined", () => {
    const { participant } = appointmentResource(
      base,
      facts(
        {},
        {
          individualAnswer: 'another_time',
          invitations: [
            { unitId: region, status: 'declined', obliged: true, attendance: null },
            { unitId: school, status: 'forwarded', obliged: false, attendance: null },
          ],
        },
      ),
    );
    expect(participant.map((p) => p.status)).toEqual(['declined', 'accepted', 'declined', 'declined']);
  });

  it('does not list the organiser twice when it was also invited', () => {
    const { participant } = appointmentResource(
      base,
      facts({}, { invitations: [{ unitId: convener, status: 'accepted', obliged: true, attendance: null }] }),
    );
    expect(
      participant.filter((p) => p.actor?.reference === `PractitionerRole/unit-${convener}`),
    ).toHaveLength(1);
  });

  it('carries who came, with relatives, once the meeting is held', () => {
    const { status, participant } = appointmentResource(
      base,
      facts(
        { status: 'held', individualPresent: true, relativesPresent: false, place: 'Vårdcentralen' },
        {
          invitations: [
            { unitId: region, status: 'accepted', obliged: true, attendance: 'present' },
            { unitId: school, status: 'accepted', obliged: false, attendance: 'absent_without_notice' },
          ],
        },
      ),
    );
    expect(status).toBe('fulfilled');
    expect(participant.map(attendanceOf)).toEqual([
      'present',
      'absent',
      undefined,
      'present',
      'absent_without_notice',
    ]);
    expect(participant[1]?.type?.[0]?.text).toBe('Närstående');
  });

  it('is cancelled with the reason given', () => {
    const appointment = appointmentResource(base, facts({ status: 'cancelled', cancelReason: 'Sjuk' }));
    expect(appointment.status).toBe('cancelled');
    expect(appointment.cancelationReason).toEqual({ text: 'Sjuk' });
  });
});

describe('a held meeting as an Encounter', () => {
  it('exists only for a held meeting', () => {
    expect(encounterResource(facts())).toBeUndefined();
    expect(encounterResource(facts({ status: 'cancelled' }))).toBeUndefined();
  });

  it('is finished, virtual for a video meeting, with the units that came as attenders', () => {
    const encounter = encounterResource(
      facts(
        { status: 'held' },
        {
          invitations: [
            { unitId: region, status: 'accepted', obliged: true, attendance: 'present' },
            { unitId: school, status: 'accepted', obliged: false, attendance: 'absent_with_notice' },
          ],
        },
      ),
    );
    expect(encounter?.status).toBe('finished');
    expect(encounter?.class.code).toBe('VR');
    expect(encounter?.subject).toEqual({ reference: 'Patient/p1' });
    expect(encounter?.appointment).toEqual([
      { reference: 'Appointment/0190f000-0000-7000-8000-0000000000aa' },
    ]);
    expect(encounter?.participant?.map((p) => p.individual?.reference)).toEqual([
      `PractitionerRole/unit-${convener}`,
      `PractitionerRole/unit-${region}`,
    ]);
    expect(encounter?.serviceProvider).toEqual({ reference: `Organization/${convener}` });
  });

  it('is ambulatory for a meeting in person', () => {
    expect(encounterResource(facts({ status: 'held', form: 'in_person' }))?.class.code).toBe('AMB');
  });
});
