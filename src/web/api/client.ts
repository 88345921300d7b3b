import type { z } from 'zod';
import { problemBody, type ProblemBody } from '../../shared/api/problem.js';
import { answerSchema, type Responses, type Route } from '../../shared/api/route.js';
import i18n from '../i18n/index.js';

/** A refusal from the API, as problem+json: the message is already in the user's language. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fieldErrors: { field: string; message: string }[] = [],
    readonly body: ProblemBody = { status, code, detail: message },
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type Part<R extends Route, Key extends 'params' | 'body'> = R extends {
  [K in Key]: infer S extends z.ZodType;
}
  ? { [K in Key]: z.input<S> }
  : unknown;

/**
 * A list page's filter lives in the page's own address, so it may be sent on as it is: the server checks it with
 * the route's schema and names a wrong parameter back to its field, which a copy checked here would hide.
 */
type QueryPart<R extends Route> = R extends { query: infer S extends z.ZodType }
  ? { query: z.input<S> | URLSearchParams }
  : unknown;

/** What a call to the route sends: the address's parameters, the query and the body, as the route's schemas take them. */
export type RequestOf<R extends Route> = Part<R, 'params'> & QueryPart<R> & Part<R, 'body'>;

/** A call's request may be left out when the route takes nothing. */
type RequestArgument<R extends Route> =
  object extends RequestOf<R> ? [request?: RequestOf<R>] : [request: RequestOf<R>];

const stateChanging = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The session's CSRF token, which the server sets as a cookie scripts may read. Echoing it in a header proves
 * the request comes from this page: another site can neither read the cookie nor add the header. The individual's
 * side (/api/person/) has a session of its own, and so a token of its own.
 */
function csrfToken(address: string): string | null {
  const cookie = address.startsWith('/api/person/') ? 'samplan_person_csrf' : 'samplan_csrf';
  for (const part of document.cookie.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === cookie) return decodeURIComponent(value.join('='));
  }
  return null;
}

function partOf(request: unknown, key: 'params' | 'query' | 'body'): unknown {
  return typeof request === 'object' && request !== null && key in request
    ? Reflect.get(request, key)
    : undefined;
}

/** The route's address with each `:name` filled from the parameters. */
function addressOf(route: Route, request: unknown): string {
  const params = partOf(request, 'params');
  const values = new Map(typeof params === 'object' && params !== null ? Object.entries(params) : []);
  const path = route.path.replace(/:(\w+)/g, (_, name: string) =>
    encodeURIComponent(String(values.get(name))),
  );
  const query = queryOf(partOf(request, 'query'));
  return query.size > 0 ? `${path}?${query.toString()}` : path;
}

/** A query as the server reads it: a list as the parameter repeated, an absent value left out. */
function queryOf(query: unknown): URLSearchParams {
  if (query instanceof URLSearchParams) return query;
  const search = new URLSearchParams();
  if (typeof query !== 'object' || query === null) return search;
  for (const [key, value] of Object.entries(query)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item !== undefined && item !== null) search.append(key, String(item));
    }
  }
  return search;
}

function refusal(status: number, data: unknown): ApiError {
  const problem = problemBody.safeParse(data);
  if (!problem.success) return new ApiError(status, 'error', i18n.t('errors.unknown'));
  return new ApiError(status, problem.data.code, problem.data.detail, problem.data.errors, problem.data);
}

/** A state-changing request always carries a JSON body, even an empty one: the server accepts JSON only. */
function bodyOf(route: Route, request: unknown): unknown {
  return partOf(request, 'body') ?? (route.method === 'GET' ? undefined : {});
}

/** Sends the request and gives back the answer's body as JSON (undefined for 204), or throws the refusal. */
async function exchange(method: Route['method'], address: string, body: unknown): Promise<unknown> {
  const headers: Record<string, string> = { 'accept-language': i18n.language };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (stateChanging.has(method)) {
    const token = csrfToken(address);
    if (token) headers['x-csrf-token'] = token;
  }
  let response: Response;
  try {
    response = await fetch(address, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network', i18n.t('errors.network'));
  }
  if (response.status === 204) return undefined;
  const text = await response.text();
  const data: unknown = text ? JSON.parse(text) : {};
  if (!response.ok) throw refusal(response.status, data);
  return data;
}

/**
 * Calls a route of the API (src/shared/api/*Routes.ts): its parameters, query and body are typed by the schemas
 * the server validates them with, and the answer is read through the route's answer schema, so what the web gets
 * is what the type says.
 */
async function call<R extends Route, Answer>(
  route: R & { responses: Responses<Answer> },
  ...[request]: RequestArgument<R>
): Promise<Answer> {
  const data = await exchange(route.method, addressOf(route, request), bodyOf(route, request));
  const answer = answerSchema<Answer>(route.responses).safeParse(data);
  if (!answer.success) throw new ApiError(0, 'unexpected_answer', i18n.t('errors.unknown'));
  return answer.data;
}

/** Calls a route whose answer the web does not read, such as one answering 204. */
async function send<R extends Route>(route: R, ...[request]: RequestArgument<R>): Promise<void> {
  await exchange(route.method, addressOf(route, request), bodyOf(route, request));
}

export const api = { call, send };

/** A refusal (4xx) will not change by asking again; only network trouble is worth a retry. */
export function worthRetrying(count: number, error: unknown): boolean {
  return count < 2 && !(error instanceof ApiError && error.status >= 400);
}
