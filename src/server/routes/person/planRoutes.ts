import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { DomainError, unprocessable } from '../../../domain/errors.js';
import type { PersonPlan, PersonPlanVersionSummary } from '../../../shared/api/personSide.js';
import { personRoutes as routes } from '../../../shared/api/personRoutes.js';
import { bothLanguages } from '../../../shared/words/bothLanguages.js';
import { personRefusalsEn } from '../../../shared/words/personRefusals.en.js';
import { personRefusalsSv } from '../../../shared/words/personRefusals.sv.js';
import type { RouteModule } from '../../context.js';
import {
  addObjection,
  objectionsOf,
  versionContent,
  versionInForce,
  versionsOf,
} from '../../data/personSide/planVersions.js';
import type { PersonStanding } from '../../data/personRelations.js';
import { runPersonWrite } from '../../sips/personCommand.js';
import { approveVersionWithEId } from '../../sips/steps/plan.js';
import { doingOf, personRead } from './personRead.js';
import { plainPlanOf } from './plainPlan.js';

const words = { sv: personRefusalsSv, en: personRefusalsEn };
const tags = ['person'];

/** Every version with its approval and, for the person and their guardians, what they said was wrong with it. */
async function versionSummaries(
  db: Kysely<DB>,
  standing: PersonStanding,
): Promise<PersonPlanVersionSummary[]> {
  const [versions, objections] = await Promise.all([
    versionsOf(db, standing.sipId),
    // A guest reads the plan, not what the individual said about it.
    standing.relation === 'guest' ? [] : objectionsOf(db, standing.sipId),
  ]);
  return versions.map((version) => ({
    version: version.version,
    createdAt: version.createdAt.toISOString(),
    reason: version.reason,
    approval:
      version.approvedAt && version.approvalMethod
        ? {
            at: version.approvedAt.toISOString(),
            method: version.approvalMethod,
            byEId: version.approvalMethod === 'e_id',
          }
        : null,
    objections: objections
      .filter((objection) => objection.version === version.version)
      .map((objection) => ({ text: objection.text, at: objection.createdAt.toISOString() })),
  }));
}

async function planAsRead(db: Kysely<DB>, standing: PersonStanding): Promise<PersonPlan> {
  const established = await versionInForce(db, standing.sipId);
  const content = established === null ? undefined : await versionContent(db, standing.sipId, established);
  return {
    establishedVersion: established,
    plan: content ? await plainPlanOf(db, content.content) : null,
    versions: await versionSummaries(db, standing),
  };
}

/** The plan in plain terms, its versions, and approving one with e-ID or saying what is wrong with it. */
export const personPlanRoutes: RouteModule = (app, { database: { db } }) => {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    routes.plan.path,
    {
      config: { access: 'person', policy: 'person:readPlan' },
      schema: { tags, params: routes.plan.params, response: routes.plan.responses },
    },
    (request) => personRead(db, request, 'readPlan', planAsRead),
  );

  api.get(
    routes.planVersion.path,
    {
      config: { access: 'person', policy: 'person:readPlan' },
      schema: { tags, params: routes.planVersion.params, response: routes.planVersion.responses },
    },
    (request) =>
      personRead(db, request, 'readPlan', async (trx, standing) => {
        const { version } = request.params;
        const content = await versionContent(trx, standing.sipId, version);
        const summary = (await versionSummaries(trx, standing)).find((each) => each.version === version);
        if (!content || !summary) {
          throw new DomainError(
            'not_found',
            'version_not_found',
            bothLanguages(words, (said) => said.versionMissing),
          );
        }
        return {
          version: summary,
          established: (await versionInForce(trx, standing.sipId)) === version,
          plan: await plainPlanOf(trx, content.content),
        };
      }),
  );

  api.post(
    routes.approveVersion.path,
    {
      config: { access: 'person', policy: 'person:approvePlan' },
      schema: { tags, params: routes.approveVersion.params, response: routes.approveVersion.responses },
    },
    async (request) => {
      const { id, version } = request.params;
      const doing = doingOf(request);
      await approveVersionWithEId(db, doing, id, version);
      return personRead(db, request, 'readPlan', planAsRead);
    },
  );

  api.post(
    routes.objectToVersion.path,
    {
      config: { access: 'person', policy: 'person:approvePlan' },
      schema: {
        tags,
        params: routes.objectToVersion.params,
        body: routes.objectToVersion.body,
        response: routes.objectToVersion.responses,
      },
    },
    (request) => {
      const { id, version } = request.params;
      const doing = doingOf(request);
      return runPersonWrite(db, doing, id, 'approvePlan', async ({ trx, standing }) => {
        if (!(await versionContent(trx, id, version))) {
          throw unprocessable(
            'version_missing',
            bothLanguages(words, (said) => said.versionMissing),
            { field: 'version' },
          );
        }
        await addObjection(trx, {
          sipId: id,
          version,
          identityId: doing.person.identityId,
          text: request.body.text,
        });
        return planAsRead(trx, standing);
      });
    },
  );
};
