import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { inTransaction } from '../../../db/transaction.js';
import { decidePersonAction } from '../../../domain/access/personPolicy.js';
import { stockholmDate } from '../../../domain/time/stockholm.js';
import { unprocessable } from '../../../domain/errors.js';
import { personRoutes as routes } from '../../../shared/api/personRoutes.js';
import { bothLanguages } from '../../../shared/words/bothLanguages.js';
import { personRefusalsEn } from '../../../shared/words/personRefusals.en.js';
import { personRefusalsSv } from '../../../shared/words/personRefusals.sv.js';
import { logPersonAccess } from '../../audit/logPersonAccess.js';
import type { RouteModule } from '../../context.js';
import { meetingToAnswer, saveMeetingAnswer } from '../../data/personSide/meetingAnswers.js';
import { personStandings } from '../../data/personRelations.js';
import { signedInPerson } from '../../eId/personAccess.js';
import { runPersonWrite } from '../../sips/personCommand.js';
import { sipOverview, sipSummaries } from './caseOverview.js';
import { doingOf, personRead } from './personRead.js';

const words = { sv: personRefusalsSv, en: personRefusalsEn };
const tags = ['person'];

/** "Mina SIP:ar", one SIP's overview, and answering its next meeting. */
export const personCaseRoutes: RouteModule = (app, { database: { db } }) => {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    routes.sips.path,
    {
      config: { access: 'person', policy: 'personSelf' },
      schema: { tags, response: routes.sips.responses },
    },
    async (request) => {
      const person = signedInPerson(request);
      return inTransaction(db, async (trx) => {
        // A relation is not yet a right to see the case: a guest without a consent in force sees nothing of it.
        const standings = (await personStandings(trx, person, { today: stockholmDate() })).filter(
          (standing) => decidePersonAction('seeCase', standing).allowed,
        );
        const sips = await sipSummaries(trx, standings);
        // Each case listed is its person's data shown: logged per case, as its overview is.
        for (const standing of standings) {
          await logPersonAccess(
            trx,
            { identityId: person.identityId, relation: standing.relation, clientAddress: request.ip },
            'person:seeCase',
            { sipId: standing.sipId, personId: standing.personId },
          );
        }
        return { sips };
      });
    },
  );

  api.get(
    routes.overview.path,
    {
      config: { access: 'person', policy: 'person:seeCase' },
      schema: { tags, params: routes.overview.params, response: routes.overview.responses },
    },
    (request) =>
      personRead(db, request, 'seeCase', (trx, standing) =>
        sipOverview(trx, standing, signedInPerson(request).identityId),
      ),
  );

  api.post(
    routes.answerMeeting.path,
    {
      config: { access: 'person', policy: 'person:answerMeeting' },
      schema: {
        tags,
        params: routes.answerMeeting.params,
        body: routes.answerMeeting.body,
        response: routes.answerMeeting.responses,
      },
    },
    (request) => {
      const doing = doingOf(request);
      const { meetingId, answer, wish } = request.body;
      return runPersonWrite(db, doing, request.params.id, 'answerMeeting', async ({ trx, sip, standing }) => {
        if (!(await meetingToAnswer(trx, sip.id, meetingId))) {
          throw unprocessable(
            'meeting_not_to_answer',
            bothLanguages(words, (said) => said.meetingNotToAnswer),
            { field: 'meetingId' },
          );
        }
        await saveMeetingAnswer(trx, {
          meetingId,
          identityId: doing.person.identityId,
          answer,
          // A wish for another time means nothing to someone who is coming.
          wish: answer === 'another_time' ? wish : '',
        });
        return sipOverview(trx, standing, doing.person.identityId);
      });
    },
  );
};
