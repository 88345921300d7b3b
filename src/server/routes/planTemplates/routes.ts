import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { id } from '../../../shared/fields.js';
import {
  chooseTemplateBody,
  newTemplateBody,
  templateBody,
  templateHistory,
  templateList,
  templateView,
} from '../../../shared/api/planTemplates.js';
import { sipIdParams } from '../../../shared/api/requests.js';
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
const templateParams = z.strictObject({ id });
const templateVersionParams = z.strictObject({ id, version: z.coerce.number().int().min(1) });

/**
 * Plan templates per target group: read by everyone writing plans, written by the county's system administrator
 * (each save a new version), and chosen for a case instead of its target group's.
 */
export const planTemplateRoutes: RouteModule = (app, { database: { db } }) => {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/plan-templates',
    { config: read, schema: { tags, response: { 200: templateList } } },
    async () => ({
      templates: await readTemplates(db),
    }),
  );

  api.get(
    '/api/plan-templates/:id/versions',
    { config: read, schema: { tags, params: templateParams, response: { 200: templateHistory } } },
    (request) => readTemplateHistory(db, request.params.id),
  );

  api.get(
    '/api/plan-templates/:id/versions/:version',
    { config: read, schema: { tags, params: templateVersionParams, response: { 200: templateView } } },
    (request) => readTemplateVersion(db, request.params.id, request.params.version),
  );

  api.post(
    '/api/plan-templates',
    { config: administer, schema: { tags, body: newTemplateBody, response: { 200: templateView } } },
    (request) => createTemplate(db, actingAs(request), request.body.content),
  );

  api.put(
    '/api/plan-templates/:id',
    {
      config: administer,
      schema: { tags, params: templateParams, body: templateBody, response: { 200: templateView } },
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
    method: 'PUT',
    url: '/api/sips/:id/plan-template',
    action: 'writePlan',
    tags: ['sip'],
    params: sipIdParams,
    body: chooseTemplateBody,
    run: (trx, actor, params, body) => choosePlanTemplate(trx, actor, params.id, body.templateId),
  });
};
