import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { guidanceRoutes as routes } from '../../../shared/api/guidanceRoutes.js';
import { sessionRoutes } from '../../../shared/api/sessionRoutes.js';
import { actingAs } from '../../auth/access.js';
import type { RouteModule } from '../../context.js';
import { closeFirstGuide } from '../../data/directory.js';
import { mayEditRoutineTexts, presentGuidance } from '../../guidance/presentGuidance.js';
import { routineTextVersions } from '../../data/routineTexts.js';
import { saveRoutineText } from '../../guidance/routineTexts.js';

const tags = ['guidance'];
const read = { access: 'user', policy: 'reference' } as const;

/** How many earlier versions the history shows; the table keeps them all. */
const VERSIONS_SHOWN = 50;

/**
 * Guidance in the tool: for every step, the county's routine text and the law's wording, for anyone signed in;
 * the system administrator edits the routine texts, each edit a new version. And the first-time guide's
 * "done, do not show again", which /api/me then reports.
 */
export const guidanceRoutes: RouteModule = (app, { database: { db } }) => {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    routes.guidance.path,
    { config: read, schema: { tags, response: routes.guidance.responses } },
    (request) => presentGuidance(db, mayEditRoutineTexts(request.user!)),
  );

  api.get(
    routes.versions.path,
    {
      config: read,
      schema: { tags, params: routes.versions.params, response: routes.versions.responses },
    },
    async (request) => ({
      step: request.params.step,
      versions: await routineTextVersions(db, request.params.step, VERSIONS_SHOWN),
    }),
  );

  api.put(
    routes.saveRoutineText.path,
    {
      config: { access: 'actingUser', policy: 'organisation:administerCountySettings' },
      schema: {
        tags,
        params: routes.saveRoutineText.params,
        body: routes.saveRoutineText.body,
        response: routes.saveRoutineText.responses,
      },
    },
    (request) => saveRoutineText(db, actingAs(request).userId, request.params.step, request.body),
  );

  api.post(
    sessionRoutes.closeFirstGuide.path,
    { config: { access: 'user', policy: 'self' }, schema: { tags: ['auth'] } },
    async (request, reply) => {
      // Closing the guide again from another tab keeps the moment it was first closed.
      await closeFirstGuide(db, request.user!.id);
      return reply.status(204).send();
    },
  );
};
