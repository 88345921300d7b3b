import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import type { DB } from '../../../db/schema.js';
import { ageOn, checkConsentDeclined, checkConsentGiven } from '../../../domain/consent/consent.js';
import { unprocessable } from '../../../domain/errors.js';
import { stockholmDate } from '../../../domain/time/stockholm.js';
import type { consentBody } from '../../../shared/api/requests.js';
import type { Actor } from '../actor.js';
import { latestConsent } from '../../access/consentInForce.js';
import { runSipCommand } from '../command.js';

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
        {
          sv: 'Datumet för beslutet kan inte ligga i framtiden.',
          en: 'The date of the decision cannot be in the future.',
        },
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
      withdrawnAt: null,
      withdrawnBy: null,
    };
    if (body.decision === 'declined') {
      checkConsentDeclined(body.consequencesExplained);
      await trx
        .insertInto('consents')
        .values({
          ...common,
          validUntil: null,
          relativesMayTakePart: false,
          guardians: '[]',
          childView: '',
          consequencesExplained: true,
        })
        .execute();
      return { result: undefined, eventData: { decision: 'declined', method: body.method } };
    }
    const person = await trx
      .selectFrom('persons')
      .select('birthDate')
      .where('id', '=', sip.personId)
      .executeTakeFirstOrThrow();
    const scopeUnitIds = [...new Set([sip.conveningUnitId, ...body.scopeUnitIds])];
    checkConsentGiven(
      { validUntil: body.validUntil, scopeUnitIds, guardians: body.guardians, childView: body.childView },
      { today, age: ageOn(person.birthDate, today) },
    );
    const known = await trx.selectFrom('units').select('id').where('id', 'in', scopeUnitIds).execute();
    if (known.length !== scopeUnitIds.length) {
      throw unprocessable(
        'unknown_unit',
        { sv: 'En av de valda enheterna finns inte.', en: 'One of the chosen units does not exist.' },
        { field: 'scopeUnitIds' },
      );
    }
    await trx
      .insertInto('consents')
      .values({
        ...common,
        validUntil: body.validUntil,
        relativesMayTakePart: body.relativesMayTakePart,
        guardians: JSON.stringify(body.guardians),
        childView: body.childView,
        consequencesExplained: false,
      })
      .execute();
    await trx
      .insertInto('consentScopeUnits')
      .values(scopeUnitIds.map((unitId) => ({ consentId, unitId })))
      .execute();
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
    await trx
      .updateTable('consents')
      .set({ withdrawnAt: new Date(), withdrawnBy: actor.userId, withdrawalNote: note })
      .where('sipId', '=', sipId)
      .where('decision', '=', 'given')
      .where('withdrawnAt', 'is', null)
      .execute();
    return { result: undefined };
  });
}

/** Whether the consent in force (the latest, given and not withdrawn) lets relatives take part in the meetings. */
export async function relativesMayTakePart(trx: Kysely<DB>, sipId: string): Promise<boolean> {
  const latest = await latestConsent(trx, sipId);
  return latest?.decision === 'given' && latest.withdrawnAt === null && latest.relativesMayTakePart;
}
