import type { ZodType } from 'zod';
import type { RouteModule } from '../../context.js';
import { recordAttendance } from '../../sips/steps/attendance.js';
import { closeSip } from '../../sips/steps/close.js';
import { recordConsent, withdrawConsent } from '../../sips/steps/consent.js';
import { recordFollowUp } from '../../sips/steps/followUp.js';
import { inviteMore, rescheduleMeeting, scheduleMeeting } from '../../sips/steps/invite.js';
import { editNeed } from '../../sips/steps/need.js';
import { savePreparation } from '../../sips/steps/preparation.js';
import type { Actor } from '../../sips/actor.js';
import {
  attendanceBody,
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
    body: ZodType<Body>,
    run: (actor: Actor, sipId: string, body: Body) => Promise<unknown>,
  ) =>
    registerCaseStep(app, db, {
      method,
      url,
      tags: ['sip'],
      params: sipIdParams,
      body,
      run: (actor, params, input) => run(actor, params.id, input),
    });

  step('PUT', '/api/sips/:id/need', needSchema, (actor, id, body) => editNeed(db, actor, id, body));
  step('POST', '/api/sips/:id/consent', consentBody, (actor, id, body) => recordConsent(db, actor, id, body));
  step('POST', '/api/sips/:id/consent/withdraw', withdrawConsentBody, (actor, id, body) =>
    withdrawConsent(db, actor, id, body.note),
  );
  step('PUT', '/api/sips/:id/preparation', preparationBody, (actor, id, body) =>
    savePreparation(db, actor, id, body),
  );
  step('POST', '/api/sips/:id/meetings', scheduleMeetingBody, (actor, id, body) =>
    scheduleMeeting(db, actor, id, body),
  );
  step('POST', '/api/sips/:id/invitations', inviteMoreBody, (actor, id, body) =>
    inviteMore(db, actor, id, body),
  );
  step('PUT', '/api/sips/:id/meeting', rescheduleBody, (actor, id, body) =>
    rescheduleMeeting(db, actor, id, body),
  );
  step('POST', '/api/sips/:id/attendance', attendanceBody, (actor, id, body) =>
    recordAttendance(db, actor, id, body),
  );
  step('POST', '/api/sips/:id/follow-ups', followUpBody, (actor, id, body) =>
    recordFollowUp(db, actor, id, body),
  );
  step('POST', '/api/sips/:id/close', closeBody, (actor, id, body) => closeSip(db, actor, id, body));
};
