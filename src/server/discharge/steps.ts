import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../../db/schema.js';
import { invitationDeadline } from '../../domain/deadlines/dischargeInvitation.js';
import { conflict, unprocessable } from '../../domain/errors.js';
import { stockholmDate } from '../../domain/time/stockholm.js';
import type {
  careContactBody,
  estimatedDischargeBody,
  interruptionBody,
  readyForDischargeBody,
} from '../../shared/api/discharge.js';
import { activeUsersOfUnit } from '../data/directory.js';
import { notify } from '../notifications/notify.js';
import { readCountySettings } from '../data/countySettings.js';
import type { Actor } from '../sips/actor.js';
import { runDischargeStep } from './step.js';
import { bothLanguages } from '../../shared/words/bothLanguages.js';
import { dischargeRefusalsEn } from '../../shared/words/dischargeRefusals.en.js';
import { dischargeRefusalsSv } from '../../shared/words/dischargeRefusals.sv.js';

const words = { sv: dischargeRefusalsSv, en: dischargeRefusalsEn };

/** Clocks of different machines differ a little; a time this far ahead is still "now". */
const CLOCK_SKEW_MS = 60_000;

export function notInFuture(at: Date, field: string): void {
  if (at.getTime() > Date.now() + CLOCK_SKEW_MS) {
    throw unprocessable(
      'time_in_future',
      bothLanguages(words, (said) => said.timeInFuture),
      { field },
    );
  }
}

export function notBeforeAdmission(day: string, admittedAt: Date, field: string): void {
  if (day < stockholmDate(admittedAt)) {
    throw unprocessable(
      'date_before_admission',
      bothLanguages(words, (said) => said.dateBeforeAdmission),
      { field },
    );
  }
}

export function setEstimatedDischarge(
  db: Kysely<DB>,
  actor: Actor,
  dischargeId: string,
  body: z.infer<typeof estimatedDischargeBody>,
) {
  return runDischargeStep(db, actor, dischargeId, 'setEstimatedDischarge', ({ process }) => {
    notBeforeAdmission(body.estimatedDischargeOn, process.admittedAt, 'estimatedDischargeOn');
    return Promise.resolve({
      changes: { estimatedDischargeOn: body.estimatedDischargeOn },
      eventData: { estimatedDischargeOn: body.estimatedDischargeOn },
    });
  });
}

/**
 * The ward declares the patient ready for discharge, at the time it was declared (recorded now or after the
 * fact). The deadline is computed and stored now, with the county's days in force today, so a later change of
 * the setting does not move a deadline already given.
 */
export function declareReady(
  db: Kysely<DB>,
  actor: Actor,
  dischargeId: string,
  body: z.infer<typeof readyForDischargeBody>,
) {
  return runDischargeStep(db, actor, dischargeId, 'declareReady', async ({ trx, process }) => {
    const readyAt = new Date(body.readyAt);
    notInFuture(readyAt, 'readyAt');
    if (readyAt < process.admittedAt) {
      throw conflict(
        'ready_before_admission',
        bothLanguages(words, (said) => said.readyBeforeAdmission),
        { field: 'readyAt' },
      );
    }
    const { dischargeInvitationDays: days } = await readCountySettings(trx);
    const deadline = invitationDeadline(readyAt, days);
    // Primary care, whose named care contact invites, learns at once that the clock runs.
    await notify(trx, {
      kind: 'discharge_invitation_due',
      unitId: process.primaryCareUnitId,
      ...(process.careContactUserId ? { userIds: [process.careContactUserId] } : {}),
      sipId: null,
      dedupeKey: `discharge_invitation_due:${process.id}`,
    });
    return {
      changes: { readyAt, invitationLastDay: deadline.lastDay, invitationLateFrom: deadline.lateFrom },
      eventData: { readyAt: readyAt.toISOString(), days, lastDay: deadline.lastDay },
    };
  });
}

/** Primary care names one of its own staff as the patient's named care contact, who will convene the SIP. */
export function assignCareContact(
  db: Kysely<DB>,
  actor: Actor,
  dischargeId: string,
  body: z.infer<typeof careContactBody>,
) {
  return runDischargeStep(db, actor, dischargeId, 'assignCareContact', async ({ trx }) => {
    const commission = await activeUsersOfUnit(trx, actor.unitId)
      .select('userUnits.userId')
      .where('userUnits.userId', '=', body.userId)
      .executeTakeFirst();
    if (!commission) {
      throw unprocessable(
        'care_contact_not_in_unit',
        bothLanguages(words, (said) => said.careContactNotInUnit),
        { field: 'userId' },
      );
    }
    return {
      changes: { careContactUnitId: actor.unitId, careContactUserId: body.userId },
      eventData: {},
    };
  });
}

export function interrupt(
  db: Kysely<DB>,
  actor: Actor,
  dischargeId: string,
  body: z.infer<typeof interruptionBody>,
) {
  return runDischargeStep(db, actor, dischargeId, 'interrupt', () =>
    Promise.resolve({
      changes: { interruptionReason: body.reason, interruptionNote: body.note, interruptedAt: new Date() },
      eventData: { reason: body.reason },
    }),
  );
}
