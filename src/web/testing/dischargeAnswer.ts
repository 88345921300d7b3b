import type { DischargeDetail } from '../../shared/api/discharge.js';

const ward = { unitId: '6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', unitName: 'Medicinavdelning 3' };

/**
 * A discharge process as the server answers a step on it, whole, since the client reads every answer through the
 * route's schema: admitted, not yet ready, with Vårdcentralen Åsen's staff to name as the care contact.
 */
export function dischargeAnswer(id: string): DischargeDetail {
  return {
    id,
    personName: 'Astrid Testqvist',
    protectedIdentity: false,
    status: 'admitted',
    inpatientUnit: ward,
    admittedAt: '2026-12-01T08:00:00+01:00',
    estimatedDischargeOn: null,
    readyAt: null,
    deadline: null,
    careContactName: null,
    sipId: null,
    myParts: ['inpatient'],
    person: {
      idNumber: '19440912-2381',
      givenName: 'Astrid',
      familyName: 'Testqvist',
      age: 82,
      protectedIdentity: false,
    },
    municipalityUnit: { unitId: '7b2c3d4e-5f6a-4b7c-9d8e-0f1a2b3c4d5e', unitName: 'Hemtjänst Ekby' },
    primaryCareUnit: { unitId: '8c3d4e5f-6a7b-4c8d-8e9f-1a2b3c4d5e6f', unitName: 'Vårdcentralen Åsen' },
    expectsMunicipalityEfforts: true,
    expectsPrimaryCareEfforts: true,
    admissionNoticeAt: '2026-12-01T08:30:00+01:00',
    careContact: null,
    careContactCandidates: [
      { userId: '9d4e5f6a-7b8c-4d9e-9f0a-2b3c4d5e6f7a', name: 'Anna Lind' },
      { userId: '0e5f6a7b-8c9d-4e0f-8a1b-3c4d5e6f7a8b', name: 'Bo Ek' },
    ],
    invitedAt: null,
    interruption: null,
    events: [],
    allowedActions: ['declareReady', 'setEstimatedDischarge', 'interrupt'],
  };
}
