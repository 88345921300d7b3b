import { z } from 'zod';

/**
 * A refusal as it travels (RFC 9457 problem+json, written by the server's problem.ts): a stable `code`, the
 * message in the caller's language, and for invalid input the fields at fault. A refusal may carry more, such
 * as the current state a stale edit was refused against; those members are read with a schema of their own.
 */
export const problemBody = z.looseObject({
  status: z.number(),
  code: z.string(),
  detail: z.string(),
  /** The field a domain rule names, when it concerns one (a path in the body, without `body.`). */
  field: z.string().optional(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});
export type ProblemBody = z.infer<typeof problemBody>;
