import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DischargeDetail } from '../../../shared/api/discharge.js';
import { interruptionReasons } from '../../../shared/api/dischargeVocabulary.js';
import { dischargeRoutes } from '../../../shared/api/dischargeRoutes.js';
import { api } from '../../api/client.js';
import { RadioGroup, TextArea } from '../shared/fields.js';
import { checkChoices } from '../shared/localCheck.js';
import { StepForm } from '../shared/StepForm.js';
import { useDischargeStep } from './dischargeQueries.js';

type Reason = (typeof interruptionReasons)[number];

/** The process ends without an invitation: the patient was transferred, died, or another reason. */
export function InterruptForm({
  process,
  onDone,
}: {
  process: DischargeDetail;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<Reason | ''>('');
  const [note, setNote] = useState('');
  const save = useDischargeStep(
    process.id,
    (chosen: Reason) =>
      api.call(dischargeRoutes.interrupt, { params: { id: process.id }, body: { reason: chosen, note } }),
    onDone,
    t('discharge.steps.interrupt.saved'),
  );
  return (
    <StepForm
      action={save}
      check={() =>
        checkChoices([['reason', reason === '']], {
          summary: t('case.form.incomplete'),
          choose: t('case.form.choose'),
        })
      }
      send={() => reason !== '' && save.mutate(reason)}
      label={t('discharge.steps.interrupt.save')}
      danger
    >
      <RadioGroup
        id="interrupt-reason"
        path="reason"
        legend={t('discharge.steps.interrupt.reason')}
        value={reason}
        onChange={setReason}
        options={interruptionReasons.map((value) => ({
          value,
          label: t(`discharge.interruptionReason.${value}`),
        }))}
      />
      <TextArea
        id="interrupt-note"
        path="note"
        label={t('discharge.steps.interrupt.note')}
        value={note}
        onChange={setNote}
      />
    </StepForm>
  );
}
