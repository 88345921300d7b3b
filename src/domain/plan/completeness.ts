import type { PlanContent } from '../../shared/plan.js';
import { unprocessable, type LocalisedText } from '../errors.js';
import { bothLanguages } from '../../shared/words/bothLanguages.js';
import { fill } from '../../shared/words/fill.js';
import { planRefusalsEn } from '../../shared/words/planRefusals.en.js';
import { planRefusalsSv } from '../../shared/words/planRefusals.sv.js';

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
const words = { sv: planRefusalsSv, en: planRefusalsEn };

const isBlank = (text: string) => text.trim().length === 0;
const isPrincipal = (kind: string | undefined) => kind === 'region' || kind === 'municipality';

/** A missing part by its code, which names its sentence in the words; `values` fill the sentence's placeholders. */
type Add = (code: keyof typeof planRefusalsSv.missing, path: string, values?: Record<string, number>) => void;

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
  const add: Add = (code, path, values = {}) =>
    missing.push({ code, path, text: bothLanguages(words, (said) => fill(said.missing[code], values)) });

  if (isBlank(plan.needs)) add('needs', 'needs');
  if (!plan.goals.some((goal) => !isBlank(goal.text))) add('goals', 'goals');
  effortParts(plan, add);
  measureParts(plan, add);
  if (isBlank(plan.timePlan) && !plan.efforts.some((effort) => effort.startDate || effort.endDate))
    add('time_plan', 'timePlan');
  responsibilityParts(plan, context, add);
  coordinatorParts(plan, context, add);
  followUpParts(plan, context, add);
  const principalsAbsent = principalPart(plan, context);
  if (principalsAbsent) missing.push(principalsAbsent);
  return missing;
}

function effortParts(plan: PlanContent, add: Add): void {
  if (plan.efforts.length === 0) add('efforts', 'efforts');
  plan.efforts.forEach((effort, index) => {
    const n = index + 1;
    const at = `efforts.${index}`;
    if (isBlank(effort.description)) add('effort_description', `${at}.description`, { n });
    if (effort.responsibleUnitId === null) add('effort_responsible', `${at}.responsibleUnitId`, { n });
    if (isBlank(effort.contactPerson)) add('effort_contact', `${at}.contactPerson`, { n });
    if (effort.startDate && effort.endDate && effort.endDate < effort.startDate)
      add('effort_dates', `${at}.endDate`, { n });
  });
}

/** Measures by others are not required, but one that is written down must say what and by whom. */
function measureParts(plan: PlanContent, add: Add): void {
  plan.measuresByOthers.forEach((measure, index) => {
    const n = index + 1;
    const at = `measuresByOthers.${index}`;
    if (isBlank(measure.description)) add('measure_description', `${at}.description`, { n });
    if (isBlank(measure.actor)) add('measure_actor', `${at}.actor`, { n });
  });
}

function responsibilityParts(plan: PlanContent, context: CompletenessContext, add: Add): void {
  const principal = plan.overallResponsibilityOrganisationId;
  if (principal === null) add('overall_responsibility', 'overallResponsibilityOrganisationId');
  else if (!isPrincipal(context.organisationKind(principal)))
    add('overall_responsibility_not_principal', 'overallResponsibilityOrganisationId');
}

function coordinatorParts(plan: PlanContent, context: CompletenessContext, add: Add): void {
  const { coordinator } = plan;
  if (isBlank(coordinator.name)) add('coordinator_name', 'coordinator.name');
  if (coordinator.unitId === null) add('coordinator_unit', 'coordinator.unitId');
  // The routine: the coordinator works in a principal-financed service (a private provider does so under the
  // principal's commission, registered as a unit of that principal) — never Försäkringskassan, a school, …
  else if (!isPrincipal(context.unitOrganisationKind(coordinator.unitId)))
    add('coordinator_not_principal', 'coordinator.unitId');
  if (isBlank(coordinator.phone) && isBlank(coordinator.email))
    add('coordinator_contact', 'coordinator.phone');
  if (!coordinator.acceptedByIndividual) add('coordinator_accepted', 'coordinator.acceptedByIndividual');
}

function followUpParts(plan: PlanContent, context: CompletenessContext, add: Add): void {
  if (plan.followUpDate === null) add('follow_up_date', 'followUpDate');
  else if (plan.followUpDate < context.today) add('follow_up_date_past', 'followUpDate');
  if (isBlank(plan.followUpWhat)) add('follow_up_what', 'followUpWhat');
}

/** A SIP is made by the region and the municipality together: each took part, at a meeting or in the writing. */
function principalPart(plan: PlanContent, context: CompletenessContext): MissingPart | null {
  const present = new Set(
    [...context.unitsAtMeetings, ...plan.writtenWithUnitIds].map((unitId) =>
      context.unitOrganisationKind(unitId),
    ),
  );
  const absent = principals.filter((kind) => !present.has(kind));
  if (absent.length === 0) return null;
  return {
    code: 'both_principals',
    path: 'writtenWithUnitIds',
    text: bothLanguages(words, (said) =>
      fill(said.missing.both_principals, {
        principals: absent.map((kind) => said.principal[kind]).join(said.or),
      }),
    ),
  };
}

export function assertPlanComplete(plan: PlanContent, context: CompletenessContext): void {
  const missing = missingPlanParts(plan, context);
  if (missing.length > 0) {
    throw unprocessable(
      'plan_incomplete',
      bothLanguages(words, (said, language) =>
        fill(said.incomplete, { missing: missing.map((part) => part.text[language]).join(' ') }),
      ),
      { missing },
    );
  }
}
