import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { countySettingsBody, countySettingsResponse } from '../../../shared/api/countySettings.js';
import { actingAs } from '../../auth/access.js';
import type { RouteModule } from '../../context.js';
import { presentCountySettings } from '../../settings/presentCountySettings.js';
import { updateCountySettings } from '../../settings/updateCountySettings.js';

const config = { access: 'actingUser', policy: 'organisation:administerCountySettings' } as const;
const tags = ['settings'];

/** The county settings page: deadlines, reminder intervals and the escalation path, for the system administrator. */
export const settingsRoutes: RouteModule = (app, { database: { db } }) => {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get('/api/settings', { config, schema: { tags, response: { 200: countySettingsResponse } } }, () =>
    presentCountySettings(db),
  );

  api.put(
    '/api/settings',
    { config, schema: { tags, body: countySettingsBody, response: { 200: countySettingsResponse } } },
    async (request) => {
      await updateCountySettings(db, actingAs(request), request.body);
      return presentCountySettings(db);
    },
  );
};
