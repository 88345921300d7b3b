import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { dischargeDetail, dischargeIdParams } from '../../../shared/api/discharge.js';
import { dischargeRoutes as routes } from '../../../shared/api/dischargeRoutes.js';
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
    routes.admit.path,
    {
      config: { access: 'actingUser', policy: 'organisation:workWithCases' },
      schema: { tags, body: routes.admit.body, response: routes.admit.responses },
    },
    async (request, reply) => {
      const actor = actingAs(request);
      const id = await registerAdmission(db, actor, request.body);
      return reply.status(201).send(await presentDischarge(db, id, actor, requestLanguage(request)));
    },
  );

  api.get(
    routes.list.path,
    {
      config: { access: 'actingUser', policy: 'unitScoped' },
      schema: { tags, response: routes.list.responses },
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
    routes.read.path,
    {
      config: { access: 'actingUser', policy: 'discharge' },
      schema: { tags, params: routes.read.params, response: routes.read.responses },
    },
    async (request) => presentDischarge(db, request.params.id, actingAs(request), requestLanguage(request)),
  );

  /** Each step answers with the process as the unit now sees it. */
  const step = <Body>(
    route: {
      method: 'POST' | 'PUT';
      path: string;
      params: typeof dischargeIdParams;
      body: z.ZodType<Body>;
      responses: { 200: typeof dischargeDetail };
    },
    run: (actor: ReturnType<typeof actingAs>, id: string, body: Body) => Promise<unknown>,
  ) =>
    api.route({
      method: route.method,
      url: route.path,
      config: { access: 'actingUser', policy: 'discharge' },
      schema: { tags, params: route.params, body: route.body, response: route.responses },
      handler: async (request) => {
        const actor = actingAs(request);
        await run(actor, request.params.id, request.body as Body);
        return presentDischarge(db, request.params.id, actor, requestLanguage(request));
      },
    });

  step(routes.estimate, (actor, id, body) => setEstimatedDischarge(db, actor, id, body));
  step(routes.ready, (actor, id, body) => declareReady(db, actor, id, body));
  step(routes.careContact, (actor, id, body) => assignCareContact(db, actor, id, body));
  step(routes.startSip, (actor, id, body) => startSipFromDischarge(db, actor, id, body));
  step(routes.interrupt, (actor, id, body) => interrupt(db, actor, id, body));
};
