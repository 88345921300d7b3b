import {
  closeDeviationBody,
  deviationDetail,
  deviationIdParams,
  deviationListQuery,
  deviationListResponse,
  escalateDeviationBody,
  handleDeviationBody,
  reportDeviationBody,
} from './deviations.js';
import { sipIdParams } from './requests.js';
import { route } from './route.js';

/** Deviations: reported on a SIP, listed for the units that know of them, handled, escalated and closed. */
export const deviationRoutes = {
  report: route({
    method: 'POST',
    path: '/api/sips/:id/deviations',
    params: sipIdParams,
    body: reportDeviationBody,
    responses: { 201: deviationDetail },
  }),
  list: route({
    method: 'GET',
    path: '/api/deviations',
    query: deviationListQuery,
    responses: { 200: deviationListResponse },
  }),
  read: route({
    method: 'GET',
    path: '/api/deviations/:id',
    params: deviationIdParams,
    responses: { 200: deviationDetail },
  }),
  handle: route({
    method: 'POST',
    path: '/api/deviations/:id/handle',
    params: deviationIdParams,
    body: handleDeviationBody,
    responses: { 200: deviationDetail },
  }),
  escalate: route({
    method: 'POST',
    path: '/api/deviations/:id/escalate',
    params: deviationIdParams,
    body: escalateDeviationBody,
    responses: { 200: deviationDetail },
  }),
  close: route({
    method: 'POST',
    path: '/api/deviations/:id/close',
    params: deviationIdParams,
    body: closeDeviationBody,
    responses: { 200: deviationDetail },
  }),
};
