import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { parseIdNumber } from '../../../domain/identity/idNumber.js';
import { personLookupBody } from '../../../shared/api/requests.js';
import { personLookupResponse } from '../../../shared/api/responses.js';
import { actingAs } from '../../auth/access.js';
import type { RouteModule } from '../../context.js';
import { presentPerson } from '../../presenters/person.js';
import { findKnownPerson } from '../../sips/persons.js';
import { logAccess } from '../../audit/logAccess.js';

export const personRoutes: RouteModule = (app, { database: { db } }) => {
  // POST, not GET: the identity number travels in the body, never in an address that logs and histories keep.
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/persons/lookup',
    {
      config: { access: 'actingUser', policy: 'unitScoped' },
      schema: { tags: ['person'], body: personLookupBody, response: { 200: personLookupResponse } },
    },
    async (request) => {
      const id = parseIdNumber(request.body.idNumber, { reserve: request.body.reserve });
      const actor = actingAs(request);
      const person = await findKnownPerson(db, id, actor);
      // Every search is logged, found or not: looking for someone is itself an access to personal data.
      await logAccess(db, actor, 'search_person', { personId: person?.id ?? null });
      return {
        idKind: id.kind,
        idNumber: id.value,
        birthDate: id.birthDate,
        sex: id.sex,
        person: person ? presentPerson(person) : null,
      };
    },
  );
};
