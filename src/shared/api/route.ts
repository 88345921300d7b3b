import type { z } from 'zod';

/** What a route answers when it succeeds, by its status; a route without any answers 204 with no body. */
export type Responses<Answer = unknown> = { 200: z.ZodType<Answer> } | { 201: z.ZodType<Answer> };

/**
 * One route of the API as both ends read it: its method, its address (Fastify's form, each parameter `:name`),
 * and the schemas of its parameters, query, body and answer. The server registers the route with these very
 * schemas and the web's client derives its requests and answers from them, so the two cannot drift apart.
 */
export interface Route {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  responses?: Responses;
}

/** Declares a route, keeping every schema's own type so both ends read exact types from the table. */
export function route<const Definition extends Route>(definition: Definition): Definition {
  return definition;
}

/** The schema of a route's answer, whichever success status it answers with. */
export function answerSchema<Answer>(responses: Responses<Answer>): z.ZodType<Answer> {
  return 200 in responses ? responses[200] : responses[201];
}
