import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DischargeDetail } from '../../../shared/api/discharge.js';
import { dischargeRoutes } from '../../../shared/api/dischargeRoutes.js';
import { api } from '../../api/client.js';
import { TextField } from '../shared/fields.js';
import { StepForm } from '../shared/StepForm.js';
import { stockholmDateTime, toStockholmInputs } from '../shared/time.js';
import { useDischargeStep } from './dischargeQueries.js';

interface StepProps {
  process: DischargeDetail;
  onDone: (message: string) => void;
}

/** The ward keeps the estimated discharge date up to date for the receiving units' planning. */
export function EstimatedDischargeForm({ process, onDone }: StepProps) {
  const { t } = useTranslation();
  const [day, setDay] = useState(process.estimatedDischargeOn ?? '');
  const save = useDischargeStep(
    process.id,
    () =>
      api.call(dischargeRoutes.estimate, { params: { id: process.id }, body: { estimatedDischargeOn: day } }),
    onDone,
    t('discharge.steps.estimated.saved'),
  );
  return (
    <StepForm action={save} label={t('discharge.steps.estimated.save')}>
      <TextField
        id="estimated-day"
        path="estimatedDischargeOn"
        type="date"
        label={t('discharge.steps.estimated.label')}
        value={day}
        onChange={setDay}
        required
      />
    </StepForm>
  );
}

/** The ward declares the patient ready for discharge, now or after the fact; the deadline starts from that day. */
export function ReadyForm({ process, onDone }: StepProps) {
  const { t } = useTranslation();
  const now = toStockholmInputs(new Date().toISOString());
  const [date, setDate] = useState(now.date);
  const [time, setTime] = useState(now.time);
  const save = useDischargeStep(
    process.id,
    () =>
      api.call(dischargeRoutes.ready, {
        params: { id: process.id },
        body: { readyAt: stockholmDateTime(date, time) },
      }),
    onDone,
    t('discharge.steps.ready.saved'),
  );
  return (
    <StepForm action={save} label={t('discharge.steps.ready.save')}>
      <p>{t('discharge.steps.ready.intro')}</p>
      <div className="grid-2">
        <TextField
          id="ready-date"
          path="readyAt"
          type="date"
          label={t('discharge.steps.ready.date')}
          value={date}
          onChange={setDate}
          required
        />
        <TextField
          id="ready-time"
          type="time"
          label={t('discharge.steps.ready.time')}
          value={time}
          onChange={setTime}
          required
        />
      </div>
    </StepForm>
  );
}
