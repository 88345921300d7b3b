import type { z } from 'zod';
import {
  attendanceBody,
  cancelMeetingBody,
  closeBody,
  consentBody,
  createSipBody,
  followUpBody,
  heldMeetingBody,
  inviteMoreBody,
  needSchema,
  preparationBody,
  rescheduleBody,
  revealBody,
  scheduleMeetingBody,
  sipIdParams,
  withdrawConsentBody,
} from './requests.js';
import { personView, sipDetail } from './responses.js';
import { route } from './route.js';
import { sipListPage, sipListQuery } from './sipList.js';

/** A step on a case, answered with the case as the acting unit now sees it. */
export function caseStep<Body extends z.ZodType>(method: 'POST' | 'PUT', path: string, body: Body) {
  return route({ method, path, params: sipIdParams, body, responses: { 200: sipDetail } });
}

/** The case (SIP) from the need to closing: started, listed, read, and taken step by step. */
export const caseRoutes = {
  start: route({ method: 'POST', path: '/api/sips', body: createSipBody, responses: { 201: sipDetail } }),
  list: route({ method: 'GET', path: '/api/sips', query: sipListQuery, responses: { 200: sipListPage } }),
  read: route({ method: 'GET', path: '/api/sips/:id', params: sipIdParams, responses: { 200: sipDetail } }),
  revealPerson: route({
    method: 'POST',
    path: '/api/sips/:id/person/reveal',
    params: sipIdParams,
    body: revealBody,
    responses: { 200: personView },
  }),
  need: caseStep('PUT', '/api/sips/:id/need', needSchema),
  consent: caseStep('POST', '/api/sips/:id/consent', consentBody),
  withdrawConsent: caseStep('POST', '/api/sips/:id/consent/withdraw', withdrawConsentBody),
  preparation: caseStep('PUT', '/api/sips/:id/preparation', preparationBody),
  scheduleMeeting: caseStep('POST', '/api/sips/:id/meetings', scheduleMeetingBody),
  inviteMore: caseStep('POST', '/api/sips/:id/invitations', inviteMoreBody),
  reschedule: caseStep('PUT', '/api/sips/:id/meeting', rescheduleBody),
  cancelMeeting: caseStep('POST', '/api/sips/:id/meeting/cancel', cancelMeetingBody),
  attendance: caseStep('POST', '/api/sips/:id/attendance', attendanceBody),
  heldMeeting: caseStep('POST', '/api/sips/:id/meetings/held', heldMeetingBody),
  followUp: caseStep('POST', '/api/sips/:id/follow-ups', followUpBody),
  close: caseStep('POST', '/api/sips/:id/close', closeBody),
};
