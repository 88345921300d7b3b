import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { invitationRoutes as routes } from '../../../shared/api/invitationRoutes.js';
import type { sipIdParams } from '../../../shared/api/requests.js';
import type { sipDetail } from '../../../shared/api/responses.js';
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
    routes.inbox.path,
    {
      config: { access: 'actingUser', policy: 'unitScoped' },
      schema: { tags, response: routes.inbox.responses },
    },
    async (request) => listInbox(db, actingAs(request)),
  );

  /** Each answer responds with the case as the unit now sees it (a declined or forwarded one no longer does). */
  const answer = <Body>(
    route: {
      method: 'POST';
      path: string;
      params: typeof sipIdParams;
      body: z.ZodType<Body>;
      responses: { 200: z.ZodNullable<typeof sipDetail> };
    },
    toAnswer: (body: Body) => InvitationAnswer,
  ) =>
    api.route({
      method: route.method,
      url: route.path,
      config: { access: 'actingUser', policy: 'invitation' },
      schema: { tags, params: route.params, body: route.body, response: route.responses },
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
    routes.seen.path,
    {
      config: { access: 'actingUser', policy: 'invitation' },
      schema: { tags, params: routes.seen.params, body: routes.seen.body, response: routes.seen.responses },
    },
    async (request) => {
      const actor = actingAs(request);
      const sipId = await markMeetingChangeSeen(db, actor, request.params.id);
      return presentSip(db, sipId, actor);
    },
  );

  answer(routes.acknowledge, () => ({ command: 'acknowledge' }));
  answer(routes.accept, (body) => ({
    command: 'accept',
    attendees: body.attendees,
  }));
  answer(routes.decline, (body) => ({
    command: 'decline',
    reason: body.reason,
  }));
  answer(routes.forward, (body) => ({
    command: 'forward',
    unitId: body.unitId,
    note: body.note,
  }));
};
