import { inTransaction } from '../../db/transaction.js';
import type { Kysely, Transaction, Updateable } from 'kysely';
import type { DB, DischargeProcessesTable } from '../../db/schema.js';
import { nextDischargeStatus, type DischargePart } from '../../domain/discharge/lifecycle.js';
import { notFound } from '../../domain/errors.js';
import type { DischargeAction, DischargeEventType } from '../../shared/api/dischargeVocabulary.js';
import { logAccess } from '../audit/logAccess.js';
import type { Actor } from '../sips/actor.js';
import {
  appendDischargeEvent,
  dischargeProcessForStep,
  updateDischargeProcess,
  type DischargeProcess,
} from '../data/dischargeProcesses.js';
import { partsOf, theDischarge } from './access.js';

export interface StepContext {
  trx: Transaction<DB>;
  process: DischargeProcess;
  parts: ReadonlySet<DischargePart>;
}

const eventOf: Record<DischargeAction, DischargeEventType> = {
  setEstimatedDischarge: 'estimatedDischarge',
  declareReady: 'readyForDischarge',
  assignCareContact: 'careContactAssigned',
  startSip: 'sipStarted',
  interrupt: 'interrupted',
};

/**
 * Runs one step of a discharge process as a single transaction, as `runSipCommand` does for a SIP: lock the
 * process (404 to a unit that is not one of its three), check the step against the status (409) and the unit's
 * part (403), do the work, move the status, append the event and log the access. `work` returns the columns it
 * changes and the event's data; a refusal inside it rolls everything back.
 */
export function runDischargeStep(
  db: Kysely<DB>,
  actor: Actor,
  dischargeId: string,
  action: DischargeAction,
  work: (
    context: StepContext,
  ) => Promise<{ changes?: Updateable<DischargeProcessesTable>; eventData?: Record<string, unknown> }>,
): Promise<void> {
  return inTransaction(db, async (trx) => {
    const process = await dischargeProcessForStep(trx, dischargeId, actor);
    if (!process) throw notFound(theDischarge);
    const parts = partsOf(process, actor.unitId);
    const status = nextDischargeStatus(process.status, action, parts);
    const { changes = {}, eventData = {} } = await work({ trx, process, parts });
    await updateDischargeProcess(trx, dischargeId, { ...changes, status });
    await appendDischargeEvent(trx, dischargeId, actor, eventOf[action], eventData);
    await logAccess(trx, actor, `write:discharge:${action}`, {
      personId: process.personId,
      sipId: changes.sipId ?? process.sipId,
    });
  });
}
