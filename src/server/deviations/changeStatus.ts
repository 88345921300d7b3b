import { inTransaction } from '../../db/transaction.js';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { mayHandleDeviation } from '../../domain/deviations/handler.js';
import { nextDeviationStatus } from '../../domain/deviations/statusFlow.js';
import { conflict, DomainError } from '../../domain/errors.js';
import type { AccessAction } from '../../shared/api/accessActions.js';
import type { DeviationAction } from '../../shared/api/deviationFields.js';
import { logAccess } from '../audit/logAccess.js';
import { accessSubjectOfDeviation, moveDeviation } from '../data/deviations.js';
import { readEscalationPath } from '../data/countySettings.js';
import { nextEscalationLevel } from '../settings/countySettings.js';
import type { Actor } from '../sips/actor.js';
import { announceAssignment } from './assign.js';
import { deviationKnownTo } from './visibility.js';
import { bothLanguages } from '../../shared/words/bothLanguages.js';
import { deviationRefusalsEn } from '../../shared/words/deviationRefusals.en.js';
import { deviationRefusalsSv } from '../../shared/words/deviationRefusals.sv.js';

const words = { sv: deviationRefusalsSv, en: deviationRefusalsEn };

export type DeviationStep =
  | { action: 'handle'; note: string }
  | { action: 'escalate'; note: string }
  | { action: 'close'; resolution: string };

const logged: Record<DeviationAction, AccessAction> = {
  handle: 'write:handleDeviation',
  escalate: 'write:escalateDeviation',
  close: 'write:closeDeviation',
};

/**
 * One step of a deviation's handling, in one transaction: lock it (404 to units that do not know of it), check
 * that the acting user handles it (403) and that its status allows the step (409), move it — to the next level's
 * unit on an escalation, which is told — and append the step to its history.
 */
export function changeDeviationStatus(
  db: Kysely<DB>,
  actor: Actor,
  deviationId: string,
  step: DeviationStep,
): Promise<void> {
  return inTransaction(db, async (trx) => {
    const deviation = await deviationKnownTo(trx, actor, deviationId, { forUpdate: true });
    if (!mayHandleDeviation(deviation, actor)) {
      const handler = deviation.escalationLevel === 0 ? 'local' : 'escalated';
      throw new DomainError(
        'forbidden',
        'not_deviation_handler',
        bothLanguages(words, (said) => said.notHandler[handler]),
      );
    }
    const status = nextDeviationStatus(deviation.status, step.action);
    let routing = { escalationLevel: deviation.escalationLevel, routedUnitId: deviation.routedUnitId };
    if (step.action === 'escalate') {
      const next = nextEscalationLevel(await readEscalationPath(trx), deviation.escalationLevel);
      if (!next) {
        throw conflict(
          'no_next_escalation_level',
          bothLanguages(words, (said) => said.noNextEscalationLevel),
        );
      }
      routing = { escalationLevel: next.level, routedUnitId: next.unitId };
    }
    await moveDeviation(trx, deviation, {
      status,
      ...routing,
      note: step.action === 'close' ? step.resolution : step.note,
      closing: step.action === 'close',
      actor,
    });
    if (step.action === 'escalate') {
      await announceAssignment(trx, { id: deviation.id, sipId: deviation.sipId, ...routing });
    }
    await logAccess(trx, actor, logged[step.action], await accessSubjectOfDeviation(trx, deviation));
  });
}
