import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../../../db/schema.js';
import { ageOn } from '../../../domain/consent/consent.js';
import { conflict, unprocessable } from '../../../domain/errors.js';
import { parseIdNumber } from '../../../domain/identity/idNumber.js';
import { stockholmDate } from '../../../domain/time/stockholm.js';
import type { guardianBody } from '../../../shared/api/takingPart.js';
import { bothLanguages } from '../../../shared/words/bothLanguages.js';
import { takingPartRefusalsEn } from '../../../shared/words/takingPartRefusals.en.js';
import { takingPartRefusalsSv } from '../../../shared/words/takingPartRefusals.sv.js';
import { currentGuardians, insertGuardian, removeGuardian } from '../../data/guardians.js';
import { personOfCase } from '../../data/persons.js';
import type { Actor } from '../actor.js';
import { runCaseChange } from '../caseChange.js';

const words = { sv: takingPartRefusalsSv, en: takingPartRefusalsEn };

/**
 * A child has at most two guardians (föräldrabalken 6 kap.: two parents jointly, or two specially appointed), so a
 * third is refused rather than kept beside them: when custody changes, staff remove the one who no longer has it.
 */
const GUARDIANS_AT_MOST = 2;

/**
 * Staff record a guardian of the child on the case: who will sign in with their own e-ID and act for the child.
 * The convener's (the need's) step, since it says who the case is with; only for a person under 18. The identity
 * number must be a personnummer or samordningsnummer (e-ID has no reserve numbers) and is kept as twelve digits.
 */
export function recordGuardian(
  db: Kysely<DB>,
  actor: Actor,
  sipId: string,
  body: z.infer<typeof guardianBody>,
) {
  return runCaseChange(db, actor, sipId, 'recordGuardian', async ({ trx }) => {
    const idNumber = parseIdNumber(body.idNumber);
    const person = await personOfCase(trx, sipId);
    const age = ageOn(person.birthDate, stockholmDate());
    if (age === null || age >= 18) {
      throw unprocessable(
        'guardians_only_for_child',
        bothLanguages(words, (said) => said.guardiansOnlyForChild),
      );
    }
    if (person.idNumber === idNumber.value) {
      throw unprocessable(
        'guardian_is_the_child',
        bothLanguages(words, (said) => said.guardianIsTheChild),
        { field: 'idNumber' },
      );
    }
    const guardians = await currentGuardians(trx, sipId);
    if (guardians.some((guardian) => guardian.idNumber === idNumber.value)) {
      throw conflict(
        'guardian_already_recorded',
        bothLanguages(words, (said) => said.guardianAlreadyRecorded),
      );
    }
    if (guardians.length >= GUARDIANS_AT_MOST) {
      throw unprocessable(
        'two_guardians_at_most',
        bothLanguages(words, (said) => said.twoGuardiansAtMost),
      );
    }
    const guardianId = await insertGuardian(trx, {
      sipId,
      idNumber: idNumber.value,
      name: body.name,
      email: body.email,
      mobile: body.mobile,
      recordedBy: actor.userId,
    });
    return { result: guardianId, eventData: { guardianId } };
  });
}

/** Staff remove a guardian who no longer has custody, or was recorded by mistake; from then on they have no access. */
export function unrecordGuardian(db: Kysely<DB>, actor: Actor, sipId: string, guardianId: string) {
  return runCaseChange(db, actor, sipId, 'removeGuardian', async ({ trx }) => {
    if (!(await removeGuardian(trx, sipId, guardianId, actor.userId))) {
      throw unprocessable(
        'guardian_missing',
        bothLanguages(words, (said) => said.guardianMissing),
      );
    }
    return { result: undefined, eventData: { guardianId } };
  });
}
