import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actingAs } from '../../auth/access.js';
import type { RouteModule } from '../../context.js';
import { presentSip } from '../../presenters/sipDetail.js';
import { presentPerson } from '../../presenters/person.js';
import { logAccess } from '../../audit/logAccess.js';
import { inTransaction } from '../../../db/transaction.js';
import { requestLanguage } from '../../language.js';
import { readSipList } from '../../presenters/sipList.js';
import { createSip } from '../../sips/createSip.js';
import { personOfCase } from '../../data/persons.js';
import { caseRoutes as routes } from '../../../shared/api/caseRoutes.js';

const tags = ['sip'];

export const sipRoutes: RouteModule = (app, { database: { db } }) => {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.post(
    routes.start.path,
    {
      config: { access: 'actingUser', policy: 'organisation:workWithCases' },
      schema: { tags, body: routes.start.body, response: routes.start.responses },
    },
    async (request, reply) => {
      const actor = actingAs(request);
      const sipId = await createSip(db, actor, request.body);
      return reply.status(201).send(await presentSip(db, sipId, actor));
    },
  );

  api.get(
    routes.list.path,
    {
      config: { access: 'actingUser', policy: 'unitScoped' },
      schema: { tags, querystring: routes.list.query, response: routes.list.responses },
    },
    async (request) => {
      const actor = actingAs(request);
      // A page shows names: it is logged as one access by the acting user, with the read it records.
      return inTransaction(db, async (trx) => {
        const page = await readSipList(trx, actor, request.query, requestLanguage(request));
        if (page.items.length > 0) await logAccess(trx, actor, 'list_cases');
        return page;
      });
    },
  );

  api.post(
    routes.revealPerson.path,
    {
      config: { access: 'actingUser', policy: 'case:revealProtectedIdentity' },
      schema: {
        tags,
        params: routes.revealPerson.params,
        body: routes.revealPerson.body,
        response: routes.revealPerson.responses,
      },
    },
    async (request) => {
      const actor = actingAs(request);
      const person = await personOfCase(db, request.params.id);
      await logAccess(db, actor, 'reveal_identity', {
        sipId: request.params.id,
        personId: person.id,
        reason: request.body.reason,
      });
      return presentPerson(person, true);
    },
  );

  api.get(
    routes.read.path,
    {
      config: { access: 'actingUser', policy: 'case:readCase' },
      schema: { tags, params: routes.read.params, response: routes.read.responses },
    },
    // A read writes nothing: the policy's decision is the presenter's, and a moved meeting is marked as seen
    // only when the unit says so (POST /api/invitations/:id/seen).
    async (request) => presentSip(db, request.params.id, actingAs(request), request.caseSubject ?? undefined),
  );
};
