import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { parseIdNumber } from '../../../domain/identity/idNumber.js';
import { startRoutes } from '../../../shared/api/startRoutes.js';
import { actingAs } from '../../auth/access.js';
import type { RouteModule } from '../../context.js';
import { askRegister } from '../../populationRegister/populationRegister.js';
import { populationRegisterFrom } from '../../populationRegister/registerConfig.js';
import { presentPerson } from '../../presenters/person.js';
import { findKnownPerson } from '../../sips/persons.js';
import { logAccess } from '../../audit/logAccess.js';

export const personRoutes: RouteModule = (app, { database: { db }, config }) => {
  const register = populationRegisterFrom(config.populationRegister);

  // POST, not GET: the identity number travels in the body, never in an address that logs and histories keep.
  app.withTypeProvider<ZodTypeProvider>().post(
    startRoutes.lookUpPerson.path,
    {
      config: { access: 'actingUser', policy: 'unitScoped' },
      schema: {
        tags: ['person'],
        body: startRoutes.lookUpPerson.body,
        response: startRoutes.lookUpPerson.responses,
      },
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

  // Name and address for a new SIP, from the county's population register; only the roles that may start a SIP
  // ask it. The page falls back to typing them by hand on anything but `found`.
  app.withTypeProvider<ZodTypeProvider>().post(
    startRoutes.askPopulationRegister.path,
    {
      config: { access: 'actingUser', policy: 'organisation:workWithCases' },
      schema: {
        tags: ['person'],
        body: startRoutes.askPopulationRegister.body,
        response: startRoutes.askPopulationRegister.responses,
      },
    },
    async (request) => {
      const id = parseIdNumber(request.body.idNumber);
      if (!register) return { status: 'off' as const };
      const actor = actingAs(request);
      const answer = await askRegister(register, id);
      // What went wrong, never with whom: the identity number and the answer stay out of the log.
      if (answer.status === 'unavailable')
        request.log.warn({ problem: answer.problem }, 'population register unavailable');
      // Logged whatever the answer: the number left Samplan for the register either way.
      const known = await findKnownPerson(db, id, actor);
      await logAccess(db, actor, 'look_up_population_register', { personId: known?.id ?? null });
      if (answer.status === 'found')
        return { status: 'found' as const, source: register.source, person: answer.person };
      return { status: answer.status };
    },
  );
};
