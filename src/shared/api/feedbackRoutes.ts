import {
  feedbackAnswerBody,
  feedbackFormState,
  feedbackLink,
  feedbackResultsQuery,
  feedbackSummaryResponse,
  feedbackTokenParams,
  offerFeedbackBody,
} from './feedback.js';
import { sipIdParams } from './requests.js';
import { route } from './route.js';

/** The individual's feedback: a link offered after the meeting, the form behind it, and the results. */
export const feedbackRoutes = {
  offer: route({
    method: 'POST',
    path: '/api/sips/:id/feedback-links',
    params: sipIdParams,
    body: offerFeedbackBody,
    responses: { 201: feedbackLink },
  }),
  form: route({
    method: 'GET',
    path: '/api/feedback/:token',
    params: feedbackTokenParams,
    responses: { 200: feedbackFormState },
  }),
  answer: route({
    method: 'POST',
    path: '/api/feedback/:token',
    params: feedbackTokenParams,
    body: feedbackAnswerBody,
  }),
  results: route({
    method: 'GET',
    path: '/api/feedback-results',
    query: feedbackResultsQuery,
    responses: { 200: feedbackSummaryResponse },
  }),
};
