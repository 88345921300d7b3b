import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { personRoutes as routes } from '../../../shared/api/personRoutes.js';
import { accessToPerson } from '../../audit/personAccessView.js';
import type { RouteModule } from '../../context.js';
import { signedInPerson } from '../../eId/personAccess.js';
import { logNamesStaff } from '../../data/personSide/settings.js';
import { personRead } from './personRead.js';

const tags = ['person'];

/**
 * Who opened or changed something about me: every access-log entry about the person the SIP is for by anyone but
 * the one looking (staff, guests, the other guardian), with the staff member's name only where the county lets
 * (county_settings.person_log_names_staff).
 */
export const personAccessLogRoutes: RouteModule = (app, { database: { db } }) => {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    routes.accessLog.path,
    {
      config: { access: 'person', policy: 'person:readAccessLog' },
      schema: {
        tags,
        params: routes.accessLog.params,
        querystring: routes.accessLog.query,
        response: routes.accessLog.responses,
      },
    },
    (request) =>
      personRead(db, request, 'readAccessLog', async (trx, standing) => {
        const entries = await accessToPerson(trx, {
          personId: standing.personId,
          limit: request.query.limit,
          namesStaff: await logNamesStaff(trx),
          exceptIdentityId: signedInPerson(request).identityId,
        });
        return {
          entries: entries.map((entry) => ({
            at: entry.occurredAt.toISOString(),
            action: entry.action,
            who: entry.who,
          })),
        };
      }),
  );
};
