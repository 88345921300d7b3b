/**
 * The access-log review's words and limits, without the validator, so the web app can use them without bundling
 * it (the schemas are in accessLog.ts).
 */

export const unusualPatterns = ['many_persons', 'outside_working_hours', 'unit_not_taking_part'] as const;
export type UnusualPattern = (typeof unusualPatterns)[number];

/** The filters, as query parameters, in the order they are shown and logged. */
export const accessLogFilterKeys = [
  'user',
  'person',
  'sip',
  'unit',
  'from',
  'to',
  'action',
  'unusual',
  'manyPersons',
  'windowMinutes',
] as const;
export type AccessLogFilterKey = (typeof accessLogFilterKeys)[number];

/** Defaults for "many persons in a short time": this many distinct persons within this many minutes. */
export const manyPersonsDefaults = { persons: 10, windowMinutes: 60 } as const;

/** The most entries one page and one export may hold. */
export const accessLogPageSizeMax = 200;
export const accessLogExportMax = 10_000;
