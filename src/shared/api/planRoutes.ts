import { chooseTemplateBody } from './planTemplates.js';
import {
  approvalBody,
  diffQuery,
  establishPlanBody,
  savePlanBody,
  sipIdParams,
  versionParams,
} from './requests.js';
import { planDiffResponse, planVersionView, sipDetail } from './responses.js';
import { caseStep } from './caseRoutes.js';
import { route } from './route.js';

/** The case's plan: written, established, its versions read, compared and approved, its template chosen. */
export const planRoutes = {
  save: caseStep('PUT', '/api/sips/:id/plan', savePlanBody),
  establish: caseStep('POST', '/api/sips/:id/plan/establish', establishPlanBody),
  chooseTemplate: caseStep('PUT', '/api/sips/:id/plan-template', chooseTemplateBody),
  version: route({
    method: 'GET',
    path: '/api/sips/:id/plan/versions/:version',
    params: versionParams,
    responses: { 200: planVersionView },
  }),
  diff: route({
    method: 'GET',
    path: '/api/sips/:id/plan/diff',
    params: sipIdParams,
    query: diffQuery,
    responses: { 200: planDiffResponse },
  }),
  approve: route({
    method: 'POST',
    path: '/api/sips/:id/plan/versions/:version/approval',
    params: versionParams,
    body: approvalBody,
    responses: { 200: sipDetail },
  }),
};
