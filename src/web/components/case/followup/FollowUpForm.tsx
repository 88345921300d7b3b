import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { followUpBody } from '../../../../shared/api/requests.js';
import { outcomeValues } from '../../../../shared/api/vocabulary.js';
import type { PlanContent } from '../../../../shared/plan.js';
import { caseRoutes } from '../../../../shared/api/caseRoutes.js';
import { api } from '../../../api/client.js';
import { RadioGroup, TextArea, TextField } from '../../shared/fields.js';
import { useSchemaResolver } from '../../shared/formSchema.js';
import { goalLabel } from '../plan/goalLabel.js';
import { StepForm } from '../../shared/StepForm.js';
import { stockholmToday } from '../../shared/time.js';
import { useCaseAction } from '../useCaseAction.js';

/** The next follow-up's date is left empty when none is set yet, which the body says as `null`. */
const followUpForm = followUpBody.extend({
  nextDate: z
    .string()
    .transform((day) => day || null)
    .pipe(followUpBody.shape.nextDate),
});

interface Item {
  kind: 'goal' | 'effort';
  key: string;
  label: string;
}

/** One outcome for every goal and every effort of the plan, once each, as the follow-up rule requires. */
export function FollowUpForm({
  sipId,
  plan,
  onDone,
}: {
  sipId: string;
  plan: PlanContent;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const items: Item[] = [
    ...plan.goals.map((goal, index) => ({
      kind: 'goal' as const,
      key: goal.key,
      label: goalLabel(goal, index, t),
    })),
    ...plan.efforts.map((effort, index) => ({
      kind: 'effort' as const,
      key: effort.key,
      label: effort.description.trim() || t('case.plan.effortN', { n: index + 1 }),
    })),
  ];
  const form = useForm({
    resolver: useSchemaResolver(followUpForm),
    defaultValues: {
      heldOn: stockholmToday(),
      // Each goal and effort is sent under its kind and key; the user gives its outcome and a note.
      items: items.map((item) => ({ kind: item.kind, key: item.key, note: '' })),
      notes: '',
      problems: '',
      nextDate: '',
    },
  });
  const id = (item: Item) => `${item.kind}-${item.key}`;
  const record = useCaseAction(
    sipId,
    (body: z.output<typeof followUpForm>) => api.call(caseRoutes.followUp, { params: { id: sipId }, body }),
    t('case.followUp.saved'),
    onDone,
  );

  return (
    <StepForm form={form} action={record} label={t('case.followUp.save')} onCancel={onDone}>
      <TextField
        id="follow-up-heldOn"
        type="date"
        label={t('case.followUp.heldOn')}
        required
        field={form.register('heldOn')}
      />
      {items.map((item, index) => (
        <fieldset key={id(item)} className="plan-item">
          <legend>
            {t(`case.followUp.${item.kind}`)}: {item.label}
          </legend>
          <RadioGroup
            id={`follow-up-${id(item)}-outcome`}
            legend={t('case.followUp.outcome')}
            field={form.register(`items.${index}.outcome`)}
            inline
            options={outcomeValues.map((value) => ({ value, label: t(`case.vocab.outcome.${value}`) }))}
          />
          <TextArea
            id={`follow-up-${id(item)}-note`}
            label={t('case.followUp.itemNote')}
            rows={2}
            field={form.register(`items.${index}.note`)}
          />
        </fieldset>
      ))}
      <TextArea id="follow-up-notes" label={t('case.followUp.notes')} field={form.register('notes')} />
      <TextArea
        id="follow-up-problems"
        label={t('case.followUp.problems')}
        hint={t('case.followUp.problemsHint')}
        field={form.register('problems')}
      />
      <TextField
        id="follow-up-nextDate"
        type="date"
        label={t('case.followUp.nextDate')}
        hint={t('case.followUp.nextDateHint')}
        field={form.register('nextDate')}
      />
    </StepForm>
  );
}
