import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ZodType } from 'zod';
import { actingAs } from '../../auth/access.js';
import type { RouteModule } from '../../context.js';
import { presentSip } from '../../presenters/sipDetail.js';
import { recordAttendance } from '../../sips/steps/attendance.js';
import { recordConsent, withdrawConsent } from '../../sips/steps/consent.js';
import { recordFollowUp } from '../../sips/steps/followUp.js';
import { inviteMore, rescheduleMeeting, scheduleMeeting } from '../../sips/steps/invite.js';
import { savePreparation } from '../../sips/steps/preparation.js';
import {
  attendanceBody,
  consentBody,
  followUpBody,
  inviteMoreBody,
  preparationBody,
  rescheduleBody,
  scheduleMeetingBody,
  sipIdParams,
  withdrawConsentBody,
} from '../../../shared/api/requests.js';
import { sipDetail } from '../../../shared/api/responses.js';

/** The steps of the process between the need and the plan, and the follow-up; each answers with the case. */
export const sipStepRoutes: RouteModule = (app, { database: { db } }) => {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const step = <Body>(
    method: 'post' | 'put',
    url: string,
    body: ZodType<Body>,
    run: (actor: ReturnType<typeof actingAs>, sipId: string, body: Body) => Promise<unknown>,
  ) =>
    api.route({
      method: method.toUpperCase(),
      url,
      config: { access: 'actingUser' },
      schema: { tags: ['sip'], params: sipIdParams, body, response: { 200: sipDetail } },
      handler: async (request) => {
        const actor = actingAs(request);
        const { id } = request.params;
        await run(actor, id, request.body as Body);
        return presentSip(db, id, actor.unitId);
      },
    });

  step('post', '/api/sips/:id/consent', consentBody, (actor, id, body) => recordConsent(db, actor, id, body));
  step('post', '/api/sips/:id/consent/withdraw', withdrawConsentBody, (actor, id, body) =>
    withdrawConsent(db, actor, id, body.note),
  );
  step('put', '/api/sips/:id/preparation', preparationBody, (actor, id, body) =>
    savePreparation(db, actor, id, body),
  );
  step('post', '/api/sips/:id/meetings', scheduleMeetingBody, (actor, id, body) =>
    scheduleMeeting(db, actor, id, body),
  );
  step('post', '/api/sips/:id/invitations', inviteMoreBody, (actor, id, body) =>
    inviteMore(db, actor, id, body),
  );
  step('put', '/api/sips/:id/meeting', rescheduleBody, (actor, id, body) =>
    rescheduleMeeting(db, actor, id, body),
  );
  step('post', '/api/sips/:id/attendance', attendanceBody, (actor, id, body) =>
    recordAttendance(db, actor, id, body),
  );
  step('post', '/api/sips/:id/follow-ups', followUpBody, (actor, id, body) =>
    recordFollowUp(db, actor, id, body),
  );
};
