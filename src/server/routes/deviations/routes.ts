import { inTransaction } from '../../../db/transaction.js';
import type { FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { deviationDetail, deviationIdParams } from '../../../shared/api/deviations.js';
import { deviationRoutes as routes } from '../../../shared/api/deviationRoutes.js';
import { logAccess } from '../../audit/logAccess.js';
import { actingAs } from '../../auth/access.js';
import type { RouteModule } from '../../context.js';
import { accessSubjectOfDeviation } from '../../data/deviations.js';
import { changeDeviationStatus, type DeviationStep } from '../../deviations/changeStatus.js';
import { reportDeviation } from '../../deviations/report.js';
import { deviationKnownTo } from '../../deviations/visibility.js';
import { requestLanguage } from '../../language.js';
import { listDeviations, presentDeviation } from '../../presenters/deviation.js';

const tags = ['deviation'];

/**
 * Deviations: reported on a SIP by a unit taking part in it, or raised by Samplan (also about a discharge
 * process), listed for the units that know of them, and handled, escalated and closed by the unit they are
 * routed to. Each answer is the deviation as the caller now sees it.
 */
export const deviationRoutes: RouteModule = (app, { database: { db } }) => {
  const api = app.withTypeProvider<ZodTypeProvider>();

  /** Reads the deviation and logs the read in one transaction, so the entry exists exactly when it was seen. */
  const readDeviation = (request: FastifyRequest, id: string) =>
    inTransaction(db, async (trx) => {
      const actor = actingAs(request);
      const deviation = await deviationKnownTo(trx, actor, id);
      const detail = await presentDeviation(trx, actor, deviation, requestLanguage(request));
      await logAccess(trx, actor, 'read_deviation', await accessSubjectOfDeviation(trx, deviation));
      return detail;
    });

  api.post(
    routes.report.path,
    {
      config: { access: 'actingUser', policy: 'case:reportDeviation' },
      schema: {
        tags,
        params: routes.report.params,
        body: routes.report.body,
        response: routes.report.responses,
      },
    },
    async (request, reply) => {
      const id = await reportDeviation(db, actingAs(request), request.params.id, request.body);
      return reply.status(201).send(await readDeviation(request, id));
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
      return inTransaction(db, async (trx) => {
        const deviations = await listDeviations(trx, actor, request.query.filter, requestLanguage(request));
        if (deviations.length > 0) await logAccess(trx, actor, 'list_deviations');
        return { deviations };
      });
    },
  );

  api.get(
    routes.read.path,
    {
      config: { access: 'actingUser', policy: 'deviation' },
      schema: { tags, params: routes.read.params, response: routes.read.responses },
    },
    (request) => readDeviation(request, request.params.id),
  );

  const step = <Body>(
    route: {
      method: 'POST';
      path: string;
      params: typeof deviationIdParams;
      body: z.ZodType<Body>;
      responses: { 200: typeof deviationDetail };
    },
    toStep: (body: Body) => DeviationStep,
  ) =>
    api.route({
      method: route.method,
      url: route.path,
      config: { access: 'actingUser', policy: 'deviation' },
      schema: { tags, params: route.params, body: route.body, response: route.responses },
      handler: async (request) => {
        const { id } = request.params;
        await changeDeviationStatus(db, actingAs(request), id, toStep(request.body as Body));
        return readDeviation(request, id);
      },
    });

  step(routes.handle, (body) => ({ action: 'handle', note: body.note }));
  step(routes.escalate, (body) => ({ action: 'escalate', note: body.note }));
  step(routes.close, (body) => ({ action: 'close', resolution: body.resolution }));
};
