import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { approvalBody } from '../../../../shared/api/requests.js';
import { staffApprovalMethods } from '../../../../shared/api/vocabulary.js';
import { planRoutes } from '../../../../shared/api/planRoutes.js';
import { api } from '../../../api/client.js';
import { RadioGroup, TextField } from '../../shared/fields.js';
import { useSchemaResolver } from '../../shared/formSchema.js';
import { StepForm } from '../../shared/StepForm.js';
import { useCaseAction } from '../useCaseAction.js';

/** The individual's approval of a version; it replaces the signatures the law does not require. */
export function ApprovalForm({
  sipId,
  version,
  onDone,
}: {
  sipId: string;
  version: number;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm({ resolver: useSchemaResolver(approvalBody), defaultValues: { note: '' } });
  const approve = useCaseAction(
    sipId,
    (body: z.output<typeof approvalBody>) =>
      api.call(planRoutes.approve, { params: { id: sipId, version }, body }),
    t('case.versions.approvalSaved', { version }),
    onDone,
  );

  return (
    <StepForm
      form={form}
      action={approve}
      label={t('case.versions.saveApproval')}
      onCancel={onDone}
      className="subpanel"
    >
      <h3>{t('case.versions.approvalTitle', { version })}</h3>
      <p className="hint">{t('case.versions.approvalHint')}</p>
      <RadioGroup
        id={`approval-${version}-method`}
        legend={t('case.versions.approvalMethod')}
        field={form.register('method')}
        inline
        options={staffApprovalMethods.map((value) => ({
          value,
          label: t(`case.vocab.approvalMethod.${value}`),
        }))}
      />
      <TextField
        id={`approval-${version}-note`}
        label={t('case.versions.approvalNote')}
        field={form.register('note')}
      />
    </StepForm>
  );
}
