import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import {
  admissionNoticeBody,
  careContactBody,
  dischargeDetail,
  dischargeIdParams,
  dischargeList,
  estimatedDischargeBody,
  interruptionBody,
  readyForDischargeBody,
  startSipFromDischargeBody,
} from '../../../shared/api/discharge.js';
import { actingAs } from '../../auth/access.js';
import type { RouteModule } from '../../context.js';
import { isInpatientUnit, registerAdmission } from '../../discharge/registerAdmission.js';
import { startSipFromDischarge } from '../../discharge/startSip.js';
import { assignCareContact, declareReady, interrupt, setEstimatedDischarge } from '../../discharge/steps.js';
import { requestLanguage } from '../../language.js';
import { listDischarges, presentDischarge } from '../../presenters/dischargeProcess.js';

const tags = ['discharge'];

/** Discharge from inpatient care (lag 2017:612): the ward, the municipality and primary care on one process. */
export const dischargeRoutes: RouteModule = (app, { database: { db } }) => {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.post(
    '/api/discharges',
    {
      config: { access: 'actingUser', policy: 'organisation:workWithCases' },
      schema: { tags, body: admissionNoticeBody, response: { 201: dischargeDetail } },
    },
    async (request, reply) => {
      const actor = actingAs(request);
      const id = await registerAdmission(db, actor, request.body);
      return reply.status(201).send(await presentDischarge(db, id, actor, requestLanguage(request)));
    },
  );

  api.get(
    '/api/discharges',
    {
      config: { access: 'actingUser', policy: 'unitScoped' },
      schema: { tags, response: { 200: dischargeList } },
    },
    async (request) => {
      const actor = actingAs(request);
      const [processes, mayRegisterAdmission] = await Promise.all([
        listDischarges(db, actor, requestLanguage(request)),
        isInpatientUnit(db, actor),
      ]);
      return { mayRegisterAdmission, processes };
    },
  );

  api.get(
    '/api/discharges/:id',
    {
      config: { access: 'actingUser', policy: 'discharge' },
      schema: { tags, params: dischargeIdParams, response: { 200: dischargeDetail } },
    },
    async (request) => presentDischarge(db, request.params.id, actingAs(request), requestLanguage(request)),
  );

  /** Each step answers with the process as the unit now sees it. */
  const step = <Body>(
    method: 'POST' | 'PUT',
    url: string,
    body: z.ZodType<Body>,
    run: (actor: ReturnType<typeof actingAs>, id: string, body: Body) => Promise<unknown>,
  ) =>
    api.route({
      method,
      url,
      config: { access: 'actingUser', policy: 'discharge' },
      schema: { tags, params: dischargeIdParams, body, response: { 200: dischargeDetail } },
      handler: async (request) => {
        const actor = actingAs(request);
        await run(actor, request.params.id, request.body as Body);
        return presentDischarge(db, request.params.id, actor, requestLanguage(request));
      },
    });

  step('PUT', '/api/discharges/:id/estimated-discharge', estimatedDischargeBody, (actor, id, body) =>
    setEstimatedDischarge(db, actor, id, body),
  );
  step('POST', '/api/discharges/:id/ready', readyForDischargeBody, (actor, id, body) =>
    declareReady(db, actor, id, body),
  );
  step('POST', '/api/discharges/:id/care-contact', careContactBody, (actor, id, body) =>
    assignCareContact(db, actor, id, body),
  );
  step('POST', '/api/discharges/:id/sip', startSipFromDischargeBody, (actor, id, body) =>
    startSipFromDischarge(db, actor, id, body),
  );
  step('POST', '/api/discharges/:id/interrupt', interruptionBody, (actor, id, body) =>
    interrupt(db, actor, id, body),
  );
};
