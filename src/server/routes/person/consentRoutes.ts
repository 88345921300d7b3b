import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { PersonConsent } from '../../../shared/api/personSide.js';
import { personRoutes as routes } from '../../../shared/api/personRoutes.js';
import type { RouteModule } from '../../context.js';
import { consentAsTold } from '../../data/personSide/consent.js';
import { withdrawConsentByPerson } from '../../sips/steps/consent.js';
import { doingOf, personRead } from './personRead.js';

const tags = ['person'];

async function consentAsRead(db: Kysely<DB>, sipId: string): Promise<PersonConsent> {
  const consent = await consentAsTold(db, sipId);
  if (!consent) return { consent: null };
  return {
    consent: {
      decision: consent.decision,
      givenBy: consent.givenByRelation,
      givenOn: consent.givenOn,
      validUntil: consent.validUntil,
      units: consent.units,
      relativesMayTakePart: consent.relativesMayTakePart,
      withdrawnAt: consent.withdrawnAt?.toISOString() ?? null,
    },
  };
}

/** What the individual consented to, and withdrawing it — with the same effect as when staff record it. */
export const personConsentRoutes: RouteModule = (app, { database: { db } }) => {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    routes.consent.path,
    {
      config: { access: 'person', policy: 'person:readConsent' },
      schema: { tags, params: routes.consent.params, response: routes.consent.responses },
    },
    (request) =>
      personRead(db, request, 'readConsent', (trx, standing) => consentAsRead(trx, standing.sipId)),
  );

  api.post(
    routes.withdrawConsent.path,
    {
      config: { access: 'person', policy: 'person:withdrawConsent' },
      schema: {
        tags,
        params: routes.withdrawConsent.params,
        body: routes.withdrawConsent.body,
        response: routes.withdrawConsent.responses,
      },
    },
    async (request) => {
      await withdrawConsentByPerson(db, doingOf(request), request.params.id, request.body.note);
      return personRead(db, request, 'readConsent', (trx, standing) => consentAsRead(trx, standing.sipId));
    },
  );
};
