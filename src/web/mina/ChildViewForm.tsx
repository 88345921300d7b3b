import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { childViewBody, type ChildView } from '../../shared/api/personSide.js';
import { personRoutes } from '../../shared/api/personRoutes.js';
import { api } from '../api/client.js';
import { TextArea } from '../components/shared/fields.js';
import { useSchemaResolver } from '../components/shared/formSchema.js';
import { StepForm } from '../components/shared/StepForm.js';

const parts = ['good', 'hard', 'wishes'] as const;

/** A face for each question, for a child who reads slowly; screen readers hear the label alone. */
const faces = { good: '😊', hard: '😟', wishes: '🙏' };

/** The three questions in the child's own words; saving keeps what the server kept. */
export function ChildViewForm({
  sipId,
  current,
  onSaved,
}: {
  sipId: string;
  current: ChildView;
  onSaved: (saved: ChildView) => void;
}) {
  const { t } = useTranslation();
  const form = useForm({
    resolver: useSchemaResolver(childViewBody),
    defaultValues: { good: current.good, hard: current.hard, wishes: current.wishes },
  });
  const save = useMutation({
    mutationFn: (body: z.output<typeof childViewBody>) =>
      api.call(personRoutes.saveChildView, { params: { id: sipId }, body }),
    onSuccess: (saved) => {
      onSaved(saved);
      form.reset({ good: saved.good, hard: saved.hard, wishes: saved.wishes });
    },
  });

  return (
    <>
      <StepForm
        form={form}
        action={save}
        className="child-view-form"
        label={t('minaMore.childView.save')}
        pendingLabel={t('minaMore.childView.saving')}
      >
        {parts.map((part) => (
          <div key={part} className={`child-view-question child-view-${part}`}>
            <TextArea
              id={`child-view-${part}`}
              label={
                <>
                  <span aria-hidden="true" className="child-view-face">
                    {faces[part]}
                  </span>{' '}
                  {t(`minaMore.childView.${part}`)}
                </>
              }
              hint={t(`minaMore.childView.${part}Hint`)}
              rows={4}
              field={form.register(part)}
            />
          </div>
        ))}
      </StepForm>
      <p role="status">{save.isSuccess && !form.formState.isDirty ? t('minaMore.childView.saved') : ''}</p>
    </>
  );
}
