import { z } from 'zod';

/** Field shapes shared by the API schemas: one place decides how long a text may be and what a date looks like. */
export const id = z.uuid();
export const shortText = z.string().trim().max(200);
export const requiredShortText = z.string().trim().min(1).max(200);
export const longText = z.string().max(10_000);
export const isoDate = z.iso.date();

/** A period's end is not before its start (either may be left open). For `.refine(periodInOrder, periodMessage)`. */
export function periodInOrder(period: { from?: string | undefined; to?: string | undefined }): boolean {
  return !period.from || !period.to || period.from <= period.to;
}
export const periodMessage = { path: ['to'], message: 'to must not be before from' };
export const isoDateTime = z.iso.datetime({ offset: true });

/**
 * A rule of our own, for `.refine` or `ctx.addIssue`: its message in both languages rides in the params,
 * and the server answers with these words instead of zod's generic "invalid input".
 */
export function inBothLanguages(text: { sv: string; en: string }) {
  return { message: text.en, params: text };
}
export const email = z.email().max(200);
export const phone = z
  .string()
  .trim()
  .max(40)
  .regex(/^[+0-9 ()-]*$/, 'phone');
/** Items in lists a person writes (goals, efforts): the client names them so versions can be compared. */
export const itemKey = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);
