import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { planTemplateRoutes as routes } from '../../../shared/api/planTemplateRoutes.js';
import { planRoutes } from '../../../shared/api/planRoutes.js';
import { actingAs } from '../../auth/access.js';
import type { RouteModule } from '../../context.js';
import { choosePlanTemplate } from '../../templates/caseTemplate.js';
import { readTemplateHistory, readTemplates, readTemplateVersion } from '../../templates/readTemplates.js';
import { createTemplate, saveTemplateVersion } from '../../templates/saveTemplate.js';
import { registerCaseStep } from '../sips/caseStep.js';

const tags = ['templates'];
// Templates hold the county's words, no personal data: every signed-in user reads them.
const read = { access: 'actingUser', policy: 'reference' } as const;
const administer = { access: 'actingUser', policy: 'organisation:administerCountySettings' } as const;

/**
 * Plan templates per target group: read by everyone writing plans, written by the county's system administrator
 * (each save a new version), and chosen for a case instead of its target group's.
 */
export const planTemplateRoutes: RouteModule = (app, { database: { db } }) => {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    routes.list.path,
    { config: read, schema: { tags, response: routes.list.responses } },
    async () => ({
      templates: await readTemplates(db),
    }),
  );

  api.get(
    routes.history.path,
    { config: read, schema: { tags, params: routes.history.params, response: routes.history.responses } },
    (request) => readTemplateHistory(db, request.params.id),
  );

  api.get(
    routes.version.path,
    { config: read, schema: { tags, params: routes.version.params, response: routes.version.responses } },
    (request) => readTemplateVersion(db, request.params.id, request.params.version),
  );

  api.post(
    routes.create.path,
    { config: administer, schema: { tags, body: routes.create.body, response: routes.create.responses } },
    (request) => createTemplate(db, actingAs(request), request.body.content),
  );

  api.put(
    routes.save.path,
    {
      config: administer,
      schema: { tags, params: routes.save.params, body: routes.save.body, response: routes.save.responses },
    },
    (request) =>
      saveTemplateVersion(
        db,
        actingAs(request),
        request.params.id,
        request.body.baseVersion,
        request.body.content,
      ),
  );

  registerCaseStep(app, db, {
    method: planRoutes.chooseTemplate.method,
    url: planRoutes.chooseTemplate.path,
    action: 'writePlan',
    tags: ['sip'],
    params: planRoutes.chooseTemplate.params,
    body: planRoutes.chooseTemplate.body,
    run: (trx, actor, params, body) => choosePlanTemplate(trx, actor, params.id, body.templateId),
  });
};
