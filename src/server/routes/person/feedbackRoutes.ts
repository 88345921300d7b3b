import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { unprocessable } from '../../../domain/errors.js';
import { personRoutes as routes } from '../../../shared/api/personRoutes.js';
import { bothLanguages } from '../../../shared/words/bothLanguages.js';
import { personRefusalsEn } from '../../../shared/words/personRefusals.en.js';
import { personRefusalsSv } from '../../../shared/words/personRefusals.sv.js';
import type { RouteModule } from '../../context.js';
import { meetingsAttended } from '../../data/personSide/heldMeetings.js';
import { newFeedbackLink } from '../../feedback/offer.js';
import { runPersonWrite } from '../../sips/personCommand.js';
import { doingOf, personRead } from './personRead.js';

const words = { sv: personRefusalsSv, en: personRefusalsEn };
const tags = ['person'];

/**
 * The anonymous survey after a meeting the individual was at: the same single-use link the convener can offer
 * (docs/decisions/0012-feedback.md), asked for here by the individual themself. The answer names no one.
 */
export const personFeedbackRoutes: RouteModule = (app, { database: { db }, config }) => {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    routes.feedbackMeetings.path,
    {
      config: { access: 'person', policy: 'person:giveFeedback' },
      schema: { tags, params: routes.feedbackMeetings.params, response: routes.feedbackMeetings.responses },
    },
    (request) =>
      personRead(db, request, 'giveFeedback', async (trx, standing) => ({
        meetings: (await meetingsAttended(trx, standing.sipId)).map((meeting) => ({
          id: meeting.id,
          startsAt: meeting.startsAt.toISOString(),
        })),
      })),
  );

  api.post(
    routes.feedbackLink.path,
    {
      config: { access: 'person', policy: 'person:giveFeedback' },
      schema: {
        tags,
        params: routes.feedbackLink.params,
        body: routes.feedbackLink.body,
        response: routes.feedbackLink.responses,
      },
    },
    async (request, reply) => {
      const { meetingId } = request.body;
      const link = await runPersonWrite(
        db,
        doingOf(request),
        request.params.id,
        'giveFeedback',
        async ({ trx, sip }) => {
          const meeting = (await meetingsAttended(trx, sip.id)).find((each) => each.id === meetingId);
          if (!meeting) {
            throw unprocessable(
              'feedback_meeting_not_held',
              bothLanguages(words, (said) => said.feedbackMeetingNotHeld),
              { field: 'meetingId' },
            );
          }
          return newFeedbackLink(
            trx,
            { meetingId, conveningUnitId: meeting.conveningUnitId },
            config.publicUrl,
          );
        },
      );
      return reply.status(201).send(link);
    },
  );
};
