import { useTranslation } from 'react-i18next';
import { meetingForms } from '../../../shared/api/vocabulary.js';
import { RadioGroup, TextField } from '../shared/fields.js';
import { stockholmDateTime } from '../shared/time.js';

export type MeetingForm = (typeof meetingForms)[number];

export interface MeetingTime {
  date: string;
  start: string;
  end: string;
  form: MeetingForm;
  place: string;
}

/** The request fields for a meeting's time, in Swedish time whatever the browser's zone. */
export function meetingTimeBody(time: MeetingTime) {
  return {
    startsAt: stockholmDateTime(time.date, time.start),
    endsAt: stockholmDateTime(time.date, time.end),
    form: time.form,
    place: time.place,
  };
}

/** Which of date, start and end are still empty, as request paths for marking them. */
export function missingTime(time: MeetingTime): [string, boolean][] {
  return [
    ['startsAt', time.date === '' || time.start === ''],
    ['endsAt', time.end === ''],
  ];
}

export function MeetingTimeFields({
  id,
  value,
  onChange,
}: {
  id: string;
  value: MeetingTime;
  onChange: (value: MeetingTime) => void;
}) {
  const { t } = useTranslation();
  const set = (patch: Partial<MeetingTime>) => onChange({ ...value, ...patch });
  return (
    <>
      <div className="grid-3">
        <TextField
          id={`${id}-date`}
          path="startsAt"
          type="date"
          label={t('case.meeting.date')}
          required
          value={value.date}
          onChange={(date) => set({ date })}
        />
        <TextField
          id={`${id}-start`}
          path="startsAt"
          type="time"
          label={t('case.meeting.start')}
          required
          value={value.start}
          onChange={(start) => set({ start })}
        />
        <TextField
          id={`${id}-end`}
          path="endsAt"
          type="time"
          label={t('case.meeting.end')}
          required
          value={value.end}
          onChange={(end) => set({ end })}
        />
      </div>
      <p className="hint">{t('case.meeting.timeZoneHint')}</p>
      <RadioGroup
        id={`${id}-form`}
        path="form"
        legend={t('case.meeting.form')}
        value={value.form}
        onChange={(form) => set({ form })}
        inline
        options={meetingForms.map((form) => ({ value: form, label: t(`case.vocab.meetingForm.${form}`) }))}
      />
      <TextField
        id={`${id}-place`}
        path="place"
        label={t('case.meeting.place')}
        hint={t('case.meeting.placeHint')}
        value={value.place}
        onChange={(place) => set({ place })}
      />
    </>
  );
}
