import {
  countySettingsBody,
  countySettingsResponse,
  testMailBody,
  testMailResponse,
} from './countySettings.js';
import { route } from './route.js';

/** The county's settings, and a test mail to check the mail server they name. */
export const settingsRoutes = {
  read: route({ method: 'GET', path: '/api/settings', responses: { 200: countySettingsResponse } }),
  save: route({
    method: 'PUT',
    path: '/api/settings',
    body: countySettingsBody,
    responses: { 200: countySettingsResponse },
  }),
  testMail: route({
    method: 'POST',
    path: '/api/settings/test-mail',
    body: testMailBody,
    responses: { 200: testMailResponse },
  }),
};
