import { stockholmDate } from '../../../domain/time/stockholm.js';
import type { Coding as PlanCoding } from '../../../shared/coding.js';
import type { Effort, MeasureByOthers, PlanContent } from '../../../shared/plan.js';
import { caseSv } from '../../../shared/words/case.sv.js';
import { fhirPlanResourcesSv as said } from '../../../shared/words/fhirPlanResources.sv.js';
import { fill } from '../../../shared/words/fill.js';
import type { CarePlanRow, EffortJudgement } from '../../data/fhirCarePlans.js';
import { caseNumberSystem } from '../identifiers.js';
import type { FhirResource } from '../registry.js';
import {
  concept,
  fhirInstant,
  practitionerRoleOf,
  reference,
  samplanCodeSystem,
  textOrAbsent,
  type Annotation,
  type CodeableConcept,
  type Reference,
} from './elements.js';
import { goalId } from './goal.js';

/** R4's `request-status` (required binding of CarePlan.status). */
export const carePlanStatuses = [
  'draft',
  'active',
  'on-hold',
  'revoked',
  'completed',
  'entered-in-error',
  'unknown',
] as const;
export type CarePlanStatus = (typeof carePlanStatuses)[number];

/** The closure reasons that mean the plan did its work; any other closure revokes it (fhir-mapping.md). */
const fulfilled = new Set(['goals_reached', 'no_longer_needed']);

/**
 * The newest CarePlan's status from the SIP's phase (fhir-mapping.md, "SIP phase"); earlier versions keep the
 * status they had while they were the newest, `active`, since a new version is only made from an established plan.
 */
export function carePlanStatus(row: Pick<CarePlanRow, 'phase' | 'closureReason' | 'newest'>): CarePlanStatus {
  if (!row.newest) return 'active';
  switch (row.phase) {
    case 'need_identified':
    case 'preparation':
    case 'invitation':
    case 'meeting_held':
      return 'draft';
    case 'consent_declined':
      return 'revoked';
    case 'plan_established':
      return 'active';
    case 'paused':
      return 'on-hold';
    case 'closed':
      return row.closureReason !== null && fulfilled.has(row.closureReason) ? 'completed' : 'revoked';
  }
}

/** The category every CarePlan carries: Inera's care-plan type SIP, and SNOMED CT's *care plan* beside it. */
export const sipCategory = { system: 'https://fhir.inera.se/CodeSystem/typeofcareplan-cs', code: 'SIP' };
export const carePlanCategory = { system: 'http://snomed.info/sct', code: '734163000' };

/** A free text with the county's codes for it as codings beside it, never instead of it. */
function coded(text: string, codes: readonly PlanCoding[]): CodeableConcept {
  return codes.length > 0 ? { coding: codes.map((c) => ({ ...c })), text } : { text };
}

type ActivityStatus =
  'not-started' | 'scheduled' | 'in-progress' | 'on-hold' | 'completed' | 'stopped' | 'unknown';

/** An effort's status: the newest follow-up's outcome, else the case's pause or closure, else its dates. */
function effortStatus(
  row: CarePlanRow,
  effort: Effort,
  newest: EffortJudgement | undefined,
  today: string,
): ActivityStatus {
  if (newest) {
    if (newest.outcome === 'achieved') return 'completed';
    if (newest.outcome === 'no_longer_relevant') return 'stopped';
  }
  if (row.newest && row.phase === 'paused') return 'on-hold';
  if (row.newest && row.phase === 'closed') return newest ? 'completed' : 'stopped';
  if (newest) return 'in-progress';
  if (effort.startDate === null && effort.endDate === null) return 'unknown';
  return effort.startDate !== null && effort.startDate > today ? 'not-started' : 'in-progress';
}

function effortActivity(base: string, row: CarePlanRow, effort: Effort, today: string) {
  const judgements = (row.judgements ?? []).filter((judgement) => judgement.key === effort.key);
  const newest = judgements[0];
  const progress = judgements.flatMap((judgement): Annotation[] => {
    const text = textOrAbsent(judgement.note);
    return text === undefined ? [] : [{ time: judgement.heldOn, text }];
  });
  const performer: Reference[] = [
    ...(effort.responsibleUnitId ? [reference('Organization', effort.responsibleUnitId)] : []),
    ...(textOrAbsent(effort.contactPerson) ? [{ display: effort.contactPerson.trim() }] : []),
  ];
  const period = {
    ...(effort.startDate ? { start: effort.startDate } : {}),
    ...(effort.endDate ? { end: effort.endDate } : {}),
  };
  const goals = row.content.goals.filter(
    (goal) => effort.goalKeys.includes(goal.key) && textOrAbsent(goal.text),
  );
  return {
    ...(newest
      ? {
          outcomeCodeableConcept: [
            concept(
              samplanCodeSystem(base, 'follow-up-outcome'),
              newest.outcome,
              caseSv.vocab.outcome[newest.outcome],
            ),
          ],
        }
      : {}),
    ...(progress.length > 0 ? { progress } : {}),
    detail: {
      ...(effort.codes.length > 0 ? { code: coded(effort.description, effort.codes) } : {}),
      ...(goals.length > 0
        ? { goal: goals.map((goal) => reference('Goal', goalId(row.sipId, goal.key))) }
        : {}),
      status: effortStatus(row, effort, newest, today),
      ...(Object.keys(period).length > 0 ? { scheduledPeriod: period } : {}),
      ...(performer.length > 0 ? { performer } : {}),
      description: effort.description,
    },
  };
}

