/**
 * The steps the guidance follows: the parts of a SIP's case page in the order the process takes them, and the
 * discharge process (lag 2017:612). For each, the county writes its routine text and Samplan shows the law's
 * wording. A closed list: the database refuses any other step (0021_routine_texts.sql).
 */
export const guidanceSteps = [
  'need',
  'consent',
  'preparation',
  'meeting',
  'plan',
  'followUp',
  'closing',
  'discharge',
] as const;
export type GuidanceStep = (typeof guidanceSteps)[number];

/** The longest routine text for one step, in characters; the database holds the same limit. */
export const routineTextMaxLength = 20_000;
