import {
  guidanceResponse,
  guidanceStepParams,
  routineTextBody,
  routineTextVersion,
  routineTextVersionsResponse,
} from './guidance.js';
import { route } from './route.js';

/** Guidance for each step of the process, and the county's routine texts, each save a new version. */
export const guidanceRoutes = {
  guidance: route({ method: 'GET', path: '/api/guidance', responses: { 200: guidanceResponse } }),
  versions: route({
    method: 'GET',
    path: '/api/guidance/:step/versions',
    params: guidanceStepParams,
    responses: { 200: routineTextVersionsResponse },
  }),
  saveRoutineText: route({
    method: 'PUT',
    path: '/api/guidance/:step',
    params: guidanceStepParams,
    body: routineTextBody,
    responses: { 200: routineTextVersion },
  }),
};
