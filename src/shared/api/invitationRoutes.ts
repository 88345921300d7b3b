import { z } from 'zod';
import { acceptBody, acknowledgeBody, declineBody, forwardBody, sipIdParams } from './requests.js';
import { inboxItem, sipDetail } from './responses.js';
import { route } from './route.js';

/** An answer to an invitation, answered with the case, or null when the unit no longer takes part in it. */
function invitationAnswer<Body extends z.ZodType>(path: string, body: Body) {
  return route({ method: 'POST', path, params: sipIdParams, body, responses: { 200: sipDetail.nullable() } });
}

/** Invitations to a unit: its inbox, its answers, and a moved meeting marked as seen. */
export const invitationRoutes = {
  inbox: route({ method: 'GET', path: '/api/invitations', responses: { 200: z.array(inboxItem) } }),
  seen: route({
    method: 'POST',
    path: '/api/invitations/:id/seen',
    params: sipIdParams,
    body: acknowledgeBody,
    responses: { 200: sipDetail },
  }),
  acknowledge: invitationAnswer('/api/invitations/:id/acknowledge', acknowledgeBody),
  accept: invitationAnswer('/api/invitations/:id/accept', acceptBody),
  decline: invitationAnswer('/api/invitations/:id/decline', declineBody),
  forward: invitationAnswer('/api/invitations/:id/forward', forwardBody),
};
