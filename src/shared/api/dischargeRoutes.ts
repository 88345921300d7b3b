import type { z } from 'zod';
import {
  admissionNoticeBody,
  careContactBody,
  dischargeDetail,
  dischargeIdParams,
  dischargeList,
  estimatedDischargeBody,
  interruptionBody,
  readyForDischargeBody,
  startSipFromDischargeBody,
} from './discharge.js';
import { route } from './route.js';

/** A discharge process's step, answered with the process as the unit now sees it. */
function step<Body extends z.ZodType>(method: 'POST' | 'PUT', path: string, body: Body) {
  return route({ method, path, params: dischargeIdParams, body, responses: { 200: dischargeDetail } });
}

/** Discharge from inpatient care: the ward registers the admission, and the process goes step by step. */
export const dischargeRoutes = {
  admit: route({
    method: 'POST',
    path: '/api/discharges',
    body: admissionNoticeBody,
    responses: { 201: dischargeDetail },
  }),
  list: route({ method: 'GET', path: '/api/discharges', responses: { 200: dischargeList } }),
  read: route({
    method: 'GET',
    path: '/api/discharges/:id',
    params: dischargeIdParams,
    responses: { 200: dischargeDetail },
  }),
  estimate: step('PUT', '/api/discharges/:id/estimated-discharge', estimatedDischargeBody),
  ready: step('POST', '/api/discharges/:id/ready', readyForDischargeBody),
  careContact: step('POST', '/api/discharges/:id/care-contact', careContactBody),
  startSip: step('POST', '/api/discharges/:id/sip', startSipFromDischargeBody),
  interrupt: step('POST', '/api/discharges/:id/interrupt', interruptionBody),
};
