import type { Kysely, Selectable, Transaction } from 'kysely';
import type { DB, SipsTable } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import type { PersonAction } from '../../domain/access/personPolicy.js';
import { notFound } from '../../domain/errors.js';
import { nextPhase, type SipCommand } from '../../domain/sip/lifecycle.js';
import type { SipPhase } from '../../domain/sip/phase.js';
import { authorizePersonCase } from '../access/personCaseAccess.js';
import { logPersonAccess } from '../audit/logPersonAccess.js';
import type { PersonStanding } from '../data/personRelations.js';
import type { SignedInPerson } from '../eId/personSessions.js';
import { completeStep, type CommandOutcome } from './command.js';
import { theSip } from './theSip.js';

/** A person on the individual's side doing something, and where their request came from (for the access log). */
export interface PersonDoing {
  person: SignedInPerson;
  clientAddress: string;
}

export interface LockedPersonCase {
  trx: Transaction<DB>;
  sip: Selectable<SipsTable>;
  /** The person's standing, read again under the case's lock. */
  standing: PersonStanding;
}

/**
 * The skeleton of every write on the individual's side, as `runCaseWrite` is for staff: one transaction that first
 * locks the SIP's row, then decides the action again under that lock (a consent withdrawn or a guest revoked a
 * moment ago counts), does the work and logs it as `person:<action>` in the same transaction.
 */
export function runPersonWrite<T>(
  db: Kysely<DB>,
  doing: PersonDoing,
  sipId: string,
  action: PersonAction,
  work: (locked: LockedPersonCase) => Promise<T>,
): Promise<T> {
  return inTransaction(db, async (trx) => {
    const sip = await trx
      .selectFrom('sips')
      .selectAll()
      .where('id', '=', sipId)
      .forUpdate()
      .executeTakeFirst();
    if (!sip) throw notFound(theSip);
    const standing = await authorizePersonCase(trx, sipId, doing.person, action);
    const result = await work({ trx, sip, standing });
    await logPersonAccess(
      trx,
      {
        identityId: doing.person.identityId,
        relation: standing.relation,
        clientAddress: doing.clientAddress,
      },
      `person:${action}`,
      { sipId, personId: sip.personId },
    );
    return result;
  });
}

/**
 * One step of the SIP process taken by the individual (or a guardian) on their own pages — the same step staff
 * record, with the same lifecycle and the same history: the phase moves as `runSipCommand` moves it and the event
 * names the e-ID identity instead of a staff user.
 */
export function runPersonSipCommand<T>(
  db: Kysely<DB>,
  doing: PersonDoing,
  sipId: string,
  step: { command: SipCommand; action: PersonAction },
  work: (context: LockedPersonCase & { next: SipPhase }) => Promise<CommandOutcome<T>>,
): Promise<T> {
  return runPersonWrite(db, doing, sipId, step.action, async (locked) => {
    const { trx, sip } = locked;
    const next = nextPhase(sip.phase, step.command, sip.phaseBeforePause ?? undefined);
    const outcome = await work({ ...locked, next });
    await completeStep(trx, {
      sip,
      next,
      command: step.command,
      actor: { identityId: doing.person.identityId },
      eventData: outcome.eventData,
    });
    return outcome.result;
  });
}
