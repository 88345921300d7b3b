import type { Kysely, Selectable, Transaction } from 'kysely';
import type { DB, SipsTable } from '../../db/schema.js';
import { DomainError } from '../../domain/errors.js';
import { allowedSipCommands, type UnitPart } from '../../domain/sip/allowedActions.js';
import { commandNames, nextPhase, type SipCommand } from '../../domain/sip/lifecycle.js';
import type { SipPhase } from '../../domain/sip/phase.js';
import type { Actor } from './actor.js';
import { appendEvent } from './events.js';
import { requireParts } from './participation.js';

export interface CommandContext {
  trx: Transaction<DB>;
  sip: Selectable<SipsTable>;
  parts: Set<UnitPart>;
  /** The phase the SIP will be in when the command succeeds. */
  next: SipPhase;
}

export interface CommandOutcome<T> {
  result: T;
  /** What the event records besides the phases; never identity numbers or free text about the person. */
  eventData?: Record<string, unknown>;
}

/**
 * Runs one step of the SIP process as a single transaction: lock the case, check that the acting unit takes
 * part (404 otherwise), that the lifecycle allows the step now (409), and that the unit's part allows it (403);
 * do the work; move the phase and append the event. Any refusal inside `work` rolls everything back.
 */
export async function runSipCommand<T>(
  db: Kysely<DB>,
  actor: Actor,
  sipId: string,
  command: SipCommand,
  work: (context: CommandContext) => Promise<CommandOutcome<T>>,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    const sip = await trx
      .selectFrom('sips')
      .selectAll()
      .where('id', '=', sipId)
      .forUpdate()
      .executeTakeFirst();
    const parts = await requireParts(trx, sipId, actor.unitId);
    if (!sip) throw new Error('participant rows without a SIP');
    const next = nextPhase(sip.phase, command, sip.phaseBeforePause ?? undefined);
    if (!allowedSipCommands(sip.phase, parts).includes(command)) {
      throw new DomainError('forbidden', 'not_allowed_for_unit', {
        sv: `Din enhet kan inte ${commandNames[command].sv} i den här SIP:en.`,
        en: `Your unit cannot ${commandNames[command].en} in this SIP.`,
      });
    }
    const outcome = await work({ trx, sip, parts, next });
    await trx
      .updateTable('sips')
      .set({
        phase: next,
        phaseBeforePause: next === 'paused' ? sip.phase : next === sip.phase ? sip.phaseBeforePause : null,
        revision: sip.revision + 1,
        updatedAt: new Date(),
      })
      .where('id', '=', sipId)
      .execute();
    await appendEvent(trx, sipId, actor, command, { from: sip.phase, to: next }, outcome.eventData);
    return outcome.result;
  });
}
