import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { ageOn } from '../../../domain/consent/consent.js';
import { unprocessable } from '../../../domain/errors.js';
import { stockholmDate } from '../../../domain/time/stockholm.js';
import { bothLanguages } from '../../../shared/words/bothLanguages.js';
import { fill } from '../../../shared/words/fill.js';
import { takingPartRefusalsEn } from '../../../shared/words/takingPartRefusals.en.js';
import { takingPartRefusalsSv } from '../../../shared/words/takingPartRefusals.sv.js';
import { childSignInAge, setChildSignsIn } from '../../data/childSignIn.js';
import { personOfCase } from '../../data/persons.js';
import type { Actor } from '../actor.js';
import { runCaseChange } from '../caseChange.js';

const words = { sv: takingPartRefusalsSv, en: takingPartRefusalsEn };

/**
 * Staff decide whether the child reads their plan with a sign-in of their own: allowed only from the county's age
 * (county_settings.child_sign_in_age) and only for a child, since an adult signs in as the individual anyway.
 * Taking it back is always possible. The convener's, like the guardians.
 */
export function decideChildSignIn(db: Kysely<DB>, actor: Actor, sipId: string, allowed: boolean) {
  return runCaseChange(db, actor, sipId, 'decideChildSignIn', async ({ trx }) => {
    if (allowed) {
      const age = ageOn((await personOfCase(trx, sipId)).birthDate, stockholmDate());
      if (age === null || age >= 18) {
        throw unprocessable(
          'not_a_child',
          bothLanguages(words, (said) => said.notAChild),
        );
      }
      const fromAge = await childSignInAge(trx);
      if (age < fromAge) {
        throw unprocessable(
          'child_too_young',
          bothLanguages(words, (said) => fill(said.childTooYoung, { age: fromAge })),
          { fromAge },
        );
      }
    }
    await setChildSignsIn(trx, sipId, allowed);
    return { result: undefined, eventData: { allowed } };
  });
}
