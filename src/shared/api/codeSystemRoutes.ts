import { z } from 'zod';
import { codeDisplay, codeSystemUri, codeValue } from '../coding.js';
import { id, isoDateTime, requiredShortText } from '../fields.js';
import { route } from './route.js';

/**
 * Code systems a county loads (ICF, Socialstyrelsen's KSI, …) and the search the plan editor offers codes by.
 * A CSV file of at most `codeFileLimits.bytes` with the columns system, code, display loads one code system;
 * loading the same system again replaces its codes.
 */
export const codeFileLimits = { bytes: 10 * 1024 * 1024, rows: 100_000 } as const;
/** How many codes a search answers with: enough to choose from while typing, never the whole system. */
export const codeSearchLimit = 20;

export const codeSystemSummary = z.object({
  id,
  uri: z.string(),
  name: z.string(),
  version: z.string().nullable(),
  loadedAt: isoDateTime,
  /** Null when loaded from the command line or by the demo's seed. */
  loadedByName: z.string().nullable(),
  codeCount: z.number().int(),
});
export type CodeSystemSummary = z.infer<typeof codeSystemSummary>;

export const importCodesBody = z.strictObject({
  /** The code system's name as the county calls it; a system loaded again keeps its name when none is given. */
  name: requiredShortText.optional(),
  version: z.string().trim().min(1).max(100).optional(),
  /** The file's text, UTF-8 decoded; its size in bytes is checked by the import, which names the limit in its refusal. */
  csv: z.string().max(codeFileLimits.bytes * 2),
});

export const importCodesAnswer = z.object({
  system: codeSystemSummary,
  /** Codes the system had before this load: 0 for a system loaded the first time. */
  replaced: z.number().int(),
});

export const codeSearchQuery = z.strictObject({
  q: z.string().trim().min(1).max(100),
  system: codeSystemUri.optional(),
});

export const codeFound = z.object({
  system: z.string(),
  systemName: z.string(),
  code: codeValue,
  display: codeDisplay,
});
export type CodeFound = z.infer<typeof codeFound>;

/** One bad row of a refused file, as the 422 answer lists it (`rows`). */
export const refusedCodeRow = z.object({
  line: z.number().int(),
  messages: z.object({ sv: z.string(), en: z.string() }),
});
export type RefusedCodeRow = z.infer<typeof refusedCodeRow>;

export const codeSystemRoutes = {
  list: route({
    method: 'GET',
    path: '/api/code-systems',
    responses: { 200: z.object({ systems: z.array(codeSystemSummary) }) },
  }),
  import: route({
    method: 'POST',
    path: '/api/code-systems/import',
    body: importCodesBody,
    responses: { 200: importCodesAnswer },
  }),
  search: route({
    method: 'GET',
    path: '/api/codes',
    query: codeSearchQuery,
    responses: { 200: z.object({ codes: z.array(codeFound).max(codeSearchLimit) }) },
  }),
};
