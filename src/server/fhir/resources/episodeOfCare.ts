import type { SipPhase } from '../../../domain/sip/phase.js';
import { fhirPlanResourcesSv as said } from '../../../shared/words/fhirPlanResources.sv.js';
import { fill } from '../../../shared/words/fill.js';
import { vocabSv } from '../../../shared/words/vocab.sv.js';
import type { EpisodeRow, PhaseChange } from '../../data/fhirEpisodes.js';
import type { FhirResource } from '../registry.js';
import { sipCategory } from './carePlan.js';
import { fhirInstant, reference } from './elements.js';

/** R4's `episode-of-care-status` (required binding of EpisodeOfCare.status). */
export const episodeStatuses = [
  'planned',
  'waitlist',
  'active',
  'onhold',
  'finished',
  'cancelled',
  'entered-in-error',
] as const;
export type EpisodeStatus = (typeof episodeStatuses)[number];

/**
 * The episode's status in a phase (fhir-mapping.md, "SIP phase"): planned while the need is only identified,
 * cancelled when consent was declined or the SIP closed without a plan ever established, finished when it closed
 * after one.
 */
export function episodeStatus(phase: SipPhase, planEstablished: boolean): EpisodeStatus {
  switch (phase) {
    case 'need_identified':
      return 'planned';
    case 'consent_declined':
      return 'cancelled';
    case 'preparation':
    case 'invitation':
    case 'meeting_held':
    case 'plan_established':
      return 'active';
    case 'paused':
      return 'onhold';
    case 'closed':
      return planEstablished ? 'finished' : 'cancelled';
  }
}

/**
 * Each status the episode held, with its period, from the phase changes: phases that map to the same status run
 * together, and the one held now has no end.
 */
function statusHistory(changes: PhaseChange[], planEstablished: boolean, createdAt: Date) {
  const held: { status: EpisodeStatus; period: { start: string; end?: string } }[] = [];
  const steps = [{ toPhase: 'need_identified' as SipPhase, occurredAt: createdAt.toISOString() }, ...changes];
  for (const step of steps) {
    const status = episodeStatus(step.toPhase, planEstablished);
    const last = held.at(-1);
    if (last?.status === status) continue;
    const start = fhirInstant(new Date(step.occurredAt));
    if (last) last.period.end = start;
    held.push({ status, period: { start } });
  }
  return held;
}

/** The SIP from need to closing as an EpisodeOfCare (fhir-mapping.md, EpisodeOfCare). */
export function episodeResource(row: Omit<EpisodeRow, 'standing'>): FhirResource {
  const patient = reference('Patient', row.personId);
  return {
    resourceType: 'EpisodeOfCare',
    id: row.sipId,
    meta: { lastUpdated: fhirInstant(row.updatedAt) },
    contained: [
      { resourceType: 'Condition', id: 'need', code: { text: row.needDescription }, subject: patient },
    ],
    status: episodeStatus(row.phase, row.planEstablished),
    statusHistory: statusHistory(row.phaseChanges, row.planEstablished, row.createdAt),
    type: [
      {
        coding: [{ ...sipCategory, display: said.sip }],
        text: fill(said.episodeType, { targetGroup: vocabSv.targetGroup[row.targetGroup] }),
      },
    ],
    diagnosis: [{ condition: { reference: '#need' } }],
    patient,
    managingOrganization: reference('Organization', row.conveningUnitId),
    period: {
      start: fhirInstant(row.createdAt),
      ...(row.closedAt ? { end: fhirInstant(row.closedAt) } : {}),
    },
    ...(row.coordinatorName
      ? { careManager: reference('PractitionerRole', `coordinator-${row.sipId}`) }
      : {}),
    team: [reference('CareTeam', row.sipId)],
  };
}
