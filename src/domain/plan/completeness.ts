import type { PlanContent } from '../../shared/plan.js';
import { unprocessable, type LocalisedText } from '../errors.js';

/** A part the law or the routine requires before a plan can be established, with where in the plan it belongs. */
export interface MissingPart {
  code: string;
  path: string;
  text: LocalisedText;
}

export interface CompletenessContext {
  /** 'region' | 'municipality' for principals; anything else for other actors; undefined if unknown. */
  organisationKind(organisationId: string): string | undefined;
  /** The same, for the organisation a unit belongs to. */
  unitOrganisationKind(unitId: string): string | undefined;
  /** Units that took part in a held meeting of the SIP: its convener and every unit recorded present. */
  unitsAtMeetings: readonly string[];
  /** Today's date in Europe/Stockholm, as YYYY-MM-DD. */
  today: string;
}

const principals = ['region', 'municipality'] as const;
const principalNames = {
  region: { sv: 'regionen', en: 'the region' },
  municipality: { sv: 'kommunen', en: 'the municipality' },
} as const;

const isBlank = (text: string) => text.trim().length === 0;
const isPrincipal = (kind: string | undefined) => kind === 'region' || kind === 'municipality';

type Add = (code: string, path: string, sv: string, en: string) => void;

/**
 * The parts HSL 16 kap. 4 § and SoL 2 kap. 7 § require of an established plan (the efforts, who does what,
 * measures by others, the overall responsibility), and the routine's seven points that say how: (1) the needs,
 * (2) at least one goal the coordinated efforts serve, (3) measures by others where there are any, (4) for every
 * effort the unit responsible and the named person who does it, (5) a time plan, (6) the coordinator with name,
 * a principal's unit and a way to reach them, accepted by the individual, (7) when and what is followed up. And a
 * SIP is made by both principals: a region unit and a municipality unit took part.
 */
export function missingPlanParts(plan: PlanContent, context: CompletenessContext): MissingPart[] {
  const missing: MissingPart[] = [];
  const add: Add = (code, path, sv, en) => missing.push({ code, path, text: { sv, en } });

  if (isBlank(plan.needs))
    add('needs', 'needs', 'Behoven är inte beskrivna.', 'The needs are not described.');
  if (!plan.goals.some((goal) => !isBlank(goal.text)))
    add(
      'goals',
      'goals',
      'Planen har inget mål som insatserna ska leda mot.',
      'The plan has no goal for the efforts to serve.',
    );
  effortParts(plan, add);
  measureParts(plan, add);
  if (isBlank(plan.timePlan) && !plan.efforts.some((effort) => effort.startDate || effort.endDate))
    add(
      'time_plan',
      'timePlan',
      'Tidplan saknas: skriv en tidplan eller ange datum för insatserna.',
      'The time plan is missing: write one or give the efforts dates.',
    );
  responsibilityParts(plan, context, add);
  coordinatorParts(plan, context, add);
  followUpParts(plan, context, add);
  principalParts(plan, context, add);
  return missing;
}

function effortParts(plan: PlanContent, add: Add): void {
  if (plan.efforts.length === 0)
    add('efforts', 'efforts', 'Planen har ingen insats.', 'The plan has no effort.');
  plan.efforts.forEach((effort, index) => {
    const n = index + 1;
    const at = `efforts.${index}`;
    if (isBlank(effort.description))
      add(
        'effort_description',
        `${at}.description`,
        `Insats ${n} saknar beskrivning.`,
        `Effort ${n} has no description.`,
      );
    if (effort.responsibleUnitId === null)
      add(
        'effort_responsible',
        `${at}.responsibleUnitId`,
        `Insats ${n} saknar ansvarig enhet.`,
        `Effort ${n} has no responsible unit.`,
      );
    if (isBlank(effort.contactPerson))
      add(
        'effort_contact',
        `${at}.contactPerson`,
        `Insats ${n} saknar namngiven person som utför den.`,
        `Effort ${n} names no staff member or contact who carries it out.`,
      );
    if (effort.startDate && effort.endDate && effort.endDate < effort.startDate)
      add(
        'effort_dates',
        `${at}.endDate`,
        `Insats ${n} slutar innan den börjar.`,
        `Effort ${n} ends before it starts.`,
      );
  });
}

/** Measures by others are not required, but one that is written down must say what and by whom. */
function measureParts(plan: PlanContent, add: Add): void {
  plan.measuresByOthers.forEach((measure, index) => {
    const n = index + 1;
    const at = `measuresByOthers.${index}`;
    if (isBlank(measure.description))
      add(
        'measure_description',
        `${at}.description`,
        `Åtgärd ${n} av andra saknar beskrivning.`,
        `Measure ${n} by others has no description.`,
      );
    if (isBlank(measure.actor))
      add(
        'measure_actor',
        `${at}.actor`,
        `Åtgärd ${n} av andra säger inte vem som gör den.`,
        `Measure ${n} by others does not say who carries it out.`,
      );
  });
}

