import type { FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { inTransaction } from '../../../db/transaction.js';
import { personGuestRoutes as routes } from '../../../shared/api/personGuestRoutes.js';
import { logPersonAccess, type PersonActor } from '../../audit/logPersonAccess.js';
import type { RouteModule } from '../../context.js';
import { unitsByOrganisation } from '../../data/directory.js';
import { guestsOfSip, listedGuest, revokeGuest } from '../../data/guests.js';
import type { PersonStanding } from '../../data/personRelations.js';
import { signedInPerson } from '../../eId/personAccess.js';
import { inviteGuest } from '../../guests/inviteGuest.js';
import { presentGuest } from '../../guests/presentGuest.js';
import { redeemGuestLink } from '../../guests/redeemGuestLink.js';
import { guestNotFound } from '../../guests/guestNotFound.js';

const tags = ['person', 'guests'];

/** The signed-in person as the access log names them, in their relation to the case. */
function personActor(request: FastifyRequest, relation: PersonStanding['relation']): PersonActor {
  return { identityId: signedInPerson(request).identityId, relation, clientAddress: request.ip };
}

/** The case the `person:` label authorised, with the signed-in person's standing in it. */
function standingOf(request: FastifyRequest): PersonStanding {
  return request.personStanding!;
}

/** What the access log names of the case: the SIP and the person it is for. */
function caseOf(standing: PersonStanding): { sipId: string; personId: string } {
  return { sipId: standing.sipId, personId: standing.personId };
}

/**
 * Guests on the individual's side: the individual (or a guardian) lists, invites and revokes them — each read and
 * change in the access log with the person's identity — and a person guest uses their link.
 */
export const personGuestRoutes: RouteModule = (app, { database: { db }, config }) => {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { list, invite, revoke, units, redeem } = routes;

  api.get(
    list.path,
    {
      config: { access: 'person', policy: 'person:manageGuests' },
      schema: { tags, params: list.params, response: list.responses },
    },
    async (request) => {
      const standing = standingOf(request);
      return inTransaction(db, async (trx) => {
        const guests = await guestsOfSip(trx, standing.sipId);
        await logPersonAccess(
          trx,
          personActor(request, standing.relation),
          'person:manageGuests',
          caseOf(standing),
        );
        return guests.map((guest) => presentGuest(guest));
      });
    },
  );

  api.post(
    invite.path,
    {
      config: { access: 'person', policy: 'person:manageGuests' },
      schema: { tags, params: invite.params, body: invite.body, response: invite.responses },
    },
    async (request, reply) => {
      const standing = standingOf(request);
      const guest = await inTransaction(db, async (trx) => {
        const invited = await inviteGuest(
          trx,
          { id: standing.sipId, phase: standing.phase },
          request.body,
          { invitedByIdentityId: signedInPerson(request).identityId },
          config.publicUrl,
        );
        await logPersonAccess(
          trx,
          personActor(request, standing.relation),
          'person:manageGuests',
          caseOf(standing),
        );
        return invited;
      });
      return reply.code(201).send(guest);
    },
  );

  api.post(
    revoke.path,
    {
      config: { access: 'person', policy: 'person:manageGuests' },
      schema: { tags, params: revoke.params, response: revoke.responses },
    },
    async (request) => {
      const standing = standingOf(request);
      const guest = await inTransaction(db, async (trx) => {
        await revokeGuest(trx, standing.sipId, request.params.guestId);
        const revoked = await listedGuest(trx, standing.sipId, request.params.guestId);
        if (revoked)
          await logPersonAccess(
            trx,
            personActor(request, standing.relation),
            'person:manageGuests',
            caseOf(standing),
          );
        return revoked;
      });
      if (!guest) throw guestNotFound();
      return presentGuest(guest);
    },
  );

  // The directory holds no personal data: what the invitation form offers to choose from.
  api.get(
    units.path,
    { config: { access: 'person', policy: 'personSelf' }, schema: { tags, response: units.responses } },
    () => unitsByOrganisation(db),
  );

  api.post(
    redeem.path,
    {
      config: { access: 'person', policy: 'personSelf' },
      schema: { tags, body: redeem.body, response: redeem.responses },
    },
    async (request) => {
      const person = signedInPerson(request);
      return inTransaction(db, async (trx) => {
        const { sipId, personId } = await redeemGuestLink(trx, request.body.token, {
          kind: 'person',
          identityId: person.identityId,
          idNumber: person.idNumber,
        });
        await logPersonAccess(trx, personActor(request, 'guest'), 'redeem_guest_link', { sipId, personId });
        return { sipId };
      });
    },
  );
};
