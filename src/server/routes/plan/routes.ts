import type { AccessAction } from '../../../shared/api/accessActions.js';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { notFound, thing } from '../../../domain/errors.js';
import { diffPlans } from '../../../domain/plan/diff.js';
import { planRoutes as routes } from '../../../shared/api/planRoutes.js';
import { templateReferenceOf } from '../../templates/templateReference.js';
import { planVersionPdf } from '../../export/planVersionPdf.js';
import { copyAskedFor, refuseDraft } from '../../export/planPdfCopy.js';
import { pdfAnswer, sendPlanPdf } from '../../export/sendPlanPdf.js';
import { planVersionsWithAuthors } from '../../data/plans.js';
import { inTransaction } from '../../../db/transaction.js';
import { actingAs } from '../../auth/access.js';
import type { RouteModule } from '../../context.js';
import { logAccess } from '../../audit/logAccess.js';
import type { Actor } from '../../sips/actor.js';
import { approveVersion, establishPlan, savePlan } from '../../sips/steps/plan.js';
import { registerCaseStep } from '../sips/caseStep.js';

const tags = ['plan'];
const theVersion = thing('version');

export const planRoutes: RouteModule = (app, { database: { db } }) => {
  const api = app.withTypeProvider<ZodTypeProvider>();

  registerCaseStep(app, db, {
    method: routes.save.method,
    url: routes.save.path,
    action: 'writePlan',
    tags,
    params: routes.save.params,
    body: routes.save.body,
    run: (trx, actor, params, body) => savePlan(trx, actor, params.id, body),
  });

  registerCaseStep(app, db, {
    method: routes.establish.method,
    url: routes.establish.path,
    action: 'establishPlan',
    tags,
    params: routes.establish.params,
    body: routes.establish.body,
    run: (trx, actor, params, body) => establishPlan(trx, actor, params.id, body.baseRevision),
  });

  /**
   * Reads plan versions of a case and logs the read in the same transaction: once they are found, with the person
   * they concern; a version that does not exist as a failed look-up, without a person. The 404 is given after the
   * transaction, so its log entry stays.
   */
  const readVersions = async (
    actor: Actor,
    sipId: string,
    versions: number[],
    action: Extract<AccessAction, 'read_plan_version' | 'read_plan_versions'>,
  ) => {
    const rows = await inTransaction(db, async (trx) => {
      const found = await planVersionsWithAuthors(trx, sipId, versions);
      const complete = new Set(found.map((row) => row.version)).size === new Set(versions).size;
      await logAccess(
        trx,
        actor,
        complete ? action : 'look_up_plan_version',
        complete ? { sipId, personId: found[0]!.personId } : { sipId },
      );
      return complete ? found : null;
    });
    if (!rows) throw notFound(theVersion);
    return (version: number) => rows.find((row) => row.version === version)!;
  };

  api.get(
    routes.version.path,
    {
      config: { access: 'actingUser', policy: 'case:readPlan' },
      schema: { tags, params: routes.version.params, response: routes.version.responses },
    },
    async (request) => {
      const { id, version } = request.params;
      const row = (await readVersions(actingAs(request), id, [version], 'read_plan_version'))(version);
      return {
        version: row.version,
        reason: row.reason,
        authorName: row.authorName,
        authorUnitName: row.authorUnitName,
        createdAt: row.createdAt.toISOString(),
        approvedAt: row.approvedAt?.toISOString() ?? null,
        approvalMethod: row.approvalMethod,
        approvalNote: row.approvalNote,
        template: templateReferenceOf(row),
        content: row.content,
      };
    },
  );

  api.get(
    routes.versionPdf.path,
    {
      config: { access: 'actingUser', policy: 'case:readPlan' },
      schema: {
        tags,
        params: routes.versionPdf.params,
        querystring: routes.versionPdf.query,
        response: { 200: pdfAnswer },
      },
    },
    async (request, reply) => {
      const { id, version } = request.params;
      const actor = actingAs(request);
      await refuseDraft(db, id, version);
      const copy = await copyAskedFor(db, id, actor.unitId, request.query);
      const row = (await readVersions(actor, id, [version], 'read_plan_version'))(version);
      return sendPlanPdf(reply, row, await planVersionPdf(db, row, copy, 'staff'), copy);
    },
  );

  api.get(
    routes.diff.path,
    {
      config: { access: 'actingUser', policy: 'case:readPlan' },
      schema: {
        tags,
        params: routes.diff.params,
        querystring: routes.diff.query,
        response: routes.diff.responses,
      },
    },
    async (request) => {
      const { from, to } = request.query;
      const version = await readVersions(
        actingAs(request),
        request.params.id,
        [from, to],
        'read_plan_versions',
      );
      return { from, to, changes: diffPlans(version(from).content, version(to).content) };
    },
  );

  registerCaseStep(app, db, {
    method: routes.approve.method,
    url: routes.approve.path,
    action: 'approvePlan',
    tags,
    params: routes.approve.params,
    body: routes.approve.body,
    run: (trx, actor, params, body) => approveVersion(trx, actor, params.id, params.version, body),
  });
};
