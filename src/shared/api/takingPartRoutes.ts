import { z } from 'zod';
import { sipIdParams } from './requests.js';
import { guardianView, sipDetail } from './responses.js';
import { route } from './route.js';
import { caseStep } from './caseRoutes.js';
import { childSignInBody, guardianBody, guardianParams, personContactBody } from './takingPart.js';

/**
 * Who from the individual's side takes part in a case, as staff record it: the guardians, the child's own
 * sign-in, where the individual's notices go; and what the child told, taken into the plan draft. The steps
 * answer with the case as the acting unit now sees it.
 */
export const takingPartRoutes = {
  guardians: route({
    method: 'GET',
    path: '/api/sips/:id/guardians',
    params: sipIdParams,
    responses: { 200: z.array(guardianView) },
  }),
  addGuardian: caseStep('POST', '/api/sips/:id/guardians', guardianBody),
  removeGuardian: route({
    method: 'POST',
    path: '/api/sips/:id/guardians/:guardianId/remove',
    params: guardianParams,
    body: z.strictObject({}),
    responses: { 200: sipDetail },
  }),
  childSignIn: caseStep('POST', '/api/sips/:id/child-sign-in', childSignInBody),
  personContact: caseStep('PUT', '/api/sips/:id/person/contact', personContactBody),
  confirmChildView: caseStep('POST', '/api/sips/:id/child-view/confirm', z.strictObject({})),
  /** The child's picture or drawing, as its bytes (image/png or image/jpeg); not JSON, so not in the table's answers. */
  childPicture: route({ method: 'GET', path: '/api/sips/:id/child-view/picture', params: sipIdParams }),
};
