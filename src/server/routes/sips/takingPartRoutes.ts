import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { takingPartRoutes as routes } from '../../../shared/api/takingPartRoutes.js';
import { actingAs } from '../../auth/access.js';
import { logAccess } from '../../audit/logAccess.js';
import { answerChildPicture } from '../childPictureAnswer.js';
import type { RouteModule } from '../../context.js';
import { childPictureOf } from '../../data/childViews.js';
import { guardiansOfCase } from '../../data/guardians.js';
import { personOfCase } from '../../data/persons.js';
import { requestLanguage } from '../../language.js';
import { presentGuardian } from '../../presenters/fromPerson.js';
import { presentSip } from '../../presenters/sipDetail.js';
import { decideChildSignIn } from '../../sips/steps/childSignIn.js';
import { takeChildViewIntoPlan } from '../../sips/steps/childView.js';
import { recordGuardian, unrecordGuardian } from '../../sips/steps/guardians.js';
import { recordPersonContact } from '../../sips/steps/personContact.js';
import { registerCaseStep } from './caseStep.js';
import { caseChangeAction } from '../../sips/caseChange.js';
import { inTransaction } from '../../../db/transaction.js';

const tags = ['sip'];

/**
 * What staff record so the individual, the guardians and a child can take part (issue 14): the guardians, the
 * child's own sign-in and the individual's contact for notices — the convener's, like the need — and the child's
 * view, read and taken into the plan draft by those who write the plan.
 */
export const takingPartRoutes: RouteModule = (app, { database: { db } }) => {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    routes.guardians.path,
    {
      config: { access: 'actingUser', policy: 'case:readCase' },
      schema: { tags, params: routes.guardians.params, response: routes.guardians.responses },
    },
    async (request) => {
      const actor = actingAs(request);
      return inTransaction(db, async (trx) => {
        const guardians = await guardiansOfCase(trx, request.params.id);
        const personId = guardians[0]?.personId ?? (await personOfCase(trx, request.params.id)).id;
        await logAccess(trx, actor, 'read_guardians', { sipId: request.params.id, personId });
        return guardians.map((guardian) => presentGuardian(guardian, guardian.protectedIdentity));
      });
    },
  );

  registerCaseStep(app, db, {
    method: 'POST',
    url: routes.addGuardian.path,
    tags,
    action: caseChangeAction.recordGuardian,
    params: routes.addGuardian.params,
    body: routes.addGuardian.body,
    run: (trx, actor, { id }, body) => recordGuardian(trx, actor, id, body),
  });
  registerCaseStep(app, db, {
    method: 'POST',
    url: routes.removeGuardian.path,
    tags,
    action: caseChangeAction.removeGuardian,
    params: routes.removeGuardian.params,
    body: routes.removeGuardian.body,
    run: (trx, actor, { id, guardianId }) => unrecordGuardian(trx, actor, id, guardianId),
  });
  registerCaseStep(app, db, {
    method: 'POST',
    url: routes.childSignIn.path,
    tags,
    action: caseChangeAction.decideChildSignIn,
    params: routes.childSignIn.params,
    body: routes.childSignIn.body,
    run: (trx, actor, { id }, body) => decideChildSignIn(trx, actor, id, body.allowed),
  });
  registerCaseStep(app, db, {
    method: 'PUT',
    url: routes.personContact.path,
    tags,
    action: caseChangeAction.recordPersonContact,
    params: routes.personContact.params,
    body: routes.personContact.body,
    run: (trx, actor, { id }, body) => recordPersonContact(trx, actor, id, body),
  });

  // A case step as registerCaseStep makes them, but the text it writes into the plan is in the reader's language.
  api.post(
    routes.confirmChildView.path,
    {
      config: { access: 'actingUser', policy: `case:${caseChangeAction.confirmChildView}` },
      schema: {
        tags,
        params: routes.confirmChildView.params,
        body: routes.confirmChildView.body,
        response: routes.confirmChildView.responses,
      },
    },
    async (request) => {
      const actor = actingAs(request);
      const sipId = request.params.id;
      const language = requestLanguage(request);
      return inTransaction(db, async (trx) => {
        await takeChildViewIntoPlan(trx, actor, sipId, language);
        return presentSip(trx, sipId, actor);
      });
    },
  );

  // The picture's bytes, for those who may read the plan the child's view goes into; its type was read from its
  // bytes when it came, and the browser is told not to guess another (helmet's nosniff) nor keep a copy.
  api.get(
    routes.childPicture.path,
    {
      config: { access: 'actingUser', policy: 'case:readPlan' },
      schema: { tags, params: routes.childPicture.params },
    },
    async (request, reply) => {
      const actor = actingAs(request);
      const sipId = request.params.id;
      const picture = await inTransaction(db, async (trx) => {
        const found = await childPictureOf(trx, sipId);
        if (found) {
          const person = await personOfCase(trx, sipId);
          await logAccess(trx, actor, 'read_child_picture', { sipId, personId: person.id });
        }
        return found;
      });
      return answerChildPicture(reply, picture);
    },
  );
};
