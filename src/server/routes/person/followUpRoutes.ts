import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { PersonFollowUps } from '../../../shared/api/personSide.js';
import { personRoutes as routes } from '../../../shared/api/personRoutes.js';
import type { RouteModule } from '../../context.js';
import { followUpsWithPlans, nextFollowUpOf } from '../../data/personSide/followUps.js';
import { personRead } from './personRead.js';

const tags = ['person'];

/** How the plan has gone so far: each follow-up, with the goals and efforts by their words, not their keys. */
export const personFollowUpRoutes: RouteModule = (app, { database: { db } }) => {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    routes.followUps.path,
    {
      config: { access: 'person', policy: 'person:readFollowUps' },
      schema: { tags, params: routes.followUps.params, response: routes.followUps.responses },
    },
    (request) =>
      personRead(db, request, 'readFollowUps', async (trx, standing): Promise<PersonFollowUps> => {
        const rows = await followUpsWithPlans(trx, standing.sipId);
        return {
          followUps: rows.map((row) => {
            const words = new Map<string, string>([
              ...row.content.goals.map((goal): [string, string] => [`goal:${goal.key}`, goal.text]),
              ...row.content.efforts.map((effort): [string, string] => [
                `effort:${effort.key}`,
                effort.description,
              ]),
            ]);
            return {
              heldOn: row.heldOn,
              planVersion: row.planVersion,
              items: row.items.map((item) => ({
                kind: item.kind,
                text: words.get(`${item.kind}:${item.key}`) ?? '',
                outcome: item.outcome,
                note: item.note,
              })),
              notes: row.notes,
              nextDate: row.nextDate,
            };
          }),
          nextFollowUpOn: await nextFollowUpOf(trx, standing.sipId),
        };
      }),
  );
};
