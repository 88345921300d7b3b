import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { notificationRoutes as table } from '../../../shared/api/notificationRoutes.js';
import { logAccess } from '../../audit/logAccess.js';
import { inTransaction } from '../../../db/transaction.js';
import { actingAs } from '../../auth/access.js';
import type { RouteModule } from '../../context.js';
import { chooseNoticeKinds } from '../../data/notices.js';
import { readOutbox } from '../../notifications/outbox.js';
import { readPreferences } from '../../notifications/preferences.js';
import { unitNotices } from '../../notifications/unitNotices.js';

/** Users' own choice of notices by e-mail, and the outbox administrators read. */
export const notificationRoutes: RouteModule = (app, { database: { db } }) => {
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.get(
    table.preferences.path,
    {
      config: { access: 'user', policy: 'self' },
      schema: { tags: ['notifications'], response: table.preferences.responses },
    },
    async (request) => readPreferences(db, request.user!.id),
  );

  routes.put(
    table.savePreferences.path,
    {
      config: { access: 'user', policy: 'self' },
      schema: {
        tags: ['notifications'],
        body: table.savePreferences.body,
        response: table.savePreferences.responses,
      },
    },
    async (request) => {
      const userId = request.user!.id;
      await chooseNoticeKinds(db, userId, request.body.preferences);
      return readPreferences(db, userId);
    },
  );

  routes.get(
    table.notices.path,
    {
      config: { access: 'actingUser', policy: 'unitScoped' },
      schema: { tags: ['notifications'], response: table.notices.responses },
    },
    async (request) => {
      const actor = actingAs(request);
      // The notices name cases (by number, never by person); listing them is logged like any case list.
      return inTransaction(db, async (trx) => {
        const notices = await unitNotices(trx, actor);
        if (notices.length > 0) await logAccess(trx, actor, 'list_notices');
        return { notices };
      });
    },
  );

  routes.get(
    table.outbox.path,
    {
      config: { access: 'actingUser', policy: 'organisation:readOutbox' },
      schema: { tags: ['notifications'], querystring: table.outbox.query, response: table.outbox.responses },
    },
    async (request) => {
      const reader = actingAs(request);
      // Recipients' addresses are staff's personal data: reading them is logged like any other access.
      return inTransaction(db, async (trx) => {
        const page = await readOutbox(trx, reader, request.query);
        await logAccess(trx, reader, 'read_outbox');
        return page;
      });
    },
  );
};
