import { inTransaction } from '../../db/transaction.js';
import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import type { DB } from '../../db/schema.js';
import { worksWithCases } from '../../domain/access/policy.js';
import { DomainError, unprocessable } from '../../domain/errors.js';
import type { admissionNoticeBody } from '../../shared/api/discharge.js';
import { logAccess } from '../audit/logAccess.js';
import type { Actor } from '../sips/actor.js';
import { personForNewNeed } from '../sips/persons.js';
import { appendDischargeEvent, insertDischargeProcess } from '../data/dischargeProcesses.js';
import { unitCategory, unitOfOrganisationKind } from '../data/directory.js';
import { notBeforeAdmission, notInFuture } from './steps.js';
import { bothLanguages } from '../../shared/words/bothLanguages.js';
import { dischargeRefusalsEn } from '../../shared/words/dischargeRefusals.en.js';
import { dischargeRefusalsSv } from '../../shared/words/dischargeRefusals.sv.js';

const words = { sv: dischargeRefusalsSv, en: dischargeRefusalsEn };

/** The unit categories that give inpatient care, and so send admission notices. */
const inpatientCategories: readonly string[] = ['hospital_ward'];

/** Whether the acting user may send admission notices: staff of an inpatient unit. */
export async function isInpatientUnit(db: Kysely<DB>, actor: Actor): Promise<boolean> {
  if (!worksWithCases(actor.role)) return false;
  return inpatientCategories.includes(await unitCategory(db, actor.unitId));
}

async function checkReceivingUnit(
  db: Kysely<DB>,
  unitId: string,
  kind: 'municipality' | 'region',
  field: string,
): Promise<void> {
  if (!(await unitOfOrganisationKind(db, unitId, kind))) {
    throw unprocessable(
      'not_a_receiving_unit',
      bothLanguages(words, (said) => said.notAReceivingUnit[kind]),
      { field },
    );
  }
}

/**
 * The inpatient ward's admission notice to the municipality and primary care: opens the discharge process for
 * the person (found or registered by identity number, as a new need does). Returns the process's id.
 */
export async function registerAdmission(
  db: Kysely<DB>,
  actor: Actor,
  body: z.infer<typeof admissionNoticeBody>,
): Promise<string> {
  return inTransaction(db, async (trx) => {
    if (!(await isInpatientUnit(trx, actor))) {
      throw new DomainError(
        'forbidden',
        'not_inpatient_unit',
        bothLanguages(words, (said) => said.notInpatientUnit),
      );
    }
    if (!body.expectsMunicipalityEfforts && !body.expectsPrimaryCareEfforts) {
      throw unprocessable(
        'no_expected_efforts',
        bothLanguages(words, (said) => said.noExpectedEfforts),
        { field: 'expectsMunicipalityEfforts' },
      );
    }
    const admittedAt = new Date(body.admittedAt);
    notInFuture(admittedAt, 'admittedAt');
    if (body.estimatedDischargeOn)
      notBeforeAdmission(body.estimatedDischargeOn, admittedAt, 'estimatedDischargeOn');
    await checkReceivingUnit(trx, body.municipalityUnitId, 'municipality', 'municipalityUnitId');
    await checkReceivingUnit(trx, body.primaryCareUnitId, 'region', 'primaryCareUnitId');
    const personId = await personForNewNeed(trx, body.person);
    const dischargeId = uuidv7();
    await insertDischargeProcess(trx, {
      id: dischargeId,
      personId,
      inpatientUnitId: actor.unitId,
      municipalityUnitId: body.municipalityUnitId,
      primaryCareUnitId: body.primaryCareUnitId,
      expectsMunicipalityEfforts: body.expectsMunicipalityEfforts,
      expectsPrimaryCareEfforts: body.expectsPrimaryCareEfforts,
      admittedAt,
      admissionNoticeAt: new Date(),
      estimatedDischargeOn: body.estimatedDischargeOn,
      readyAt: null,
      invitationLastDay: null,
      invitationLateFrom: null,
      careContactUnitId: null,
      careContactUserId: null,
      sipId: null,
      invitedAt: null,
      status: 'admitted',
      interruptionReason: null,
      interruptedAt: null,
      registeredBy: actor.userId,
    });
    await appendDischargeEvent(trx, dischargeId, actor, 'admissionNotice', {
      admittedAt: admittedAt.toISOString(),
      expectsMunicipalityEfforts: body.expectsMunicipalityEfforts,
      expectsPrimaryCareEfforts: body.expectsPrimaryCareEfforts,
    });
    await logAccess(trx, actor, 'create_discharge', { personId });
    return dischargeId;
  });
}
