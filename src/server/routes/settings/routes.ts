import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { settingsRoutes as routes } from '../../../shared/api/settingsRoutes.js';
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

  api.get(routes.read.path, { config, schema: { tags, response: routes.read.responses } }, () =>
    presentCountySettings(db, mail),
  );

  api.put(
    routes.save.path,
    { config, schema: { tags, body: routes.save.body, response: routes.save.responses } },
    async (request) => {
      await updateCountySettings(db, actingAs(request), request.body);
      return presentCountySettings(db, mail);
    },
  );

  api.post(
    routes.testMail.path,
    { config, schema: { tags, body: routes.testMail.body, response: routes.testMail.responses } },
    (request) => sendTestMail(mail, request.body.to),
  );
};
