import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { DeviationAction } from '../../../shared/api/deviationFields.js';
import {
  closeDeviationBody,
  escalateDeviationBody,
  handleDeviationBody,
  type DeviationDetail,
} from '../../../shared/api/deviations.js';
import { Disclosure } from '../shared/Disclosure.js';
import { TextArea } from '../shared/fields.js';
import { useSchemaResolver } from '../shared/formSchema.js';
import { StepForm } from '../shared/StepForm.js';
import { useDeviationStep } from './useDeviations.js';
import './deviations.css';

/**
 * What each step asks for, as the server's schema for its body reads it: an optional note, a required reason to
 * escalate, a required resolution. The form holds it as one `text`, as the step's three forms look alike.
 */
const texts: Record<DeviationAction, { schema: z.ZodType<string, string | undefined>; required: boolean }> = {
  handle: { schema: handleDeviationBody.shape.note, required: false },
  escalate: { schema: escalateDeviationBody.shape.note, required: true },
  close: { schema: closeDeviationBody.shape.resolution, required: true },
};

/** The steps the server says the user may take now, each behind a button that opens its form. */
export function DeviationActions({
  deviation,
  onDone,
}: {
  deviation: DeviationDetail;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const labels: Record<DeviationAction, string> = {
    handle: t('deviations.actions.handle'),
    escalate: t('deviations.actions.escalate', { level: deviation.nextLevelName ?? '' }),
    close: t('deviations.actions.close'),
  };
  return (
    <section className="card" aria-labelledby="deviation-actions-heading">
      <h2 id="deviation-actions-heading">{t('deviations.actions.heading')}</h2>
      {deviation.allowedActions.length === 0 ? (
        <p>{t('deviations.actions.none')}</p>
      ) : (
        <div className="deviation-actions">
          {deviation.allowedActions.map((action) => (
            <Disclosure
              key={action}
              id={`deviation-${action}`}
              label={labels[action]}
              className={action === 'close' ? 'button-primary' : 'button-secondary'}
            >
              {(close) => (
                <DeviationStepForm
                  deviation={deviation}
                  action={action}
                  label={labels[action]}
                  onCancel={close}
                  onDone={onDone}
                />
              )}
            </Disclosure>
          ))}
        </div>
      )}
    </section>
  );
}

function DeviationStepForm({
  deviation,
  action,
  label,
  onCancel,
  onDone,
}: {
  deviation: DeviationDetail;
  action: DeviationAction;
  label: string;
  onCancel: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const text = texts[action];
  const form = useForm({
    resolver: useSchemaResolver(z.strictObject({ text: text.schema }), {
      text: t('deviations.actions.write'),
    }),
    defaultValues: { text: '' },
  });
  const done: Record<DeviationAction, string> = {
    handle: t('deviations.actions.handled'),
    escalate: t('deviations.actions.escalated'),
    close: t('deviations.actions.closed'),
  };
  const step = useDeviationStep(deviation.id, action, () => onDone(done[action]));
  const textLabel = {
    handle: t('deviations.actions.handleNote'),
    escalate: t('deviations.actions.escalateNote'),
    close: t('deviations.actions.resolution'),
  }[action];

  return (
    <StepForm form={form} action={step} label={label} onCancel={onCancel}>
      <TextArea
        id={`deviation-${action}-text`}
        label={textLabel}
        hint={t('deviations.actions.privacy')}
        required={text.required}
        field={form.register('text')}
      />
    </StepForm>
  );
}
