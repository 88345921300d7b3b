import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { startRoutes as routes } from '../../../shared/api/startRoutes.js';
import { sipListQuery } from '../../../shared/api/sipList.js';
import { actingAs } from '../../auth/access.js';
import { logAccess } from '../../audit/logAccess.js';
import { inTransaction } from '../../../db/transaction.js';
import type { RouteModule } from '../../context.js';
import { requestLanguage } from '../../language.js';
import { listFollowUpsDue } from '../../presenters/followUpsDue.js';
import { listInbox } from '../../presenters/inbox.js';
import { readSipList } from '../../presenters/sipList.js';

/** The list's first page as the start page shows it: no filter, the standard page size. */
const firstPage = sipListQuery.parse({});

/** Everything a user needs when they open Samplan for their unit: what to answer, what runs, what is due. */
export const startRoutes: RouteModule = (app, { database: { db } }) => {
  app.withTypeProvider<ZodTypeProvider>().get(
    routes.start.path,
    {
      config: { access: 'actingUser', policy: 'unitScoped' },
      schema: { tags: ['start'], response: routes.start.responses },
    },
    async (request) => {
      const actor = actingAs(request);
      const language = requestLanguage(request);
      // The cases and the follow-ups show names: together one access, logged with the reads it records.
      return inTransaction(db, async (trx) => {
        const inbox = await listInbox(trx, actor);
        const sips = await readSipList(trx, actor, firstPage, language);
        const followUpsDue = await listFollowUpsDue(trx, actor, language);
        if (sips.items.length > 0 || followUpsDue.items.length > 0) await logAccess(trx, actor, 'list_cases');
        return { inbox, sips, followUpsDue };
      });
    },
  );
};
