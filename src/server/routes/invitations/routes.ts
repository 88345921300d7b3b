import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  acceptBody,
  acknowledgeBody,
  declineBody,
  forwardBody,
  sipIdParams,
} from '../../../shared/api/requests.js';
import { inboxItem, sipDetail } from '../../../shared/api/responses.js';
import { actingAs } from '../../auth/access.js';
import type { RouteModule } from '../../context.js';
import { listInbox } from '../../presenters/inbox.js';
import { presentSip } from '../../presenters/sipDetail.js';
import { caseSubject, mayDo } from '../../access/caseAccess.js';
import { answerInvitation, type InvitationAnswer } from '../../sips/steps/answerInvitation.js';
import { markMeetingChangeSeen } from '../../sips/steps/meetingChangeSeen.js';

const tags = ['invitation'];

export const invitationRoutes: RouteModule = (app, { database: { db } }) => {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/invitations',
    {
      config: { access: 'actingUser', policy: 'unitScoped' },
      schema: { tags, response: { 200: z.array(inboxItem) } },
    },
    async (request) => listInbox(db, actingAs(request)),
  );

  /** Each answer responds with the case as the unit now sees it (a declined or forwarded one no longer does). */
  const answer = <Body>(url: string, body: z.ZodType<Body>, toAnswer: (body: Body) => InvitationAnswer) =>
    api.route({
      method: 'POST',
      url,
      config: { access: 'actingUser', policy: 'invitation' },
      schema: { tags, params: sipIdParams, body, response: { 200: sipDetail.nullable() } },
      handler: async (request) => {
        const actor = actingAs(request);
        const { id } = request.params;
        const sipId = await answerInvitation(db, actor, id, toAnswer(request.body as Body));
        // The standing read once: whether the unit still takes part, and then what it may see and do.
        const subject = await caseSubject(db, sipId, actor);
        return mayDo(subject, 'readCase') ? presentSip(db, sipId, actor, subject) : null;
      },
    });

  api.post(
    '/api/invitations/:id/seen',
    {
      config: { access: 'actingUser', policy: 'invitation' },
      schema: { tags, params: sipIdParams, body: acknowledgeBody, response: { 200: sipDetail } },
    },
    async (request) => {
      const actor = actingAs(request);
      const sipId = await markMeetingChangeSeen(db, actor, request.params.id);
      return presentSip(db, sipId, actor);
    },
  );

  answer('/api/invitations/:id/acknowledge', acknowledgeBody, () => ({ command: 'acknowledge' }));
  answer('/api/invitations/:id/accept', acceptBody, (body) => ({
    command: 'accept',
    attendees: body.attendees,
  }));
  answer('/api/invitations/:id/decline', declineBody, (body) => ({
    command: 'decline',
    reason: body.reason,
  }));
  answer('/api/invitations/:id/forward', forwardBody, (body) => ({
    command: 'forward',
    unitId: body.unitId,
    note: body.note,
  }));
};
