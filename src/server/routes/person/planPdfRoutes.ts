import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { DomainError } from '../../../domain/errors.js';
import { personRoutes as routes } from '../../../shared/api/personRoutes.js';
import { bothLanguages } from '../../../shared/words/bothLanguages.js';
import { personRefusalsEn } from '../../../shared/words/personRefusals.en.js';
import { personRefusalsSv } from '../../../shared/words/personRefusals.sv.js';
import type { RouteModule } from '../../context.js';
import { planVersionsWithAuthors } from '../../data/plans.js';
import { planVersionPdf } from '../../export/planVersionPdf.js';
import { pdfAnswer, sendPlanPdf } from '../../export/sendPlanPdf.js';
import { personRead } from './personRead.js';

const words = { sv: personRefusalsSv, en: personRefusalsEn };
const individualsCopy = { kind: 'person' } as const;

/**
 * The individual's copy of an established plan version as a PDF, for whoever may read the plan on the individual's
 * side: the person, a guardian, the child with a sign-in, a guest whose scope covers the plan. The read is logged
 * as `person:readPlan`, as the plan itself is. The person's own name is in it, protected identity or not: it is
 * theirs. A version not established is simply not found here, as on the JSON route.
 */
export const personPlanPdfRoutes: RouteModule = (app, { database: { db } }) => {
  app.withTypeProvider<ZodTypeProvider>().get(
    routes.planVersionPdf.path,
    {
      config: { access: 'person', policy: 'person:readPlan' },
      schema: { tags: ['person'], params: routes.planVersionPdf.params, response: { 200: pdfAnswer } },
    },
    async (request, reply) => {
      const { version } = request.params;
      const row = await personRead(db, request, 'readPlan', async (trx, standing) => {
        const [found] = await planVersionsWithAuthors(trx, standing.sipId, [version]);
        if (!found)
          throw new DomainError(
            'not_found',
            'version_not_found',
            bothLanguages(words, (said) => said.versionMissing),
          );
        return found;
      });
      const pdf = await planVersionPdf(db, row, individualsCopy, 'person');
      return sendPlanPdf(reply, row, pdf, individualsCopy);
    },
  );
};
