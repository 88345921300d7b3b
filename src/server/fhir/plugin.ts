import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { inTransaction } from '../../db/transaction.js';
import { csrfTokenFor, csrfTokenMatches, csrfHeader } from '../auth/csrf.js';
import { sessionCookie } from '../auth/sessionCookies.js';
import type { AppContext } from '../context.js';
import { logFhirRead } from './accessLogging.js';
import { authenticator, requireScope } from './authentication.js';
import { answerFhirError } from './errorAnswers.js';
import { historyBundle, searchsetBundle } from './bundle.js';
import { capabilityStatement } from './capabilityStatement.js';
import { ensureJsonAsked, fhirJson } from './format.js';
import type { FhirError } from './outcome.js';
import { fhirError, invalidSearch } from './outcome.js';
import { pageWindow } from './paging.js';
import { resourceTypeNamed, type FhirResource, type Found, type ResourceType } from './registry.js';
import { fhirContext, type FhirActor, type FhirContext } from './requestContext.js';
import { idPattern, parseSearch } from './searchParameters.js';
import type { ScopePermission } from './scopes.js';

/** Where the API lives, under the installation's public address. */
export const fhirPrefix = '/fhir/R4';

type TypeParams = { type: string };
type InstanceParams = TypeParams & { id: string };
type VersionParams = InstanceParams & { version: string };

/** The query of a request as sent, every repetition and modifier kept (Fastify's parsed query merges them). */
function queryOf(request: FastifyRequest): URLSearchParams {
  const url = request.raw.url ?? '';
  const mark = url.indexOf('?');
  return new URLSearchParams(mark < 0 ? '' : url.slice(mark + 1));
}

/** An address that is not a search takes no parameter but `_format`. */
function onlyFormat(type: string, query: URLSearchParams): void {
  for (const name of query.keys())
    if (name !== '_format') throw invalidSearch('unknownParameter', { name, type });
}

function send(reply: FastifyReply, resource: FhirResource, status = 200): FastifyReply {
  const { versionId, lastUpdated } = resource.meta ?? {};
  if (versionId !== undefined) reply.header('etag', `W/"${versionId}"`);
  if (lastUpdated !== undefined) reply.header('last-modified', new Date(lastUpdated).toUTCString());
  return reply.status(status).type(fhirJson).send(JSON.stringify(resource));
}

function notFound(type: string, id: string): FhirError {
  return fhirError(404, 'not-found', 'notFound', { type, id });
}

/**
 * The FHIR R4 API (decision 0038) as a Fastify plugin under `/fhir/R4`, with its own answers: every refusal is
 * an OperationOutcome in FHIR JSON, never the JSON API's problem+json. Its routes are the same for every type
 * and run the type's functions from the registry, so each type gets the same checks in the same order: the format
 * asked for, who acts (401), the type (404), the parameters (400); then the read or search and its access-log
 * entries in one transaction.
 */
