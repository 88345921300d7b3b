import {
  accessLogChoices,
  accessLogChoicesBody,
  accessLogPersonResponse,
  accessLogQuery,
  accessLogResponse,
  accessLogScope,
} from './accessLog.js';
import { personLookupBody } from './requests.js';
import { route } from './route.js';

/** The access log's review: the entries a reviewer may see, whose they are, and the look-ups that fill the filters. */
export const accessLogRoutes = {
  review: route({
    method: 'GET',
    path: '/api/access-log',
    query: accessLogQuery,
    responses: { 200: accessLogResponse },
  }),
  scope: route({ method: 'GET', path: '/api/access-log/scope', responses: { 200: accessLogScope } }),
  choices: route({
    method: 'POST',
    path: '/api/access-log/choices',
    body: accessLogChoicesBody,
    responses: { 200: accessLogChoices },
  }),
  person: route({
    method: 'POST',
    path: '/api/access-log/person',
    body: personLookupBody,
    responses: { 200: accessLogPersonResponse },
  }),
};
