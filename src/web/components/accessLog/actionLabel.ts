import type { TFunction } from 'i18next';
import { type PersonAction, personActions } from '../../../domain/access/personPolicy.js';
import { type PlainAccessAction, plainAccessActions } from '../../../shared/api/accessActions.js';

const plain: ReadonlySet<string> = new Set(plainAccessActions);
const byPerson: ReadonlySet<string> = new Set(personActions);

function isPlain(action: string): action is PlainAccessAction {
  return plain.has(action);
}

function isPersonAction(action: string | undefined): action is PersonAction {
  return action !== undefined && byPerson.has(action);
}

/** The logged action in words; a kind the page does not know is shown as logged. */
export function actionLabel(action: string, t: TFunction): string {
  if (isPlain(action)) return t(`accessLog.actions.${action}`);
  const [kind, command, step] = action.split(':');
  // What someone signed in with e-ID did is logged as person:<action>.
  if (kind === 'person' && isPersonAction(command) && step === undefined)
    return t(`accessLog.personActions.${command}`);
  // A discharge step is logged as write:discharge:<step>, a case step as write:<command>.
  if (kind === 'write' && command === 'discharge' && step)
    return t('accessLog.actions.writeDischarge', { command: step });
  if ((kind === 'write' || kind === 'invitation') && command)
    return t(`accessLog.actions.${kind}`, { command });
  return action;
}

/** The actions a reviewer can pick in the filter. */
export const actionChoices = [...plainAccessActions, ...personActions.map((action) => `person:${action}`)];
