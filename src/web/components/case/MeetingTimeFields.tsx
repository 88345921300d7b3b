import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { meetingForms } from '../../../shared/api/vocabulary.js';
import { RadioGroup, TextField } from '../shared/fields.js';
import { stockholmDateTime } from '../shared/time.js';

/** A meeting's time as its form holds it: a date and two clock times, in Swedish time whatever the browser's zone. */
export const meetingTimeInputs = z.object({
  date: z.string(),
  start: z.string(),
  end: z.string(),
  form: z.enum(meetingForms),
  place: z.string(),
});

/**
 * The body's `startsAt` and `endsAt` from the form's date and times, the rest as it is; what is not filled in is
 * left empty for the body's schema to ask for.
 */
export function withMeetingTimes<T extends { date: string; start: string; end: string }>({
  date,
  start,
  end,
  ...rest
}: T) {
  return {
    ...rest,
    startsAt: date && start ? stockholmDateTime(date, start) : '',
    endsAt: date && end ? stockholmDateTime(date, end) : '',
  };
}

/** The time's fields, registered with the meeting's form (StepForm's) under the names of `meetingTimeInputs`. */
export function MeetingTimeFields({ id }: { id: string }) {
  const { t } = useTranslation();
  const { register } = useFormContext<z.input<typeof meetingTimeInputs>>();
  return (
    <>
      <div className="grid-3">
        <TextField
          id={`${id}-date`}
          path="startsAt"
          type="date"
          label={t('case.meeting.date')}
          required
          field={register('date')}
        />
        <TextField
          id={`${id}-start`}
          path="startsAt"
          type="time"
          label={t('case.meeting.start')}
          required
          field={register('start')}
        />
        <TextField
          id={`${id}-end`}
          path="endsAt"
          type="time"
          label={t('case.meeting.end')}
          required
          field={register('end')}
        />
      </div>
      <p className="hint">{t('case.meeting.timeZoneHint')}</p>
      <RadioGroup
        id={`${id}-form`}
        legend={t('case.meeting.form')}
        field={register('form')}
        inline
        options={meetingForms.map((form) => ({ value: form, label: t(`vocab.meetingForm.${form}`) }))}
      />
      <TextField
        id={`${id}-place`}
        label={t('case.meeting.place')}
        hint={t('case.meeting.placeHint')}
        field={register('place')}
      />
    </>
  );
}
