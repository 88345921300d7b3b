import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../../db/schema.js';
import { deadlineStanding } from '../../domain/deadlines/dischargeInvitation.js';
import { conflict } from '../../domain/errors.js';
import type { startSipFromDischargeBody } from '../../shared/api/discharge.js';
import type { Actor } from '../sips/actor.js';
import { openSip } from '../sips/createSip.js';
import { raiseLateInvitation } from './lateInvitation.js';
import { runDischargeStep } from './step.js';
import { bothLanguages } from '../../shared/words/bothLanguages.js';
import { dischargeRefusalsEn } from '../../shared/words/dischargeRefusals.en.js';
import { dischargeRefusalsSv } from '../../shared/words/dischargeRefusals.sv.js';

const words = { sv: dischargeRefusalsSv, en: dischargeRefusalsEn };

/**
 * The named care contact's unit starts the SIP from the discharge process: a SIP for the same person, convened
 * by that unit, with the inpatient ward as initiator and discharge as target group. The invitation is then sent
 * in the SIP as any other; its time comes back to the process (see invitationSent.ts). Returns the SIP's id.
 */
export async function startSipFromDischarge(
  db: Kysely<DB>,
  actor: Actor,
  dischargeId: string,
  body: z.infer<typeof startSipFromDischargeBody>,
): Promise<string> {
  let sipId = '';
  await runDischargeStep(db, actor, dischargeId, 'startSip', async ({ trx, process }) => {
    if (process.careContactUnitId !== actor.unitId) {
      throw conflict(
        'no_care_contact',
        bothLanguages(words, (said) => said.noCareContact),
      );
    }
    sipId = await openSip(trx, actor, process.personId, {
      initiatorType: 'staff',
      initiatorUnitId: process.inpatientUnitId,
      initiatorName: '',
      targetGroup: 'discharge',
      description: body.description,
    });
    const standing =
      process.invitationLateFrom && deadlineStanding(process.invitationLateFrom, null, new Date());
    // Already past the deadline: raised now, with the SIP, unless the sweep raised it first (one key per process).
    if (standing === 'overdue') await raiseLateInvitation(trx, process, sipId);
    return { changes: { sipId }, eventData: { sipId, standing } };
  });
  return sipId;
}
