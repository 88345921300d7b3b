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
import {
  attendanceBody,
  cancelMeetingBody,
  closeBody,
  consentBody,
  followUpBody,
  heldMeetingBody,
  inviteMoreBody,
  needSchema,
  preparationBody,
  rescheduleBody,
  scheduleMeetingBody,
  sipIdParams,
  withdrawConsentBody,
} from '../../../shared/api/requests.js';
import { registerCaseStep } from './caseStep.js';

/** The steps of the process on the case as a whole, from the need to closing; each answers with the case. */
export const sipStepRoutes: RouteModule = (app, { database: { db } }) => {
  const step = <Body>(
    method: 'POST' | 'PUT',
    url: string,
    action: CaseAction,
    body: ZodType<Body>,
    run: (trx: Kysely<DB>, actor: Actor, sipId: string, body: Body) => Promise<unknown>,
  ) =>
    registerCaseStep(app, db, {
      method,
      url,
      action,
      tags: ['sip'],
      params: sipIdParams,
      body,
      run: (trx, actor, params, input) => run(trx, actor, params.id, input),
    });

  step('PUT', '/api/sips/:id/need', 'writeNeed', needSchema, (trx, actor, id, body) =>
    editNeed(trx, actor, id, body),
  );
  step('POST', '/api/sips/:id/consent', 'recordConsent', consentBody, (trx, actor, id, body) =>
    recordConsent(trx, actor, id, body),
  );
  step(
    'POST',
    '/api/sips/:id/consent/withdraw',
    'withdrawConsent',
    withdrawConsentBody,
    (trx, actor, id, body) => withdrawConsent(trx, actor, id, body.note),
  );
  step('PUT', '/api/sips/:id/preparation', 'prepare', preparationBody, (trx, actor, id, body) =>
    savePreparation(trx, actor, id, body),
  );
  step('POST', '/api/sips/:id/meetings', 'invite', scheduleMeetingBody, (trx, actor, id, body) =>
    scheduleMeeting(trx, actor, id, body),
  );
  step('POST', '/api/sips/:id/invitations', 'invite', inviteMoreBody, (trx, actor, id, body) =>
    inviteMore(trx, actor, id, body),
  );
  step('PUT', '/api/sips/:id/meeting', 'invite', rescheduleBody, (trx, actor, id, body) =>
    rescheduleMeeting(trx, actor, id, body),
  );
  step('POST', '/api/sips/:id/meeting/cancel', 'invite', cancelMeetingBody, (trx, actor, id, body) =>
    cancelMeeting(trx, actor, id, body),
  );
  step('POST', '/api/sips/:id/attendance', 'recordAttendance', attendanceBody, (trx, actor, id, body) =>
    recordAttendance(trx, actor, id, body),
  );
  step('POST', '/api/sips/:id/meetings/held', 'recordAttendance', heldMeetingBody, (trx, actor, id, body) =>
    enterHeldMeeting(trx, actor, id, body),
  );
  step('POST', '/api/sips/:id/follow-ups', 'followUp', followUpBody, (trx, actor, id, body) =>
    recordFollowUp(trx, actor, id, body),
  );
  step('POST', '/api/sips/:id/close', 'close', closeBody, (trx, actor, id, body) =>
    closeSip(trx, actor, id, body),
  );
};