function responsibilityParts(plan: PlanContent, context: CompletenessContext, add: Add): void {
  const principal = plan.overallResponsibilityOrganisationId;
  if (principal === null)
    add(
      'overall_responsibility',
      'overallResponsibilityOrganisationId',
      'Huvudman med övergripande ansvar är inte vald.',
      'The principal with overall responsibility is not chosen.',
    );
  else if (!isPrincipal(context.organisationKind(principal)))
    add(
      'overall_responsibility_not_principal',
      'overallResponsibilityOrganisationId',
      'Övergripande ansvar kan bara ligga hos region eller kommun.',
      'Overall responsibility can only lie with a region or a municipality.',
    );
}

function coordinatorParts(plan: PlanContent, context: CompletenessContext, add: Add): void {
  const { coordinator } = plan;
  if (isBlank(coordinator.name))
    add(
      'coordinator_name',
      'coordinator.name',
      'Samordnarens namn saknas.',
      "The coordinator's name is missing.",
    );
  if (coordinator.unitId === null)
    add(
      'coordinator_unit',
      'coordinator.unitId',
      'Samordnarens enhet saknas.',
      "The coordinator's unit is missing.",
    );
  // The routine: the coordinator works in a principal-financed service (a private provider does so under the
  // principal's commission, registered as a unit of that principal) — never Försäkringskassan, a school, …
  else if (!isPrincipal(context.unitOrganisationKind(coordinator.unitId)))
    add(
      'coordinator_not_principal',
      'coordinator.unitId',
      'Samordnaren måste arbeta hos en huvudman: en enhet i regionen eller kommunen.',
      'The coordinator must work for a principal: a unit of the region or the municipality.',
    );
  if (isBlank(coordinator.phone) && isBlank(coordinator.email))
    add(
      'coordinator_contact',
      'coordinator.phone',
      'Samordnarens telefon eller e-post saknas.',
      "The coordinator's phone or e-mail is missing.",
    );
  if (!coordinator.acceptedByIndividual)
    add(
      'coordinator_accepted',
      'coordinator.acceptedByIndividual',
      'Det är inte noterat att personen har godtagit samordnaren.',
      'It is not recorded that the person accepts the coordinator.',
    );
}

function followUpParts(plan: PlanContent, context: CompletenessContext, add: Add): void {
  if (plan.followUpDate === null)
    add('follow_up_date', 'followUpDate', 'Datum för uppföljning saknas.', 'The follow-up date is missing.');
  else if (plan.followUpDate < context.today)
    add(
      'follow_up_date_past',
      'followUpDate',
      'Datum för uppföljning har redan passerat.',
      'The follow-up date has already passed.',
    );
  if (isBlank(plan.followUpWhat))
    add(
      'follow_up_what',
      'followUpWhat',
      'Det står inte vad som ska följas upp och hur.',
      'The plan does not say what is to be followed up, and how.',
    );
}

/** A SIP is made by the region and the municipality together: each took part, at a meeting or in the writing. */
function principalParts(plan: PlanContent, context: CompletenessContext, add: Add): void {
  const present = new Set(
    [...context.unitsAtMeetings, ...plan.writtenWithUnitIds].map((unitId) =>
      context.unitOrganisationKind(unitId),
    ),
  );
  const absent = principals.filter((kind) => !present.has(kind));
  if (absent.length === 0) return;
  const names = (language: 'sv' | 'en') => absent.map((kind) => principalNames[kind][language]);
  add(
    'both_principals',
    'writtenWithUnitIds',
    `En SIP görs av region och kommun tillsammans: ingen enhet från ${names('sv').join(' eller ')} har deltagit i mötet eller i att skriva planen. Kalla den, eller rapportera en avvikelse.`,
    `A SIP is made by the region and the municipality together: no unit of ${names('en').join(' or ')} took part in the meeting or in writing the plan. Invite one, or report a deviation.`,
  );
}

export function assertPlanComplete(plan: PlanContent, context: CompletenessContext): void {
  const missing = missingPlanParts(plan, context);
  if (missing.length > 0) {
    throw unprocessable(
      'plan_incomplete',
      {
        sv: `Planen kan inte fastställas: ${missing.map((part) => part.text.sv).join(' ')}`,
        en: `The plan cannot be established: ${missing.map((part) => part.text.en).join(' ')}`,
      },
      { missing },
    );
  }
}
