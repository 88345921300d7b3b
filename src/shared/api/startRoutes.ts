import { personLookupBody, populationRegisterBody } from './requests.js';
import {
  organisationsResponse,
  personLookupResponse,
  populationRegisterResponse,
  startResponse,
} from './responses.js';
import { route } from './route.js';

/**
 * What a unit starts from: its start page, the directory of organisations and units, and the persons a new SIP
 * is about. An identity number is always sent in a body, never in an address that logs and histories keep.
 */
export const startRoutes = {
  start: route({ method: 'GET', path: '/api/start', responses: { 200: startResponse } }),
  organisations: route({
    method: 'GET',
    path: '/api/organisations',
    responses: { 200: organisationsResponse },
  }),
  lookUpPerson: route({
    method: 'POST',
    path: '/api/persons/lookup',
    body: personLookupBody,
    responses: { 200: personLookupResponse },
  }),
  askPopulationRegister: route({
    method: 'POST',
    path: '/api/persons/population-register',
    body: populationRegisterBody,
    responses: { 200: populationRegisterResponse },
  }),
};