export async function registerFhirApi(
  app: FastifyInstance,
  { database: { db }, config }: AppContext,
): Promise<void> {
  const base = `${config.publicUrl}${fhirPrefix}`;
  const limits = { absoluteHours: config.sessionHours, idleMinutes: config.sessionIdleMinutes };
  const published = new Date();

  const authenticate = authenticator(db, limits, config.fhirOAuth);

  /**
   * Who acts, and the type they address, if they may do this with it: 401 before anything else, then 404 for a
   * type not served, then 403 for a client without the scope.
   */
  const actingOn = async (
    request: FastifyRequest<{ Params: TypeParams }>,
    permission: ScopePermission,
  ): Promise<{ who: FhirActor; type: ResourceType }> => {
    const who = await authenticate(request);
    const type = resourceTypeNamed(request.params.type);
    if (!type) throw fhirError(404, 'not-supported', 'unknownType', { type: request.params.type });
    requireScope(who, type.type, permission);
    return { who, type };
  };

  /** Runs a read in one transaction with the access-log entries for what it found. */
  const readAndLog = async <T>(
    who: FhirActor,
    action: 'fhir_read' | 'fhir_search' | 'fhir_history',
    work: (context: FhirContext) => Promise<T>,
    shown: (result: T) => Found[],
  ): Promise<T> =>
    inTransaction(db, async (trx) => {
      const result = await work(fhirContext(trx, who.actor, base));
      await logFhirRead(
        trx,
        who,
        action,
        shown(result).map((found) => found.concerns),
      );
      return result;
    });

  await app.register(
    (fhir, _options, done) => {
      // The FHIR API describes itself in its CapabilityStatement; the OpenAPI document is the JSON API's alone.
      fhir.addHook('onRoute', (route) => {
        route.schema = { ...route.schema, hide: true };
      });
      fhir.addContentTypeParser(
        ['application/fhir+json', 'application/json'],
        { parseAs: 'string' },
        (_request, body, done) => {
          try {
            done(null, JSON.parse(body as string) as unknown);
          } catch {
            done(fhirError(400, 'structure', 'unsupportedMediaType'), undefined);
          }
        },
      );

      // Before anything else, so a client that cannot read the answer gets no other one.
      fhir.addHook('onRequest', (request, _reply, done) => {
        try {
          ensureJsonAsked(queryOf(request).get('_format') ?? undefined, request.headers.accept);
          done();
        } catch (error) {
          done(error as FhirError);
        }
      });

      fhir.setErrorHandler(answerFhirError);

      const unknownAddress = () => {
        throw fhirError(404, 'not-found', 'unknownOperation');
      };
      fhir.setNotFoundHandler(unknownAddress);
      // Deeper addresses than the API has would otherwise reach the web app's catch-all.
      fhir.all('/*', unknownAddress);

      fhir.get('/metadata', (request, reply) => {
        onlyFormat('CapabilityStatement', queryOf(request));
        return reply.type(fhirJson).send(JSON.stringify(capabilityStatement(base, published)));
      });

      fhir.get<{ Params: TypeParams }>('/:type', async (request, reply) => {
        const { who, type } = await actingOn(request, 's');
        const query = queryOf(request);
        const search = parseSearch(type.type, type.searchParameters, query);
        const window = pageWindow(query);
        const page = await readAndLog(
          who,
          'fhir_search',
          (context) => type.search(context, search, window),
          (result) => result.found,
        );
        return send(reply, searchsetBundle(base, type.type, query, page));
      });

      fhir.get<{ Params: InstanceParams }>('/:type/:id', async (request, reply) => {
        const { who, type } = await actingOn(request, 'r');
        const { id } = request.params;
        onlyFormat(type.type, queryOf(request));
        if (!idPattern.test(id)) throw notFound(type.type, id);
        const found = await readAndLog(
          who,
          'fhir_read',
          (context) => type.read(context, id),
          (result) => (result ? [result] : []),
        );
        if (!found) throw notFound(type.type, id);
        return send(reply, found.resource);
      });

      fhir.get<{ Params: InstanceParams }>('/:type/:id/_history', async (request, reply) => {
        const { who, type } = await actingOn(request, 'r');
        const { id } = request.params;
        onlyFormat(type.type, queryOf(request));
        const history = type.history;
        if (!history) throw fhirError(404, 'not-supported', 'noHistory', { type: type.type });
        if (!idPattern.test(id)) throw notFound(type.type, id);
        const versions = await readAndLog(
          who,
          'fhir_history',
          (context) => history.versions(context, id),
          (result) => result ?? [],
        );
        if (!versions) throw notFound(type.type, id);
        return send(reply, historyBundle(base, type.type, id, versions));
      });

      fhir.get<{ Params: VersionParams }>('/:type/:id/_history/:version', async (request, reply) => {
        const { who, type } = await actingOn(request, 'r');
        const { id, version } = request.params;
        onlyFormat(type.type, queryOf(request));
        const history = type.history;
        if (!history) throw fhirError(404, 'not-supported', 'noHistory', { type: type.type });
        if (!idPattern.test(id) || !idPattern.test(version)) throw notFound(type.type, id);
        const found = await readAndLog(
          who,
          'fhir_history',
          (context) => history.version(context, id, version),
          (result) => (result ? [result] : []),
        );
        if (!found) throw fhirError(404, 'not-found', 'versionNotFound', { type: type.type, id, version });
        return send(reply, found.resource);
      });

      fhir.put<{ Params: InstanceParams; Body: unknown }>('/:type/:id', async (request, reply) => {
        const { who, type } = await actingOn(request, 'u');
        const { id } = request.params;
        onlyFormat(type.type, queryOf(request));
        const update = type.update;
        if (!update) throw fhirError(405, 'not-supported', 'methodNotAllowed', { method: 'PUT' });
        // A staff session writes only with its CSRF token, as every staff write of the JSON API.
        const token = request.cookies[sessionCookie];
        if (
          who.kind === 'staff' &&
          (!token || !csrfTokenMatches(csrfTokenFor(token), request.headers[csrfHeader]))
        )
          throw fhirError(403, 'forbidden', 'csrfTokenInvalid');
        if (!idPattern.test(id)) throw notFound(type.type, id);
        const ifMatch = /^W\/"([A-Za-z0-9\-.]{1,64})"$/.exec(request.headers['if-match'] ?? '')?.[1] ?? null;
        const found = await inTransaction(db, (trx) =>
          update(fhirContext(trx, who.actor, base), id, request.body, ifMatch),
        );
        return send(reply, found.resource);
      });
      done();
    },
    { prefix: fhirPrefix },
  );
}
