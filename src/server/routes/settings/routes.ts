import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  countySettingsBody,
  countySettingsResponse,
  testMailBody,
  testMailResponse,
} from '../../../shared/api/countySettings.js';
import { actingAs } from '../../auth/access.js';
import type { RouteModule } from '../../context.js';
import { presentCountySettings } from '../../settings/presentCountySettings.js';
import { sendTestMail } from '../../settings/testMail.js';
import { updateCountySettings } from '../../settings/updateCountySettings.js';

const config = { access: 'actingUser', policy: 'organisation:administerCountySettings' } as const;
const tags = ['settings'];

/**
 * The county settings page for the system administrator: deadlines, reminder intervals and the escalation path,
 * and a test mail through the configured mail server.
 */
export const settingsRoutes: RouteModule = (app, { database: { db }, config: mail }) => {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get('/api/settings', { config, schema: { tags, response: { 200: countySettingsResponse } } }, () =>
    presentCountySettings(db, mail),
  );

  api.put(
    '/api/settings',
    { config, schema: { tags, body: countySettingsBody, response: { 200: countySettingsResponse } } },
    async (request) => {
      await updateCountySettings(db, actingAs(request), request.body);
      return presentCountySettings(db, mail);
    },
  );

  api.post(
    '/api/settings/test-mail',
    { config, schema: { tags, body: testMailBody, response: { 200: testMailResponse } } },
    (request) => sendTestMail(mail, request.body.to),
  );
};
