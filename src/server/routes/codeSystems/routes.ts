import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { codeFileLimits, codeSystemRoutes as routes } from '../../../shared/api/codeSystemRoutes.js';
import { actingAs } from '../../auth/access.js';
import { importCodes } from '../../codes/importCodes.js';
import type { RouteModule } from '../../context.js';
import { codeSystems, searchCodes } from '../../data/codes.js';

const tags = ['codes'];
// Codes are the code systems' own words, no personal data: everyone writing plans searches them.
const read = { access: 'actingUser', policy: 'reference' } as const;
// Code systems are the county's, like its templates and settings: its system administrator loads them.
const administer = { access: 'actingUser', policy: 'organisation:administerCountySettings' } as const;

/** Code systems a county loads from CSV files, and the search the plan editor offers codes by. */
export const codeSystemRoutes: RouteModule = (app, { database: { db } }) => {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    routes.list.path,
    { config: administer, schema: { tags, response: routes.list.responses } },
    async () => ({ systems: await codeSystems(db) }),
  );

  api.post(
    routes.import.path,
    {
      config: administer,
      // The file travels as text in JSON; its own limit in bytes is checked by the import, in its own words.
      bodyLimit: codeFileLimits.bytes * 2 + 64 * 1024,
      schema: { tags, body: routes.import.body, response: routes.import.responses },
    },
    (request) => {
      const { csv, name, version } = request.body;
      return importCodes(db, { csv, name, version }, actingAs(request).userId);
    },
  );

  api.get(
    routes.search.path,
    { config: read, schema: { tags, querystring: routes.search.query, response: routes.search.responses } },
    async (request) => ({ codes: await searchCodes(db, request.query) }),
  );
};
