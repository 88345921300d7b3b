import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { addDays, format } from 'date-fns';
import { stockholmDate } from '../../../domain/time/stockholm.js';
import { startResponse } from '../../../shared/api/responses.js';
import { actingAs } from '../../auth/access.js';
import type { RouteModule } from '../../context.js';
import { requestLanguage } from '../../language.js';
import { listInbox } from '../../presenters/inbox.js';
import { listSipsForUnit } from '../../presenters/sipList.js';

/** Follow-ups this many days ahead are shown as coming up, so they can be booked in time. */
const FOLLOW_UP_HORIZON_DAYS = 14;

/** Everything a user needs when they open Samplan for their unit: what to answer, what runs, what is due. */
export const startRoutes: RouteModule = (app, { database: { db } }) => {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/start',
    {
      config: { access: 'actingUser', policy: 'unitScoped' },
      schema: { tags: ['start'], response: { 200: startResponse } },
    },
    async (request) => {
      const actor = actingAs(request);
      const today = stockholmDate();
      const horizon = format(addDays(new Date(`${today}T12:00:00`), FOLLOW_UP_HORIZON_DAYS), 'yyyy-MM-dd');
      const [inbox, sips] = await Promise.all([
        listInbox(db, actor),
        listSipsForUnit(db, actor, requestLanguage(request)),
      ]);
      const followUpsDue = sips
        .filter(
          (sip) =>
            sip.phase === 'plan_established' &&
            sip.nextDateKind === 'follow_up' &&
            sip.nextDate !== null &&
            sip.nextDate <= horizon,
        )
        .map((sip) => ({
          sipId: sip.id,
          caseNumber: sip.caseNumber,
          personName: sip.personName,
          followUpOn: sip.nextDate!,
          overdue: sip.nextDate! < today,
        }))
        .sort((a, b) => a.followUpOn.localeCompare(b.followUpOn));
      return { inbox, sips, followUpsDue };
    },
  );
};
