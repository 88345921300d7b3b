import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  guidanceResponse,
  guidanceStepParams,
  routineTextBody,
  routineTextVersion,
  routineTextVersionsResponse,
} from '../../../shared/api/guidance.js';
import { sessionRoutes } from '../../../shared/api/sessionRoutes.js';
import { actingAs } from '../../auth/access.js';
import type { RouteModule } from '../../context.js';
import { mayEditRoutineTexts, presentGuidance } from '../../guidance/presentGuidance.js';
import { routineTextVersions, saveRoutineText } from '../../guidance/routineTexts.js';

const tags = ['guidance'];
const read = { access: 'user', policy: 'reference' } as const;

/**
 * Guidance in the tool: for every step, the county's routine text and the law's wording, for anyone signed in;
 * the system administrator edits the routine texts, each edit a new version. And the first-time guide's
 * "done, do not show again", which /api/me then reports.
 */
export const guidanceRoutes: RouteModule = (app, { database: { db } }) => {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/guidance',
    { config: read, schema: { tags, response: { 200: guidanceResponse } } },
    (request) => presentGuidance(db, mayEditRoutineTexts(request.user!)),
  );

  api.get(
    '/api/guidance/:step/versions',
    {
      config: read,
      schema: { tags, params: guidanceStepParams, response: { 200: routineTextVersionsResponse } },
    },
    async (request) => ({
      step: request.params.step,
      versions: await routineTextVersions(db, request.params.step),
    }),
  );

  api.put(
    '/api/guidance/:step',
    {
      config: { access: 'actingUser', policy: 'organisation:administerCountySettings' },
      schema: {
        tags,
        params: guidanceStepParams,
        body: routineTextBody,
        response: { 200: routineTextVersion },
      },
    },
    (request) => saveRoutineText(db, actingAs(request).userId, request.params.step, request.body),
  );

  api.post(
    sessionRoutes.closeFirstGuide.path,
    { config: { access: 'user', policy: 'self' }, schema: { tags: ['auth'] } },
    async (request, reply) => {
      // The first time counts: closing the guide again from another tab keeps the moment it was first closed.
      await db
        .updateTable('users')
        .set({ firstGuideDoneAt: new Date() })
        .where('id', '=', request.user!.id)
        .where('firstGuideDoneAt', 'is', null)
        .execute();
      return reply.status(204).send();
    },
  );
};
