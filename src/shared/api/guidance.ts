import { z } from 'zod';
import { guidanceSteps, routineTextMaxLength } from '../guidance.js';
import { problemBody } from './problem.js';

/** The guidance for each step as the API speaks it: the county's routine text and the law's wording. */

export const guidanceStep = z.enum(guidanceSteps);
export const guidanceStepParams = z.strictObject({ step: guidanceStep });

/** One version of a routine text: what was written, by whom and when. */
export const routineTextVersion = z.object({
  version: z.number().int(),
  markdown: z.string(),
  writtenAt: z.string(),
  writtenByName: z.string(),
});
export type RoutineTextVersion = z.infer<typeof routineTextVersion>;

/** An edit refused because the text changed since it began (`routine_text_changed`), with the text as it now reads. */
export const routineTextChangedProblem = problemBody.extend({ current: routineTextVersion.nullable() });

const lawExcerpt = z.object({
  statute: z.string(),
  reference: z.string(),
  paragraphs: z.array(z.string()),
});
export type LawExcerpt = z.infer<typeof lawExcerpt>;

export const stepGuidance = z.object({
  step: guidanceStep,
  /** The current routine text; null before the county has written one. */
  routine: routineTextVersion.nullable(),
  /** The statute text, always Swedish, with a plain summary in both languages. */
  law: z.object({
    excerpts: z.array(lawExcerpt),
    summary: z.object({ sv: z.string(), en: z.string() }),
  }),
});
export type StepGuidance = z.infer<typeof stepGuidance>;

export const guidanceResponse = z.object({
  steps: z.array(stepGuidance),
  /** Whether the acting user may change the routine texts (the system administrator). */
  mayEdit: z.boolean(),
});
export type GuidanceResponse = z.infer<typeof guidanceResponse>;

export const routineTextBody = z.strictObject({
  markdown: z.string().max(routineTextMaxLength),
  /** The version the edit started from; 0 when the step had no text. */
  baseVersion: z.number().int().min(0),
});
export type RoutineTextBody = z.infer<typeof routineTextBody>;

export const routineTextVersionsResponse = z.object({
  step: guidanceStep,
  /** Newest first. */
  versions: z.array(routineTextVersion),
});
export type RoutineTextVersionsResponse = z.infer<typeof routineTextVersionsResponse>;
