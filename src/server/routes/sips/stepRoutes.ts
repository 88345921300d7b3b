import type { ZodType } from 'zod';
import type { RouteModule } from '../../context.js';
import { recordAttendance } from '../../sips/steps/attendance.js';
import { cancelMeeting } from '../../sips/steps/cancelMeeting.js';
import { closeSip } from '../../sips/steps/close.js';
import { recordConsent, withdrawConsent } from '../../sips/steps/consent.js';
import { recordFollowUp } from '../../sips/steps/followUp.js';
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
    run: (actor: Actor, sipId: string, body: Body) => Promise<unknown>,
  ) =>
    registerCaseStep(app, db, {
      method,
      url,
      action,
      tags: ['sip'],
      params: sipIdParams,
      body,
      run: (actor, params, input) => run(actor, params.id, input),
    });

  step('PUT', '/api/sips/:id/need', 'writeNeed', needSchema, (actor, id, body) =>
    editNeed(db, actor, id, body),
  );
  step('POST', '/api/sips/:id/consent', 'recordConsent', consentBody, (actor, id, body) =>
    recordConsent(db, actor, id, body),
  );
  step('POST', '/api/sips/:id/consent/withdraw', 'withdrawConsent', withdrawConsentBody, (actor, id, body) =>
    withdrawConsent(db, actor, id, body.note),
  );
  step('PUT', '/api/sips/:id/preparation', 'prepare', preparationBody, (actor, id, body) =>
    savePreparation(db, actor, id, body),
  );
  step('POST', '/api/sips/:id/meetings', 'invite', scheduleMeetingBody, (actor, id, body) =>
    scheduleMeeting(db, actor, id, body),
  );
  step('POST', '/api/sips/:id/invitations', 'invite', inviteMoreBody, (actor, id, body) =>
    inviteMore(db, actor, id, body),
  );
  step('PUT', '/api/sips/:id/meeting', 'invite', rescheduleBody, (actor, id, body) =>
    rescheduleMeeting(db, actor, id, body),
  );
  step('POST', '/api/sips/:id/meeting/cancel', 'invite', cancelMeetingBody, (actor, id, body) =>
    cancelMeeting(db, actor, id, body),
  );
  step('POST', '/api/sips/:id/attendance', 'recordAttendance', attendanceBody, (actor, id, body) =>
    recordAttendance(db, actor, id, body),
  );
  step('POST', '/api/sips/:id/follow-ups', 'followUp', followUpBody, (actor, id, body) =>
    recordFollowUp(db, actor, id, body),
  );
  step('POST', '/api/sips/:id/close', 'close', closeBody, (actor, id, body) => closeSip(db, actor, id, body));
};