function measureActivity(measure: MeasureByOthers) {
  const contact = textOrAbsent(measure.contact);
  const actor = textOrAbsent(measure.actor);
  return {
    detail: {
      status: 'unknown',
      ...(actor ? { performer: [{ display: actor }] } : {}),
      description: contact
        ? `${measure.description}\n${fill(said.contact, { contact })}`
        : measure.description,
    },
  };
}

/** The plan's point 7: what is followed up and when, led by the coordinator. */
function followUpActivity(row: CarePlanRow, content: PlanContent) {
  const what = textOrAbsent(content.followUpWhat);
  if (!what && !content.followUpDate) return [];
  const coordinator = textOrAbsent(content.coordinator.name);
  return [
    {
      detail: {
        status: 'scheduled',
        ...(content.followUpDate ? { scheduledPeriod: { start: content.followUpDate } } : {}),
        ...(coordinator ? { performer: [reference('PractitionerRole', `coordinator-${row.sipId}`)] } : {}),
        description: what ? fill(said.followUp, { what }) : said.followUpUnsaid,
      },
    },
  ];
}

/** The plan's sections with no element of their own, one Annotation each under its Swedish heading. */
const noteSections = [
  'strengths',
  'wishes',
  'timePlan',
  'medication',
  'assistiveDevices',
  'childView',
  'childViewHowObtained',
  'individualParticipation',
] as const;

function notes(content: PlanContent): Annotation[] {
  return noteSections.flatMap((section) => {
    const text = textOrAbsent(content[section]);
    return text ? [{ text: fill(said.note, { heading: caseSv.plan.fields[section], text }) }] : [];
  });
}

/**
 * One version of a SIP's plan as a CarePlan (fhir-mapping.md, CarePlan). The needs travel as a contained
 * Condition, since R4 lets `addresses` point only at Conditions; the county's codes for needs, goals and efforts
 * go beside their free text as further codings.
 */
export function carePlanResource(base: string, row: CarePlanRow, today = stockholmDate()): FhirResource {
  const { content } = row;
  const needs = textOrAbsent(content.needs);
  const patient = reference('Patient', row.personId);
  const contributors = [...new Set([...row.contributorUnitIds, ...content.writtenWithUnitIds])];
  const goals = content.goals.filter((goal) => textOrAbsent(goal.text));
  const activity = [
    ...content.efforts
      .filter((effort) => textOrAbsent(effort.description))
      .map((effort) => effortActivity(base, row, effort, today)),
    ...content.measuresByOthers.filter((measure) => textOrAbsent(measure.description)).map(measureActivity),
    ...followUpActivity(row, content),
  ];
  const annotations = notes(content);
  const description = textOrAbsent(content.situation);
  return {
    resourceType: 'CarePlan',
    id: row.sipId,
    meta: { versionId: String(row.version), lastUpdated: fhirInstant(row.lastUpdated) },
    ...(needs
      ? {
          contained: [
            {
              resourceType: 'Condition',
              id: 'needs',
              code: coded(needs, content.needsCodes),
              subject: patient,
            },
          ],
        }
      : {}),
    identifier: [{ system: caseNumberSystem(base), value: row.caseNumber }],
    ...(row.version > 1
      ? { replaces: [{ reference: `CarePlan/${row.sipId}/_history/${row.version - 1}` }] }
      : {}),
    status: carePlanStatus(row),
    intent: 'plan',
    category: [
      concept(sipCategory.system, sipCategory.code, said.sip),
      concept(carePlanCategory.system, carePlanCategory.code, said.carePlan),
    ],
    title: fill(said.title, { caseNumber: row.caseNumber }),
    ...(description ? { description } : {}),
    subject: patient,
    ...(row.encounterId ? { encounter: reference('Encounter', row.encounterId) } : {}),
    ...(row.firstEstablishedAt
      ? {
          period: {
            start: fhirInstant(row.firstEstablishedAt),
            ...(row.closedAt ? { end: fhirInstant(row.closedAt) } : {}),
          },
          created: fhirInstant(row.firstEstablishedAt),
        }
      : {}),
    ...(row.authorId && row.authorUnitId
      ? { author: practitionerRoleOf(row.authorId, row.authorUnitId) }
      : {}),
    ...(contributors.length > 0
      ? { contributor: contributors.map((id) => reference('Organization', id)) }
      : {}),
    careTeam: [reference('CareTeam', row.sipId)],
    ...(needs ? { addresses: [{ reference: '#needs' }] } : {}),
    ...(row.consentId ? { supportingInfo: [reference('Consent', row.consentId)] } : {}),
    ...(goals.length > 0
      ? { goal: goals.map((goal) => reference('Goal', goalId(row.sipId, goal.key))) }
      : {}),
    ...(activity.length > 0 ? { activity } : {}),
    ...(annotations.length > 0 ? { note: annotations } : {}),
  };
}
