import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { ZodType } from 'zod';
import type { DB } from '../../../db/schema.js';
import { inTransaction } from '../../../db/transaction.js';
import { sipDetail } from '../../../shared/api/responses.js';
import { actingAs } from '../../auth/access.js';
import { presentSip } from '../../presenters/sipDetail.js';
import type { Actor } from '../../sips/actor.js';
import type { CaseAction } from '../../../domain/access/policy.js';

interface CaseStep<Params extends { id: string }, Body> {
  method: 'POST' | 'PUT';
  url: string;
  tags: string[];
  /** The access-policy action the step needs; the route policy enforces it before anything is read. */
  action: CaseAction;
  params: ZodType<Params>;
  body: ZodType<Body>;
  /** Does the step in the transaction `db` it is given. */
  run: (db: Kysely<DB>, actor: Actor, params: Params, body: Body) => Promise<unknown>;
}

/**
 * A step on a case: the acting unit gives it, and the answer is the case as that unit now sees it, so the client
 * never has to guess what changed. The step and the read of the answer are one transaction: one commit, and one
 * turn at the access log's chain for both entries.
 */
export function registerCaseStep<Params extends { id: string }, Body>(
  app: FastifyInstance,
  db: Kysely<DB>,
  step: CaseStep<Params, Body>,
): void {
  app.route({
    method: step.method,
    url: step.url,
    config: { access: 'actingUser', policy: `case:${step.action}` },
    schema: { tags: step.tags, params: step.params, body: step.body, response: { 200: sipDetail } },
    handler: async (request) => {
      const actor = actingAs(request);
      const params = request.params as Params;
      return inTransaction(db, async (trx) => {
        await step.run(trx, actor, params, request.body as Body);
        return presentSip(trx, params.id, actor);
      });
    },
  });
}
