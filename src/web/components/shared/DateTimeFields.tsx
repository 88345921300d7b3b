import type { ReactNode } from 'react';
import { useFormContext } from 'react-hook-form';
import { z } from 'zod';
import { TextField } from './fields.js';
import { stockholmDateTime } from './time.js';

/** A date and a clock time as their inputs hold them. */
export interface DateTimeInputs {
  date: string;
  time: string;
}

/**
 * An instant as its form holds it, a date and a clock time in Swedish time, sent as `instant` (the body's schema
 * for it) with its offset; what is not filled in is left empty for that schema to ask for, on the date's field.
 */
export function dateTimeInputs(instant: z.ZodType<string, string>) {
  return z
    .object({ date: z.string(), time: z.string() })
    .transform(({ date, time }) => (date && time ? stockholmDateTime(date, time) : ''))
    .pipe(instant);
}

/**
 * The date and the time of one instant, side by side, registered with the form StepForm provides under `name`
 * (`name.date`, `name.time`); a refusal of the instant is shown at the date.
 */
export function DateTimeFields({
  name,
  ids,
  labels,
}: {
  name: string;
  ids: { date: string; time: string };
  labels: { date: ReactNode; time: ReactNode };
}) {
  const { register } = useFormContext<Record<string, DateTimeInputs>>();
  return (
    <div className="grid-2">
      <TextField
        id={ids.date}
        path={name}
        type="date"
        label={labels.date}
        field={register(`${name}.date`)}
        required
      />
      <TextField id={ids.time} type="time" label={labels.time} field={register(`${name}.time`)} required />
    </div>
  );
}
