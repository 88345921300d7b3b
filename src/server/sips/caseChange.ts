import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { decideCaseAction, type CaseAction } from '../../domain/access/policy.js';
import { conflict, notFound } from '../../domain/errors.js';
import type { caseChangeValues } from '../../shared/api/vocabulary.js';
import { bothLanguages } from '../../shared/words/bothLanguages.js';
import { takingPartRefusalsEn } from '../../shared/words/takingPartRefusals.en.js';
import { takingPartRefusalsSv } from '../../shared/words/takingPartRefusals.sv.js';
import { refusal } from '../access/caseAccess.js';
import { logAccess } from '../audit/logAccess.js';
import { appendEvent } from '../data/caseHistory.js';
import type { Actor } from './actor.js';
import { runCaseWrite, type LockedCase } from './caseLock.js';
import { theSip } from './theSip.js';

export type CaseChange = (typeof caseChangeValues)[number];

const words = { sv: takingPartRefusalsSv, en: takingPartRefusalsEn };

/**
 * A change to a case that leaves its phase as it is, in the case's write skeleton (runCaseWrite): with the case
 * locked, ask the access policy for `action` (404 when the unit may not know of the case), refuse a closed case
 * (409), do the work, then record the change in the case's history and the access in the log. Any refusal inside
 * `work` rolls everything back.
 */
export function runCaseChange<T>(
  db: Kysely<DB>,
  actor: Actor,
  sipId: string,
  change: CaseChange,
  action: CaseAction,
  work: (locked: LockedCase) => Promise<{ result: T; eventData?: Record<string, unknown> }>,
): Promise<T> {
  return runCaseWrite(db, actor, { sipId }, async (locked) => {
    if (!locked) throw notFound(theSip);
    const decision = decideCaseAction(action, locked.subject);
    if (!decision.allowed && decision.status === 404) throw refusal(decision);
    if (locked.sip.phase === 'closed') {
      throw conflict(
        'sip_closed',
        bothLanguages(words, (said) => said.sipClosed),
      );
    }
    if (!decision.allowed) throw refusal(decision);
    const outcome = await work(locked);
    await appendEvent(locked.trx, sipId, actor, change, { from: null, to: null }, outcome.eventData);
    await logAccess(locked.trx, actor, `write:${change}`, { sipId, personId: locked.sip.personId });
    return outcome.result;
  });
}
