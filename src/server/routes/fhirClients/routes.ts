import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { fhirClientRoutes as routes } from '../../../shared/api/fhirClientRoutes.js';
import { actingAs } from '../../auth/access.js';
import type { RouteModule } from '../../context.js';
import {
  changeClientScopes,
  disableClient,
  readFhirClients,
  registerClient,
} from './clientAdministration.js';

const tags = ['fhir-clients'];
// Letting a system read cases for a unit is the administration of units: the organisation's and the county's
// administrators.
const administer = { access: 'actingUser', policy: 'organisation:administerUnits' } as const;

/** The administrators' page for the FHIR API's system clients: list, register, change scopes, disable. */
export const fhirClientRoutes: RouteModule = (app, { database: { db } }) => {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    routes.list.path,
    { config: administer, schema: { tags, response: routes.list.responses } },
    (request) => readFhirClients(db, actingAs(request)),
  );

  api.post(
    routes.register.path,
    { config: administer, schema: { tags, body: routes.register.body, response: routes.register.responses } },
    (request) => registerClient(db, actingAs(request), request.body),
  );

  api.put(
    routes.changeScopes.path,
    {
      config: administer,
      schema: {
        tags,
        params: routes.changeScopes.params,
        body: routes.changeScopes.body,
        response: routes.changeScopes.responses,
      },
    },
    (request) => changeClientScopes(db, actingAs(request), request.params.id, request.body.scopes),
  );

  api.post(
    routes.disable.path,
    {
      config: administer,
      schema: { tags, params: routes.disable.params, response: routes.disable.responses },
    },
    (request) => disableClient(db, actingAs(request), request.params.id),
  );
};
