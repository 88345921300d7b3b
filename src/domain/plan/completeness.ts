import type { PlanContent } from '../../shared/plan.js';
import { unprocessable, type LocalisedText } from '../errors.js';

/** A part the law requires before a plan can be established, with where in the plan it belongs. */
export interface MissingPart {
  code: string;
  path: string;
  text: LocalisedText;
}

export interface CompletenessContext {
  /** 'region' | 'municipality' for principals; anything else for other actors; undefined if unknown. */
  organisationKind(organisationId: string): string | undefined;
  /** Today's date in Europe/Stockholm, as YYYY-MM-DD. */
  today: string;
}

const isBlank = (text: string) => text.trim().length === 0;

/**
 * The parts SoL 2 kap. 7 § and HSL 16 kap. 4 § require of an established plan: the needs, at least one effort
 * with a responsible party, the principal with overall responsibility, a coordinator who can be reached, and
 * when the plan is followed up.
 */
export function missingPlanParts(plan: PlanContent, context: CompletenessContext): MissingPart[] {
  const missing: MissingPart[] = [];
  const add = (code: string, path: string, sv: string, en: string) =>
    missing.push({ code, path, text: { sv, en } });

  if (isBlank(plan.needs))
    add('needs', 'needs', 'Behoven är inte beskrivna.', 'The needs are not described.');
  if (plan.efforts.length === 0) {
    add('efforts', 'efforts', 'Planen har ingen insats.', 'The plan has no effort.');
  }
  plan.efforts.forEach((effort, index) => {
    const n = index + 1;
    if (isBlank(effort.description)) {
      add(
        'effort_description',
        `efforts.${index}.description`,
        `Insats ${n} saknar beskrivning.`,
        `Effort ${n} has no description.`,
      );
    }
    if (effort.responsibleUnitId === null) {
      add(
        'effort_responsible',
        `efforts.${index}.responsibleUnitId`,
        `Insats ${n} saknar ansvarig verksamhet.`,
        `Effort ${n} has no responsible unit.`,
      );
    }
    if (effort.startDate && effort.endDate && effort.endDate < effort.startDate) {
      add(
        'effort_dates',
        `efforts.${index}.endDate`,
        `Insats ${n} slutar innan den börjar.`,
        `Effort ${n} ends before it starts.`,
      );
    }
  });

  const principal = plan.overallResponsibilityOrganisationId;
  if (principal === null) {
    add(
      'overall_responsibility',
      'overallResponsibilityOrganisationId',
      'Huvudman med övergripande ansvar är inte vald.',
      'The principal with overall responsibility is not chosen.',
    );
  } else {
    const kind = context.organisationKind(principal);
    if (kind !== 'region' && kind !== 'municipality') {
      add(
        'overall_responsibility_not_principal',
        'overallResponsibilityOrganisationId',
        'Övergripande ansvar kan bara ligga hos region eller kommun.',
        'Overall responsibility can only lie with a region or a municipality.',
      );
    }
  }

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
      'Samordnarens verksamhet saknas.',
      "The coordinator's unit is missing.",
    );
  if (isBlank(coordinator.phone) && isBlank(coordinator.email)) {
    add(
      'coordinator_contact',
      'coordinator.phone',
      'Samordnarens telefon eller e-post saknas.',
      "The coordinator's phone or e-mail is missing.",
    );
  }

  if (plan.followUpDate === null) {
    add('follow_up_date', 'followUpDate', 'Datum för uppföljning saknas.', 'The follow-up date is missing.');
  } else if (plan.followUpDate < context.today) {
    add(
      'follow_up_date_past',
      'followUpDate',
      'Datum för uppföljning har redan passerat.',
      'The follow-up date has already passed.',
    );
  }
  return missing;
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
