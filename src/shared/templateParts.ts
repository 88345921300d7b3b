import { sipPhaseValues } from './api/vocabulary.js';

/**
 * The parts of a plan template, without the schemas (the web app imports these; importing the schemas would put
 * the validation library into every page).
 *
 * The plan's sections a template words for its target group, in the plan's order. `responsibility` is the overall
 * responsibility and the coordinator; `followUp` is when and what is followed up.
 */
export const templateSectionKeys = [
  'situation',
  'needs',
  'strengths',
  'wishes',
  'goals',
  'efforts',
  'measuresByOthers',
  'responsibility',
  'timePlan',
  'followUp',
  'medication',
  'assistiveDevices',
  'childView',
  'individualParticipation',
] as const;
export type TemplateSectionKey = (typeof templateSectionKeys)[number];

/**
 * The sections a template may leave out because neither the law nor the routine requires them (a plan for an older
 * person has no child's view). A section left out still shows when a plan already has something written in it.
 */
export const optionalTemplateSections = ['medication', 'assistiveDevices', 'childView'] as const;
export type OptionalTemplateSection = (typeof optionalTemplateSections)[number];

/** The steps a template's checklist follows: the case's phases. */
export const templateChecklistSteps = sipPhaseValues;
