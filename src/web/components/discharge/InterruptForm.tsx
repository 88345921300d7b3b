import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { interruptionBody } from '../../../shared/api/discharge.js';
import { interruptionReasons } from '../../../shared/api/dischargeVocabulary.js';
import { dischargeRoutes } from '../../../shared/api/dischargeRoutes.js';
import { api } from '../../api/client.js';
import { RadioGroup, TextArea } from '../shared/fields.js';
import { useSchemaResolver } from '../shared/formSchema.js';
import { StepForm } from '../shared/StepForm.js';
import { useDischargeStep } from './dischargeQueries.js';

/** The process ends without an invitation: the patient was transferred, died, or another reason. */
export function InterruptForm({
  processId,
  onDone,
}: {
  processId: string;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const form = useForm({ resolver: useSchemaResolver(interruptionBody), defaultValues: { note: '' } });
  const save = useDischargeStep(
    processId,
    (body: z.output<typeof interruptionBody>) =>
      api.call(dischargeRoutes.interrupt, { params: { id: processId }, body }),
    onDone,
    t('discharge.steps.interrupt.saved'),
  );
  return (
    <StepForm form={form} action={save} label={t('discharge.steps.interrupt.save')} danger>
      <RadioGroup
        id="interrupt-reason"
        legend={t('discharge.steps.interrupt.reason')}
        field={form.register('reason')}
        options={interruptionReasons.map((value) => ({
          value,
          label: t(`discharge.interruptionReason.${value}`),
        }))}
      />
      <TextArea
        id="interrupt-note"
        label={t('discharge.steps.interrupt.note')}
        field={form.register('note')}
      />
    </StepForm>
  );
}
