import { inTransaction } from '../../../db/transaction.js';
import type { FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import {
  closeDeviationBody,
  deviationDetail,
  deviationIdParams,
  deviationListQuery,
  deviationListResponse,
  escalateDeviationBody,
  handleDeviationBody,
  reportDeviationBody,
} from '../../../shared/api/deviations.js';
import { sipIdParams } from '../../../shared/api/requests.js';
import { logAccess } from '../../audit/logAccess.js';
import { actingAs } from '../../auth/access.js';
import type { RouteModule } from '../../context.js';
import { accessSubjectOf } from '../../deviations/accessSubject.js';
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
      await logAccess(trx, actor, 'read_deviation', await accessSubjectOf(trx, deviation));
      return detail;
    });

  api.post(
    '/api/sips/:id/deviations',
    {
      config: { access: 'actingUser', policy: 'case:reportDeviation' },
      schema: { tags, params: sipIdParams, body: reportDeviationBody, response: { 201: deviationDetail } },
    },
    async (request, reply) => {
      const id = await reportDeviation(db, actingAs(request), request.params.id, request.body);
      return reply.status(201).send(await readDeviation(request, id));
    },
  );

  api.get(
    '/api/deviations',
    {
      config: { access: 'actingUser', policy: 'unitScoped' },
      schema: { tags, querystring: deviationListQuery, response: { 200: deviationListResponse } },
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
    '/api/deviations/:id',
    {
      config: { access: 'actingUser', policy: 'deviation' },
      schema: { tags, params: deviationIdParams, response: { 200: deviationDetail } },
    },
    (request) => readDeviation(request, request.params.id),
  );

  const step = <Body>(
    action: DeviationStep['action'],
    body: z.ZodType<Body>,
    toStep: (body: Body) => DeviationStep,
  ) =>
    api.route({
      method: 'POST',
      url: `/api/deviations/:id/${action}`,
      config: { access: 'actingUser', policy: 'deviation' },
      schema: { tags, params: deviationIdParams, body, response: { 200: deviationDetail } },
      handler: async (request) => {
        const { id } = request.params;
        await changeDeviationStatus(db, actingAs(request), id, toStep(request.body as Body));
        return readDeviation(request, id);
      },
    });

  step('handle', handleDeviationBody, (body) => ({ action: 'handle', note: body.note }));
  step('escalate', escalateDeviationBody, (body) => ({ action: 'escalate', note: body.note }));
  step('close', closeDeviationBody, (body) => ({ action: 'close', resolution: body.resolution }));
};
