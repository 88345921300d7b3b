import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { notFound } from '../../../domain/errors.js';
import { diffPlans } from '../../../domain/plan/diff.js';
import {
  approvalBody,
  diffQuery,
  establishPlanBody,
  savePlanBody,
  sipIdParams,
  versionParams,
} from '../../../shared/api/requests.js';
import { planDiffResponse, planVersionView } from '../../../shared/api/responses.js';
import { actingAs } from '../../auth/access.js';
import type { RouteModule } from '../../context.js';
import { logAccess } from '../../audit/logAccess.js';
import { approveVersion, establishPlan, savePlan } from '../../sips/steps/plan.js';
import { registerCaseStep } from '../sips/caseStep.js';

const tags = ['plan'];
const theVersion = { sv: 'Versionen', en: 'The version' };

export const planRoutes: RouteModule = (app, { database: { db } }) => {
  const api = app.withTypeProvider<ZodTypeProvider>();

  registerCaseStep(app, db, {
    method: 'PUT',
    url: '/api/sips/:id/plan',
    action: 'writePlan',
    tags,
    params: sipIdParams,
    body: savePlanBody,
    run: (trx, actor, params, body) => savePlan(trx, actor, params.id, body),
  });

  registerCaseStep(app, db, {
    method: 'POST',
    url: '/api/sips/:id/plan/establish',
    action: 'establishPlan',
    tags,
    params: sipIdParams,
    body: establishPlanBody,
    run: (trx, actor, params, body) => establishPlan(trx, actor, params.id, body.baseRevision),
  });

  const loadVersion = async (sipId: string, version: number) => {
    const row = await db
      .selectFrom('planVersions')
      .selectAll()
      .where('sipId', '=', sipId)
      .where('version', '=', version)
      .executeTakeFirst();
    if (!row) throw notFound(theVersion);
    return row;
  };

  api.get(
    '/api/sips/:id/plan/versions/:version',
    {
      config: { access: 'actingUser', policy: 'case:readPlan' },
      schema: { tags, params: versionParams, response: { 200: planVersionView } },
    },
    async (request) => {
      const actor = actingAs(request);
      const row = await loadVersion(request.params.id, request.params.version);
      // Logged before the answer leaves: no plan is read without its entry in the access log.
      await logAccess(db, actor, 'read_plan_version', { sipId: request.params.id });
      const people = await db
        .selectFrom('users')
        .select('displayName')
        .where('id', '=', row.authorId)
        .executeTakeFirstOrThrow();
      const unit = await db
        .selectFrom('units')
        .select('name')
        .where('id', '=', row.authorUnitId)
        .executeTakeFirstOrThrow();
      return {
        version: row.version,
        reason: row.reason,
        authorName: people.displayName,
        authorUnitName: unit.name,
        createdAt: row.createdAt.toISOString(),
        approvedAt: row.approvedAt?.toISOString() ?? null,
        approvalMethod: row.approvalMethod,
        approvalNote: row.approvalNote,
        content: row.content,
      };
    },
  );

  api.get(
    '/api/sips/:id/plan/diff',
    {
      config: { access: 'actingUser', policy: 'case:readPlan' },
      schema: { tags, params: sipIdParams, querystring: diffQuery, response: { 200: planDiffResponse } },
    },
    async (request) => {
      const actor = actingAs(request);
      await logAccess(db, actor, 'read_plan_versions', { sipId: request.params.id });
      const [from, to] = await Promise.all([
        loadVersion(request.params.id, request.query.from),
        loadVersion(request.params.id, request.query.to),
      ]);
      return { from: from.version, to: to.version, changes: diffPlans(from.content, to.content) };
    },
  );

  registerCaseStep(app, db, {
    method: 'POST',
    url: '/api/sips/:id/plan/versions/:version/approval',
    action: 'approvePlan',
    tags,
    params: versionParams,
    body: approvalBody,
    run: (trx, actor, params, body) => approveVersion(trx, actor, params.id, params.version, body),
  });
};
