import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { personRoutes } from '../../shared/api/personRoutes.js';
import { personPreparationBody, type PersonPreparation } from '../../shared/api/personSide.js';
import { api } from '../api/client.js';
import { ErrorMessage } from '../components/shared/ErrorMessage.js';
import { TextArea } from '../components/shared/fields.js';
import { useSchemaResolver } from '../components/shared/formSchema.js';
import { Loading } from '../components/shared/Loading.js';
import { StepForm } from '../components/shared/StepForm.js';
import { useDocumentTitle } from '../components/shared/useDocumentTitle.js';
import { BackLink } from './BackLink.js';
import { dayAndTime } from './dates.js';
import { minaPaths } from './paths.js';
import { personKeys } from './personQueries.js';
import { useSipId } from './useSipId.js';

/**
 * "Vad är viktigt för mig", questions and the person's own goals, in their own words before the meeting: staff
 * read them while they prepare it.
 */
export function PreparationPage() {
  const { t } = useTranslation();
  const id = useSipId();
  const current = useQuery({
    queryKey: personKeys.preparation(id),
    queryFn: () => api.call(personRoutes.preparation, { params: { id } }),
  });
  useDocumentTitle(t('mina.preparation.pageTitle'));

  return (
    <div className="mina-narrow">
      <BackLink to={minaPaths.sip(id)}>{t('mina.backToOverview')}</BackLink>
      <h1>{t('mina.preparation.title')}</h1>
      <p>{t('mina.preparation.intro')}</p>
      {current.isPending ? (
        <Loading text={t('mina.loading')} />
      ) : current.error ? (
        <ErrorMessage error={current.error} />
      ) : (
        <PreparationForm sipId={id} current={current.data} />
      )}
    </div>
  );
}

function PreparationForm({ sipId, current }: { sipId: string; current: PersonPreparation }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const form = useForm({
    resolver: useSchemaResolver(personPreparationBody),
    defaultValues: {
      whatMatters: current.whatMatters,
      questions: current.questions,
      ownGoals: current.ownGoals,
    },
  });
  const save = useMutation({
    mutationFn: (body: z.output<typeof personPreparationBody>) =>
      api.call(personRoutes.savePreparation, { params: { id: sipId }, body }),
    onSuccess: (saved) => {
      client.setQueryData(personKeys.preparation(sipId), saved);
      // What the server kept is what the form starts from again.
      form.reset({ whatMatters: saved.whatMatters, questions: saved.questions, ownGoals: saved.ownGoals });
    },
  });

  return (
    <StepForm
      form={form}
      action={save}
      label={t('mina.preparation.save')}
      pendingLabel={t('mina.preparation.saving')}
    >
      <TextArea
        id="mina-what-matters"
        label={t('mina.preparation.whatMatters')}
        hint={t('mina.preparation.whatMattersHint')}
        field={form.register('whatMatters')}
        rows={5}
      />
      <TextArea
        id="mina-questions"
        label={t('mina.preparation.questions')}
        hint={t('mina.preparation.questionsHint')}
        field={form.register('questions')}
      />
      <TextArea
        id="mina-own-goals"
        label={t('mina.preparation.ownGoals')}
        hint={t('mina.preparation.ownGoalsHint')}
        field={form.register('ownGoals')}
      />
      <p role="status" className={save.isSuccess ? 'alert alert-ok' : undefined}>
        {save.isSuccess && t('mina.preparation.saved')}
      </p>
      {current.updatedAt && !save.isSuccess && (
        <p className="mina-quiet">
          {t('mina.preparation.lastSaved', { time: dayAndTime(current.updatedAt, i18n.language) })}
        </p>
      )}
    </StepForm>
  );
}
