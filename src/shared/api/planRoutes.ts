import { z } from 'zod';
import { id } from '../fields.js';
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

/** Whose copy of a version's PDF: the individual's (the default), or that of a unit taking part in the case. */
export const planPdfQuery = z.strictObject({
  copy: z.enum(['person', 'unit']).default('person'),
  unitId: id.optional(),
});

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
  /** The version as a PDF (decision 0037): bytes, `application/pdf`, so no JSON answer is declared here. */
  versionPdf: route({
    method: 'GET',
    path: '/api/sips/:id/plan/versions/:version/pdf',
    params: versionParams,
    query: planPdfQuery,
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

/** Where a link downloads a version's PDF: the individual's copy, or with `unitId` that unit's copy. */
export function planPdfAddress(sipId: string, version: number, unitId?: string): string {
  const path = planRoutes.versionPdf.path
    .replace(':id', encodeURIComponent(sipId))
    .replace(':version', String(version));
  return unitId ? `${path}?copy=unit&unitId=${encodeURIComponent(unitId)}` : `${path}?copy=person`;
}
