import { inTransaction } from '../../../db/transaction.js';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { feedbackRoutes as routes } from '../../../shared/api/feedbackRoutes.js';
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
    routes.offer.path,
    {
      config: { access: 'actingUser', policy: 'case:offerFeedback' },
      schema: {
        tags,
        params: routes.offer.params,
        body: routes.offer.body,
        response: routes.offer.responses,
      },
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
    routes.form.path,
    {
      config: { access: 'public', policy: 'public', rateLimit: publicLimit },
      schema: { tags, params: routes.form.params, response: routes.form.responses },
    },
    (request) => formState(db, request.params.token),
  );

  api.post(
    routes.answer.path,
    {
      config: { access: 'public', policy: 'public', rateLimit: publicLimit },
      schema: { tags, params: routes.answer.params, body: routes.answer.body },
    },
    async (request, reply) => {
      await submitFeedback(db, request.params.token, request.body);
      return reply.status(204).send();
    },
  );

  api.get(
    routes.results.path,
    {
      config: { access: 'actingUser', policy: 'organisation:readStatistics' },
      schema: { tags, querystring: routes.results.query, response: routes.results.responses },
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
