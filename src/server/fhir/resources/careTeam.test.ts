import { describe, expect, it } from 'vitest';
import { careTeamResource, type CareTeamFacts } from './careTeam.js';

const base = 'https://samplan.example/fhir/R4';
const id = (n: number) => `01939a4e-0000-7000-8000-0000000000${String(n).padStart(2, '0')}`;

function facts(overrides: Partial<CareTeamFacts> = {}): CareTeamFacts {
  return {
    sip: {
      id: id(1),
      caseNumber: '2026-0042',
      personId: id(2),
      phase: 'plan_established',
      conveningUnitId: id(3),
      createdAt: new Date('2026-11-01T08:00:00Z'),
      closedAt: null,
    },
    parts: [
      { unitId: id(3), part: 'effort', since: new Date('2026-12-01T08:00:00Z') },
      { unitId: id(3), part: 'convener', since: new Date('2026-11-01T08:00:00Z') },
      { unitId: id(4), part: 'accepted', since: new Date('2026-11-10T08:00:00Z') },
    ],
    plan: { coordinatorName: 'Sara Samordnare', overallResponsibilityOrganisationId: id(9) },
    ...overrides,
  };
}

const codes = (participant: { role: { coding?: { code: string }[] }[] }) =>
  participant.role.flatMap((role) => role.coding?.map((coding) => coding.code) ?? []);

describe('careTeamResource', () => {
  it('lists each unit once with its parts, the coordinator, the overall responsibility and the individual', () => {
    const team = careTeamResource(base, facts());
    expect(team.status).toBe('active');
    expect(team.name).toBe('SIP 2026-0042');
    expect(team.participant.map((participant) => [participant.member.reference, codes(participant)])).toEqual(
      [
        [`Organization/${id(3)}`, ['convener', 'effort']],
        [`Organization/${id(4)}`, ['accepted']],
        [`PractitionerRole/coordinator-${id(1)}`, ['coordinator']],
        [`Organization/${id(9)}`, ['overall-responsibility']],
        [`Patient/${id(2)}`, ['individual']],
      ],
    );
    expect(team.participant[0]?.period?.start).toBe('2026-11-01T09:00:00.000+01:00');
    expect(team.managingOrganization).toEqual([{ reference: `Organization/${id(9)}` }]);
  });

  it('before a plan, the convener manages it and no coordinator is named', () => {
    const team = careTeamResource(base, facts({ plan: null, sip: { ...facts().sip, phase: 'invitation' } }));
    expect(team.status).toBe('proposed');
    expect(team.managingOrganization).toEqual([{ reference: `Organization/${id(3)}` }]);
    expect(team.participant.some((participant) => codes(participant).includes('coordinator'))).toBe(false);
  });

  it('a closed SIP is an inactive team with an end', () => {
    const closedAt = new Date('2027-06-01T08:00:00Z');
    const team = careTeamResource(base, facts({ sip: { ...facts().sip, phase: 'closed', closedAt } }));
    expect(team.status).toBe('inactive');
    expect(team.period.end).toBe('2027-06-01T10:00:00.000+02:00');
  });
});
