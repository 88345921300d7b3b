import type { Kysely } from 'kysely';
import type { ZodType } from 'zod';
import type { DB } from '../../../db/schema.js';
import type { RouteModule } from '../../context.js';
import { recordAttendance } from '../../sips/steps/attendance.js';
import { cancelMeeting } from '../../sips/steps/cancelMeeting.js';
import { closeSip } from '../../sips/steps/close.js';
import { recordConsent, withdrawConsent } from '../../sips/steps/consent.js';
import { recordFollowUp } from '../../sips/steps/followUp.js';
import { enterHeldMeeting } from '../../sips/steps/heldMeeting.js';
import { inviteMore, rescheduleMeeting, scheduleMeeting } from '../../sips/steps/invite.js';
import { editNeed } from '../../sips/steps/need.js';
import { savePreparation } from '../../sips/steps/preparation.js';
import type { Actor } from '../../sips/actor.js';
import type { CaseAction } from '../../../domain/access/policy.js';
import { caseRoutes as routes } from '../../../shared/api/caseRoutes.js';
import type { sipIdParams } from '../../../shared/api/requests.js';
import { registerCaseStep } from './caseStep.js';

/** The steps of the process on the case as a whole, from the need to closing; each answers with the case. */
export const sipStepRoutes: RouteModule = (app, { database: { db } }) => {
  const step = <Body>(
    route: { method: 'POST' | 'PUT'; path: string; params: typeof sipIdParams; body: ZodType<Body> },
    action: CaseAction,
    run: (trx: Kysely<DB>, actor: Actor, sipId: string, body: Body) => Promise<unknown>,
  ) =>
    registerCaseStep(app, db, {
      method: route.method,
      url: route.path,
      action,
      tags: ['sip'],
      params: route.params,
      body: route.body,
      run: (trx, actor, params, input) => run(trx, actor, params.id, input),
    });

  step(routes.need, 'writeNeed', (trx, actor, id, body) => editNeed(trx, actor, id, body));
  step(routes.consent, 'recordConsent', (trx, actor, id, body) => recordConsent(trx, actor, id, body));
  step(routes.withdrawConsent, 'withdrawConsent', (trx, actor, id, body) =>
    withdrawConsent(trx, actor, id, body.note),
  );
  step(routes.preparation, 'prepare', (trx, actor, id, body) => savePreparation(trx, actor, id, body));
  step(routes.scheduleMeeting, 'invite', (trx, actor, id, body) => scheduleMeeting(trx, actor, id, body));
  step(routes.inviteMore, 'invite', (trx, actor, id, body) => inviteMore(trx, actor, id, body));
  step(routes.reschedule, 'invite', (trx, actor, id, body) => rescheduleMeeting(trx, actor, id, body));
  step(routes.cancelMeeting, 'invite', (trx, actor, id, body) => cancelMeeting(trx, actor, id, body));
  step(routes.attendance, 'recordAttendance', (trx, actor, id, body) =>
    recordAttendance(trx, actor, id, body),
  );
  step(routes.heldMeeting, 'recordAttendance', (trx, actor, id, body) =>
    enterHeldMeeting(trx, actor, id, body),
  );
  step(routes.followUp, 'followUp', (trx, actor, id, body) => recordFollowUp(trx, actor, id, body));
  step(routes.close, 'close', (trx, actor, id, body) => closeSip(trx, actor, id, body));
};
