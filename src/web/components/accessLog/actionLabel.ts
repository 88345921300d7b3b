import type { TFunction } from 'i18next';
import { type PlainAccessAction, plainAccessActions } from '../../../shared/api/accessActions.js';

const plain: ReadonlySet<string> = new Set(plainAccessActions);

function isPlain(action: string): action is PlainAccessAction {
  return plain.has(action);
}

/** The logged action in words; a kind the page does not know is shown as logged. */
export function actionLabel(action: string, t: TFunction): string {
  if (isPlain(action)) return t(`accessLog.actions.${action}`);
  const [kind, command, step] = action.split(':');
  // A discharge step is logged as write:discharge:<step>, a case step as write:<command>.
  if (kind === 'write' && command === 'discharge' && step)
    return t('accessLog.actions.writeDischarge', { command: step });
  if ((kind === 'write' || kind === 'invitation') && command)
    return t(`accessLog.actions.${kind}`, { command });
  return action;
}

/** The actions a reviewer can pick in the filter. */
export const actionChoices = [...plainAccessActions];
