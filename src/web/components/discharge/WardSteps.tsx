import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  estimatedDischargeBody,
  readyForDischargeBody,
  type DischargeDetail,
} from '../../../shared/api/discharge.js';
import { dischargeRoutes } from '../../../shared/api/dischargeRoutes.js';
import { api } from '../../api/client.js';
import { DateTimeFields, dateTimeInputs } from '../shared/DateTimeFields.js';
import { TextField } from '../shared/fields.js';
import { useSchemaResolver } from '../shared/formSchema.js';
import { StepForm } from '../shared/StepForm.js';
import { toStockholmInputs } from '../shared/time.js';
import { useDischargeStep } from './dischargeQueries.js';

interface StepProps {
  process: DischargeDetail;
  onDone: (message: string) => void;
}

/** The ward keeps the estimated discharge date up to date for the receiving units' planning. */
export function EstimatedDischargeForm({ process, onDone }: StepProps) {
  const { t } = useTranslation();
  const form = useForm({
    resolver: useSchemaResolver(estimatedDischargeBody),
    defaultValues: { estimatedDischargeOn: process.estimatedDischargeOn ?? '' },
  });
  const save = useDischargeStep(
    process.id,
    (body: z.output<typeof estimatedDischargeBody>) =>
      api.call(dischargeRoutes.estimate, { params: { id: process.id }, body }),
    onDone,
    t('discharge.steps.estimated.saved'),
  );
  return (
    <StepForm form={form} action={save} label={t('discharge.steps.estimated.save')}>
      <TextField
        id="estimated-day"
        type="date"
        label={t('discharge.steps.estimated.label')}
        field={form.register('estimatedDischargeOn')}
        required
      />
    </StepForm>
  );
}

/** Readiness as its form holds it: the date and time it was declared, Swedish time. */
const readyForm = readyForDischargeBody.extend({
  readyAt: dateTimeInputs(readyForDischargeBody.shape.readyAt),
});

/** The ward declares the patient ready for discharge, now or after the fact; the deadline starts from that day. */
export function ReadyForm({ process, onDone }: StepProps) {
  const { t } = useTranslation();
  const form = useForm({
    resolver: useSchemaResolver(readyForm),
    defaultValues: { readyAt: toStockholmInputs(new Date().toISOString()) },
  });
  const save = useDischargeStep(
    process.id,
    (body: z.output<typeof readyForm>) =>
      api.call(dischargeRoutes.ready, { params: { id: process.id }, body }),
    onDone,
    t('discharge.steps.ready.saved'),
  );
  return (
    <StepForm form={form} action={save} label={t('discharge.steps.ready.save')}>
      <p>{t('discharge.steps.ready.intro')}</p>
      <DateTimeFields
        name="readyAt"
        ids={{ date: 'ready-date', time: 'ready-time' }}
        labels={{ date: t('discharge.steps.ready.date'), time: t('discharge.steps.ready.time') }}
      />
    </StepForm>
  );
}
