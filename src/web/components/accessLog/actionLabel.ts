import type { TFunction } from 'i18next';

const plain = new Set([
  'read_case',
  'read_case_and_plan',
  'read_plan_version',
  'read_plan_versions',
  'look_up_plan_version',
  'create_case',
  'list_cases',
  'search_person',
  'search_access_log_names',
  'look_up_population_register',
  'reveal_identity',
  'review_access_log',
  'export_access_log',
  'create_discharge',
  'read_discharge',
  'list_discharges',
  'read_deviation',
  'list_deviations',
  'list_notices',
  'read_outbox',
  'offer_feedback',
  'read_feedback_results',
]);

/** The logged action in words; a kind the page does not know is shown as logged. */
export function actionLabel(action: string, t: TFunction): string {
  if (plain.has(action)) return t(`accessLog.actions.${action}`);
  const [kind, command, step] = action.split(':');
  // A discharge step is logged as write:discharge:<step>, a case step as write:<command>.
  if (kind === 'write' && command === 'discharge' && step)
    return t('accessLog.actions.writeDischarge', { command: step });
  if ((kind === 'write' || kind === 'invitation') && command)
    return t(`accessLog.actions.${kind}`, { command });
  return action;
}

/** The actions a reviewer can pick in the filter. */
export const actionChoices = [...plain];
