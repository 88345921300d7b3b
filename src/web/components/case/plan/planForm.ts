import { useFormContext, type RegisterOptions } from 'react-hook-form';
import type { z } from 'zod';
import type { savePlanBody } from '../../../../shared/api/requests.js';

/** The plan editor's form holds the body it saves: the revision it is based on, the content, and the reason. */
export type PlanFormValues = z.input<typeof savePlanBody>;

/** The plan's content as the form holds it, before its schema has filled in what may be left out. */
export type PlanDraft = PlanFormValues['content'];

/** The plan editor's form, for the parts of the plan that register their fields with it. */
export function usePlanForm() {
  return useFormContext<PlanFormValues>();
}

/**
 * For a date or a choice the plan may leave open: its empty input is held as `null`, as the content says it, so
 * a field cleared again leaves the plan as it was.
 */
export const emptyAsNull = {
  setValueAs: (value: string | null) => value || null,
} satisfies RegisterOptions;
