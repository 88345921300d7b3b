import { z } from 'zod';
import { problemBody } from './problem.js';
import { id, requiredShortText, shortText } from '../fields.js';
import { optionalTemplateSections, templateChecklistSteps, templateSectionKeys } from '../templateParts.js';
import { targetGroups } from './vocabulary.js';

/**
 * A plan template as the county writes it (docs/decisions/0021-plan-templates.md): in the county's own language,
 * not translated by the app. Read and written whole; every save is a new version.
 */
const guideText = z.string().trim().max(2_000);
const checklistItem = z.string().trim().min(1).max(500);

export const templateSectionSchema = z.strictObject({
  /** The section's heading in the target group's words; empty keeps the standard heading. */
  heading: shortText,
  /** What to ask or think of when writing the section. */
  prompt: guideText,
  /** A short example of what the section may say. */
  example: guideText,
});

const unique = <T>(values: T[]) => new Set(values).size === values.length;

export const templateContentSchema = z.strictObject({
  name: requiredShortText,
  description: guideText,
  /** The target groups whose cases take this template unless the case chooses another. */
  targetGroups: z.array(z.enum(targetGroups)).max(targetGroups.length).refine(unique, 'targetGroups repeat'),
  sections: z.strictObject(
    Object.fromEntries(templateSectionKeys.map((key) => [key, templateSectionSchema])) as Record<
      (typeof templateSectionKeys)[number],
      typeof templateSectionSchema
    >,
  ),
  hiddenSections: z.array(z.enum(optionalTemplateSections)).refine(unique, 'hiddenSections repeat'),
  /** Actors to consider inviting, beyond the principals: school, BUP, habilitation, Försäkringskassan, … */
  actorsToInvite: z.array(z.strictObject({ name: requiredShortText, why: guideText })).max(30),
  /** What to check at each step, for this target group, beside the routine's general checklist. */
  checklists: z.strictObject(
    Object.fromEntries(
      templateChecklistSteps.map((step) => [step, z.array(checklistItem).max(20)]),
    ) as Record<(typeof templateChecklistSteps)[number], z.ZodArray<typeof checklistItem>>,
  ),
});
export type TemplateContent = z.infer<typeof templateContentSchema>;
export type TemplateSection = z.infer<typeof templateSectionSchema>;

export const newTemplateBody = z.strictObject({ content: templateContentSchema });

export const templateBody = z.strictObject({
  content: templateContentSchema,
  /** The version the editor started from; a save based on an older one is refused (0 for a new template). */
  baseVersion: z.number().int().min(0),
});

export const chooseTemplateBody = z.strictObject({
  /** Null: the template of the case's target group. */
  templateId: id.nullable(),
});

/** A template's version as a plan names it. */
export const templateReference = z.object({
  id: z.string(),
  version: z.number(),
  name: z.string(),
  /** The template has a newer version than the one the plan was written with. */
  newerVersion: z.boolean(),
});

export const templateView = z.object({
  id: z.string(),
  version: z.number(),
  content: templateContentSchema,
  writtenAt: z.string(),
  /** Empty for a template the installation started with. */
  writtenByName: z.string(),
});

/** A save refused because someone saved a newer version first (`stale_template`), with that version. */
export const staleTemplateProblem = problemBody.extend({ current: templateView });

export const templateList = z.object({ templates: z.array(templateView) });

export const templateHistory = z.object({
  versions: z.array(
    z.object({ version: z.number(), name: z.string(), writtenAt: z.string(), writtenByName: z.string() }),
  ),
});

export type TemplateView = z.infer<typeof templateView>;
export type TemplateReference = z.infer<typeof templateReference>;
