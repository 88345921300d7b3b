import { sipIdParams } from './requests.js';
import {
  childPictureBody,
  childView,
  childViewBody,
  objectionBody,
  personAccessLog,
  personAccessLogQuery,
  personConsent,
  personFeedbackBody,
  personFeedbackLink,
  personFeedbackMeetings,
  personFollowUps,
  personMeetingAnswerBody,
  personPlan,
  personPlanVersion,
  personPreparation,
  personPreparationBody,
  personSipList,
  personSipOverview,
  personVersionParams,
  withdrawConsentBody,
} from './personSide.js';
import { route } from './route.js';

/**
 * The individual's own pages (decision 0035): their SIPs, the next meeting, the plan and its approval, their
 * preparation, the child's voice, the consent, feedback, follow-ups and who opened the plan. The `:id` is the SIP;
 * the side's policy decides each route from the signed-in person's relation to it. The child's picture itself is
 * read as bytes from `GET /api/person/sips/:id/child-view/picture` (see `childView.pictureUrl`), outside this
 * table.
 */
export const personRoutes = {
  sips: route({ method: 'GET', path: '/api/person/sips', responses: { 200: personSipList } }),
  overview: route({
    method: 'GET',
    path: '/api/person/sips/:id',
    params: sipIdParams,
    responses: { 200: personSipOverview },
  }),
  answerMeeting: route({
    method: 'POST',
    path: '/api/person/sips/:id/meeting-answer',
    params: sipIdParams,
    body: personMeetingAnswerBody,
    responses: { 200: personSipOverview },
  }),
  plan: route({
    method: 'GET',
    path: '/api/person/sips/:id/plan',
    params: sipIdParams,
    responses: { 200: personPlan },
  }),
  planVersion: route({
    method: 'GET',
    path: '/api/person/sips/:id/plan/versions/:version',
    params: personVersionParams,
    responses: { 200: personPlanVersion },
  }),
  /** The individual's copy of an established version as a PDF (decision 0037): bytes, so no JSON answer here. */
  planVersionPdf: route({
    method: 'GET',
    path: '/api/person/sips/:id/plan/versions/:version/pdf',
    params: personVersionParams,
  }),
  approveVersion: route({
    method: 'POST',
    path: '/api/person/sips/:id/plan/versions/:version/approve',
    params: personVersionParams,
    responses: { 200: personPlan },
  }),
  objectToVersion: route({
    method: 'POST',
    path: '/api/person/sips/:id/plan/versions/:version/objection',
    params: personVersionParams,
    body: objectionBody,
    responses: { 200: personPlan },
  }),
  preparation: route({
    method: 'GET',
    path: '/api/person/sips/:id/preparation',
    params: sipIdParams,
    responses: { 200: personPreparation },
  }),
  savePreparation: route({
    method: 'PUT',
    path: '/api/person/sips/:id/preparation',
    params: sipIdParams,
    body: personPreparationBody,
    responses: { 200: personPreparation },
  }),
  childView: route({
    method: 'GET',
    path: '/api/person/sips/:id/child-view',
    params: sipIdParams,
    responses: { 200: childView },
  }),
  saveChildView: route({
    method: 'PUT',
    path: '/api/person/sips/:id/child-view',
    params: sipIdParams,
    body: childViewBody,
    responses: { 200: childView },
  }),
  saveChildPicture: route({
    method: 'PUT',
    path: '/api/person/sips/:id/child-view/picture',
    params: sipIdParams,
    body: childPictureBody,
    responses: { 200: childView },
  }),
  removeChildPicture: route({
    method: 'POST',
    path: '/api/person/sips/:id/child-view/picture/remove',
    params: sipIdParams,
    responses: { 200: childView },
  }),
  consent: route({
    method: 'GET',
    path: '/api/person/sips/:id/consent',
    params: sipIdParams,
    responses: { 200: personConsent },
  }),
  withdrawConsent: route({
    method: 'POST',
    path: '/api/person/sips/:id/consent/withdraw',
    params: sipIdParams,
    body: withdrawConsentBody,
    responses: { 200: personConsent },
  }),
  feedbackMeetings: route({
    method: 'GET',
    path: '/api/person/sips/:id/feedback',
    params: sipIdParams,
    responses: { 200: personFeedbackMeetings },
  }),
  feedbackLink: route({
    method: 'POST',
    path: '/api/person/sips/:id/feedback',
    params: sipIdParams,
    body: personFeedbackBody,
    responses: { 201: personFeedbackLink },
  }),
  followUps: route({
    method: 'GET',
    path: '/api/person/sips/:id/follow-ups',
    params: sipIdParams,
    responses: { 200: personFollowUps },
  }),
  accessLog: route({
    method: 'GET',
    path: '/api/person/sips/:id/access-log',
    params: sipIdParams,
    query: personAccessLogQuery,
    responses: { 200: personAccessLog },
  }),
};

/** Where a link downloads the individual's copy of an established version as a PDF. */
export function personPlanPdfAddress(sipId: string, version: number): string {
  return personRoutes.planVersionPdf.path
    .replace(':id', encodeURIComponent(sipId))
    .replace(':version', String(version));
}
