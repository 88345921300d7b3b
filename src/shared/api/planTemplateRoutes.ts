import { z } from 'zod';
import { id } from '../fields.js';
import {
  newTemplateBody,
  templateBody,
  templateHistory,
  templateList,
  templateView,
} from './planTemplates.js';
import { route } from './route.js';

export const templateParams = z.strictObject({ id });
export const templateVersionParams = z.strictObject({ id, version: z.coerce.number().int().min(1) });

/** Plan templates: read by everyone writing plans, written by the county's system administrator. */
export const planTemplateRoutes = {
  list: route({ method: 'GET', path: '/api/plan-templates', responses: { 200: templateList } }),
  history: route({
    method: 'GET',
    path: '/api/plan-templates/:id/versions',
    params: templateParams,
    responses: { 200: templateHistory },
  }),
  version: route({
    method: 'GET',
    path: '/api/plan-templates/:id/versions/:version',
    params: templateVersionParams,
    responses: { 200: templateView },
  }),
  create: route({
    method: 'POST',
    path: '/api/plan-templates',
    body: newTemplateBody,
    responses: { 200: templateView },
  }),
  save: route({
    method: 'PUT',
    path: '/api/plan-templates/:id',
    params: templateParams,
    body: templateBody,
    responses: { 200: templateView },
  }),
};
