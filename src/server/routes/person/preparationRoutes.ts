import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { PersonPreparation } from '../../../shared/api/personSide.js';
import { personRoutes as routes } from '../../../shared/api/personRoutes.js';
import type { RouteModule } from '../../context.js';
import { preparationOf, savePreparation } from '../../data/personSide/preparation.js';
import { runPersonWrite } from '../../sips/personCommand.js';
import { doingOf, ownWordsReader, personRead } from './personRead.js';

const tags = ['person'];

async function preparationAsRead(db: Kysely<DB>, sipId: string): Promise<PersonPreparation> {
  const row = await preparationOf(db, sipId);
  return {
    whatMatters: row?.whatMatters ?? '',
    questions: row?.questions ?? '',
    ownGoals: row?.ownGoals ?? '',
    updatedAt: row?.updatedAt.toISOString() ?? null,
  };
}

/** What matters to me, my questions and my own goals, in my own words before the meeting. */
export const personPreparationRoutes: RouteModule = (app, { database: { db } }) => {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    routes.preparation.path,
    {
      // Read in any phase by those who write it; the policy's `prepare` is the writing, refused once the SIP ends.
      config: { access: 'person', policy: 'person:seeCase' },
      schema: { tags, params: routes.preparation.params, response: routes.preparation.responses },
    },
    (request) =>
      personRead(db, request, 'seeCase', (trx, standing) => {
        ownWordsReader(standing, { childToo: false });
        return preparationAsRead(trx, standing.sipId);
      }),
  );

  api.put(
    routes.savePreparation.path,
    {
      config: { access: 'person', policy: 'person:prepare' },
      schema: {
        tags,
        params: routes.savePreparation.params,
        body: routes.savePreparation.body,
        response: routes.savePreparation.responses,
      },
    },
    (request) => {
      const doing = doingOf(request);
      return runPersonWrite(db, doing, request.params.id, 'prepare', async ({ trx, sip }) => {
        await savePreparation(trx, { sipId: sip.id, ...request.body, updatedBy: doing.person.identityId });
        return preparationAsRead(trx, sip.id);
      });
    },
  );
};
