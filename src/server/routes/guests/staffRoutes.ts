import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { decideCaseAction } from '../../../domain/access/policy.js';
import { notFound } from '../../../domain/errors.js';
import { inTransaction } from '../../../db/transaction.js';
import { staffGuestRoutes as routes } from '../../../shared/api/personGuestRoutes.js';
import { refusal } from '../../access/caseAccess.js';
import { actingAs } from '../../auth/access.js';
import { logAccess } from '../../audit/logAccess.js';
import type { RouteModule } from '../../context.js';
import { guestsOfSip } from '../../data/guests.js';
import { personOfCase } from '../../data/persons.js';
import { inviteGuest } from '../../guests/inviteGuest.js';
import { presentGuest } from '../../guests/presentGuest.js';
import { redeemGuestLink } from '../../guests/redeemGuestLink.js';
import { presentSharedSip, readSharedSip } from '../../guests/sharedSip.js';
import { sharedWithUnit } from '../../guests/unitGrant.js';
import { requestLanguage } from '../../language.js';
import { runCaseWrite } from '../../sips/caseLock.js';
import { theSip } from '../../sips/theSip.js';

const tags = ['guests'];

/**
 * Guests on the staff side. The case's units see whom the individual let in; the convener (or the coordinator
 * leading the follow-up) invites one with the individual's consent, as part of preparing with them. The staff of
 * an organisation guest's unit use its link and read what the individual shared, by the scope chosen. Every read
 * and change is in the access log.
 */
export const staffGuestRoutes: RouteModule = (app, { database: { db }, config }) => {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { list, invite, redeem, sharedSips, sharedSip } = routes;

  api.get(
    list.path,
    {
      config: { access: 'actingUser', policy: 'case:readCase' },
      schema: { tags, params: list.params, response: list.responses },
    },
    async (request) => {
      const actor = actingAs(request);
      const sipId = request.params.id;
      return inTransaction(db, async (trx) => {
        const guests = await guestsOfSip(trx, sipId);
        const person = await personOfCase(trx, sipId);
        await logAccess(trx, actor, 'list_guests', { sipId, personId: person.id });
        return guests.map((guest) => presentGuest(guest));
      });
    },
  );

  api.post(
    invite.path,
    {
      config: { access: 'actingUser', policy: 'case:prepare' },
      schema: { tags, params: invite.params, body: invite.body, response: invite.responses },
    },
    async (request, reply) => {
      const actor = actingAs(request);
      const guest = await runCaseWrite(db, actor, { sipId: request.params.id }, async (locked) => {
        if (!locked) throw notFound(theSip);
        const { trx, sip, subject } = locked;
        // Asked again under the case's lock, where the consent the invitation rests on is read.
        const decision = decideCaseAction('prepare', subject);
        if (!decision.allowed) throw refusal(decision);
        const invited = await inviteGuest(
          trx,
          sip,
          request.body,
          { invitedByUserId: actor.userId },
          config.publicUrl,
        );
        await logAccess(trx, actor, 'invite_guest', { sipId: sip.id, personId: sip.personId });
        return invited;
      });
      return reply.code(201).send(guest);
    },
  );

  api.post(
    redeem.path,
    {
      config: { access: 'actingUser', policy: 'unitScoped' },
      schema: { tags, body: redeem.body, response: redeem.responses },
    },
    async (request) => {
      const actor = actingAs(request);
      return inTransaction(db, async (trx) => {
        const { guestId, sipId, personId } = await redeemGuestLink(trx, request.body.token, {
          kind: 'unit',
          userId: actor.userId,
          unitId: actor.unitId,
          role: actor.role,
        });
        await logAccess(trx, actor, 'redeem_guest_link', { sipId, personId });
        return { id: guestId };
      });
    },
  );

  api.get(
    sharedSips.path,
    {
      config: { access: 'actingUser', policy: 'unitScoped' },
      schema: { tags, response: sharedSips.responses },
    },
    async (request) => {
      const actor = actingAs(request);
      const language = requestLanguage(request);
      return inTransaction(db, async (trx) => {
        const grants = await sharedWithUnit(trx, actor);
        if (grants.length > 0) await logAccess(trx, actor, 'list_cases');
        return grants.map((grant) => presentSharedSip(grant, language));
      });
    },
  );

  api.get(
    sharedSip.path,
    {
      config: { access: 'actingUser', policy: 'guestGrant' },
      schema: { tags, params: sharedSip.params, response: sharedSip.responses },
    },
    async (request) => {
      const actor = actingAs(request);
      const standing = request.unitGrant!;
      return inTransaction(db, async (trx) => {
        const view = await readSharedSip(trx, standing, requestLanguage(request));
        const { sipId, personId } = standing.grant;
        await logAccess(trx, actor, view.plan ? 'read_case_and_plan' : 'read_case', { sipId, personId });
        return view;
      });
    },
  );
};
