import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { preparationBody } from '../../../shared/api/requests.js';
import type { SipDetail } from '../../../shared/api/responses.js';
import { meetingForms } from '../../../shared/api/vocabulary.js';
import { caseRoutes } from '../../../shared/api/caseRoutes.js';
import { api } from '../../api/client.js';
import type { Can } from './commands.js';
import { Disclosure } from '../shared/Disclosure.js';
import { Facts, Prose } from '../shared/Facts.js';
import { RadioGroup, TextArea, TextField } from '../shared/fields.js';
import { useSchemaResolver } from '../shared/formSchema.js';
import { isChild } from './person.js';
import { Section } from '../shared/Section.js';
import { StepForm } from '../shared/StepForm.js';
import { formatDateTime } from '../shared/time.js';
import { useCaseAction } from './useCaseAction.js';

/** What the individual wants from the meeting, worked out with them beforehand. */
export function PreparationSection({ sip, can }: { sip: SipDetail; can: Can }) {
  const { t } = useTranslation();
  const { preparation } = sip;
  return (
    <Section id="preparation" title={t('case.preparation.title')} guidance="preparation">
      {preparation ? (
        <Facts
          items={[
            [t('case.preparation.whatMatters'), <Prose key="w" text={preparation.whatMatters} />],
            [t('case.preparation.questions'), <Prose key="q" text={preparation.questions} />],
            [
              t('case.preparation.childView'),
              preparation.childView && <Prose text={preparation.childView} />,
            ],
            [t('case.preparation.meetingForm'), t(`vocab.meetingForm.${preparation.meetingForm}`)],
            [t('case.preparation.place'), preparation.place],
            [
              t('case.form.updatedBy'),
              `${preparation.updatedByName} · ${formatDateTime(preparation.updatedAt)}`,
            ],
          ]}
        />
      ) : (
        <p>{t('case.preparation.none')}</p>
      )}
      {can('savePreparation') && (
        <Disclosure
          id="preparation-edit"
          label={preparation ? t('case.preparation.edit') : t('case.preparation.start')}
          className={preparation ? 'button-secondary' : 'button-primary'}
        >
          {(close) => <PreparationForm sip={sip} onDone={close} />}
        </Disclosure>
      )}
    </Section>
  );
}

function PreparationForm({ sip, onDone }: { sip: SipDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const before = sip.preparation;
  const form = useForm({
    resolver: useSchemaResolver(preparationBody),
    defaultValues: {
      whatMatters: before?.whatMatters ?? '',
      questions: before?.questions ?? '',
      childView: before?.childView ?? '',
      meetingForm: before?.meetingForm ?? 'in_person',
      place: before?.place ?? '',
    },
  });
  const save = useCaseAction(
    sip.id,
    (body: z.output<typeof preparationBody>) =>
      api.call(caseRoutes.preparation, { params: { id: sip.id }, body }),
    t('case.preparation.saved'),
    onDone,
  );

  return (
    <StepForm form={form} action={save} label={t('case.preparation.save')} onCancel={onDone}>
      <TextArea
        id="prep-whatMatters"
        label={t('case.preparation.whatMatters')}
        hint={t('case.preparation.whatMattersHint')}
        field={form.register('whatMatters')}
      />
      <TextArea
        id="prep-questions"
        label={t('case.preparation.questions')}
        hint={t('case.preparation.questionsHint')}
        field={form.register('questions')}
      />
      {isChild(sip) && (
        <TextArea
          id="prep-childView"
          label={t('case.preparation.childView')}
          hint={t('case.preparation.childViewHint')}
          field={form.register('childView')}
        />
      )}
      <RadioGroup
        id="prep-meetingForm"
        legend={t('case.preparation.meetingForm')}
        field={form.register('meetingForm')}
        inline
        options={meetingForms.map((value) => ({ value, label: t(`vocab.meetingForm.${value}`) }))}
      />
      <TextField
        id="prep-place"
        label={t('case.preparation.place')}
        hint={t('case.preparation.placeHint')}
        field={form.register('place')}
      />
    </StepForm>
  );
}
