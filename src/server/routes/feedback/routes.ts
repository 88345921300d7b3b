import { inTransaction } from '../../../db/transaction.js';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  feedbackAnswerBody,
  feedbackFormState,
  feedbackLink,
  feedbackResultsQuery,
  feedbackSummaryResponse,
  feedbackTokenParams,
  offerFeedbackBody,
} from '../../../shared/api/feedback.js';
import { sipIdParams } from '../../../shared/api/requests.js';
import { logAccess } from '../../audit/logAccess.js';
import { actingAs } from '../../auth/access.js';
import type { RouteModule } from '../../context.js';
import { feedbackFormState as formState, submitFeedback } from '../../feedback/answer.js';
import { offerFeedback } from '../../feedback/offer.js';
import { feedbackScopeOf } from '../../feedback/resultsScope.js';
import { feedbackSummary } from '../../feedback/summary.js';

const tags = ['feedback'];

/**
 * The public form's routes take no session: the token in the address is the credential, so the session CSRF
 * check (src/server/auth/access.ts) has nothing to bind to and does not run. A cross-site page cannot use them
 * either: it does not know the token, the body must be JSON (no plain form post), and a browser's cross-site
 * state change is refused by Sec-Fetch-Site. Per address, a guesser gets a few tries a minute against 2^256.
 * The address holds the token, so only the route pattern is ever logged (src/server/logger.ts).
 */
const publicLimit = { max: 30, timeWindow: '1 minute' };

export const feedbackRoutes: RouteModule = (app, { database: { db }, config }) => {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.post(
    '/api/sips/:id/feedback-links',
    {
      config: { access: 'actingUser', policy: 'case:offerFeedback' },
      schema: { tags, params: sipIdParams, body: offerFeedbackBody, response: { 201: feedbackLink } },
    },
    async (request, reply) => {
      const link = await offerFeedback(
        db,
        actingAs(request),
        request.params.id,
        request.body.meetingId,
        config.publicUrl,
      );
      return reply.status(201).send(link);
    },
  );

  api.get(
    '/api/feedback/:token',
    {
      config: { access: 'public', policy: 'public', rateLimit: publicLimit },
      schema: { tags, params: feedbackTokenParams, response: { 200: feedbackFormState } },
    },
    (request) => formState(db, request.params.token),
  );

  api.post(
    '/api/feedback/:token',
    {
      config: { access: 'public', policy: 'public', rateLimit: publicLimit },
      schema: { tags, params: feedbackTokenParams, body: feedbackAnswerBody },
    },
    async (request, reply) => {
      await submitFeedback(db, request.params.token, request.body);
      return reply.status(204).send();
    },
  );

  api.get(
    '/api/feedback-results',
    {
      config: { access: 'actingUser', policy: 'organisation:readStatistics' },
      schema: { tags, querystring: feedbackResultsQuery, response: { 200: feedbackSummaryResponse } },
    },
    (request) =>
      inTransaction(db, async (trx) => {
        const actor = actingAs(request);
        const summary = await feedbackSummary(trx, await feedbackScopeOf(trx, actor), request.query);
        // Free texts are the individuals' own words and may name someone, so reading them is logged.
        if (summary.freeTexts.length > 0) await logAccess(trx, actor, 'read_feedback_results');
        return summary;
      }),
  );
};
