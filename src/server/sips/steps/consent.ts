import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import type { DB } from '../../../db/schema.js';
import { ageOn, checkConsentDeclined, checkConsentGiven } from '../../../domain/consent/consent.js';
import { unprocessable } from '../../../domain/errors.js';
import { stockholmDate } from '../../../domain/time/stockholm.js';
import type { consentBody } from '../../../shared/api/requests.js';
import type { Actor } from '../actor.js';
import { runSipCommand } from '../command.js';
import { runPersonSipCommand, type PersonDoing } from '../personCommand.js';
import { insertConsent, latestConsent, withdrawConsentGiven } from '../../data/consents.js';
import { birthDateOf } from '../../data/persons.js';
import { unitDirectory } from '../../data/directory.js';
import { bothLanguages } from '../../../shared/words/bothLanguages.js';
import { consentRefusalsEn } from '../../../shared/words/consentRefusals.en.js';
import { consentRefusalsSv } from '../../../shared/words/consentRefusals.sv.js';

const words = { sv: consentRefusalsSv, en: consentRefusalsEn };

/**
 * Records the individual's decision. A consent given anew (a wider scope, a new period) replaces the previous
 * one; the earlier rows stay as history.
 */
export function recordConsent(
  db: Kysely<DB>,
  actor: Actor,
  sipId: string,
  body: z.infer<typeof consentBody>,
) {
  const command = body.decision === 'given' ? 'recordConsent' : 'declineConsent';
  return runSipCommand(db, actor, sipId, command, async ({ trx, sip }) => {
    const today = stockholmDate();
    if (body.givenOn > today) {
      throw unprocessable(
        'date_in_future',
        bothLanguages(words, (said) => said.decisionInFuture),
        { field: 'givenOn' },
      );
    }
    const consentId = uuidv7();
    const common = {
      id: consentId,
      sipId,
      decision: body.decision,
      method: body.method,
      givenByName: body.givenByName,
      givenByRelation: body.givenByRelation,
      givenOn: body.givenOn,
      note: body.note,
      recordedBy: actor.userId,
      recordedUnitId: actor.unitId,
    };
    if (body.decision === 'declined') {
      checkConsentDeclined(body.consequencesExplained);
      await insertConsent(trx, {
        ...common,
        validUntil: null,
        relativesMayTakePart: false,
        guardians: '[]',
        childView: '',
        consequencesExplained: true,
      });
      return { result: undefined, eventData: { decision: 'declined', method: body.method } };
    }
    const birthDate = await birthDateOf(trx, sip.personId);
    const scopeUnitIds = [...new Set([sip.conveningUnitId, ...body.scopeUnitIds])];
    checkConsentGiven(
      { validUntil: body.validUntil, scopeUnitIds, guardians: body.guardians, childView: body.childView },
      { today, age: ageOn(birthDate, today) },
    );
    if ((await unitDirectory(trx, scopeUnitIds)).size !== scopeUnitIds.length) {
      throw unprocessable(
        'unknown_unit',
        bothLanguages(words, (said) => said.unknownUnit),
        { field: 'scopeUnitIds' },
      );
    }
    await insertConsent(
      trx,
      {
        ...common,
        validUntil: body.validUntil,
        relativesMayTakePart: body.relativesMayTakePart,
        guardians: JSON.stringify(body.guardians),
        childView: body.childView,
        consequencesExplained: false,
      },
      scopeUnitIds,
    );
    return {
      result: undefined,
      eventData: {
        decision: 'given',
        method: body.method,
        validUntil: body.validUntil,
        scopeUnits: scopeUnitIds.length,
      },
    };
  });
}

/** Withdrawal takes effect at once: the case pauses until consent is given again or it is closed. */
export function withdrawConsent(db: Kysely<DB>, actor: Actor, sipId: string, note: string) {
  return runSipCommand(db, actor, sipId, 'withdrawConsent', async ({ trx }) => {
    await withdrawConsentGiven(trx, sipId, { withdrawnBy: actor.userId, withdrawalNote: note });
    return { result: undefined };
  });
}

/**
 * The individual (or a guardian) withdrawing the consent on their own pages: the same step as staff record, with
 * the same effect — the case pauses — and the e-ID identity recorded as the one who withdrew it.
 */
export function withdrawConsentByPerson(db: Kysely<DB>, doing: PersonDoing, sipId: string, note: string) {
  const step = { command: 'withdrawConsent', action: 'withdrawConsent' } as const;
  return runPersonSipCommand(db, doing, sipId, step, async ({ trx }) => {
    await withdrawConsentGiven(trx, sipId, {
      withdrawnByIdentityId: doing.person.identityId,
      withdrawalNote: note,
    });
    return { result: undefined };
  });
}

/** Whether the consent in force (the latest, given and not withdrawn) lets relatives take part in the meetings. */
export async function relativesMayTakePart(trx: Kysely<DB>, sipId: string): Promise<boolean> {
  const latest = await latestConsent(trx, sipId);
  return latest?.decision === 'given' && latest.withdrawnAt === null && latest.relativesMayTakePart;
}
