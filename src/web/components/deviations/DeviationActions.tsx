import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviationAction } from '../../../shared/api/deviationFields.js';
import type { DeviationDetail } from '../../../shared/api/deviations.js';
import { Disclosure } from '../shared/Disclosure.js';
import { TextArea } from '../shared/fields.js';
import { checkChoices } from '../shared/localCheck.js';
import { StepForm } from '../shared/StepForm.js';
import { useDeviationStep } from './useDeviations.js';
import './deviations.css';

/** What each step asks for: an optional note, a required reason to escalate, a required resolution. */
const fields: Record<DeviationAction, { path: 'note' | 'resolution'; required: boolean }> = {
  handle: { path: 'note', required: false },
  escalate: { path: 'note', required: true },
  close: { path: 'resolution', required: true },
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
  const [text, setText] = useState('');
  const done: Record<DeviationAction, string> = {
    handle: t('deviations.actions.handled'),
    escalate: t('deviations.actions.escalated'),
    close: t('deviations.actions.closed'),
  };
  const step = useDeviationStep(deviation.id, (finished) => onDone(done[finished]));
  const field = fields[action];
  const textLabel = {
    handle: t('deviations.actions.handleNote'),
    escalate: t('deviations.actions.escalateNote'),
    close: t('deviations.actions.resolution'),
  }[action];

  const findMissing = () =>
    checkChoices([[field.path, field.required && text.trim() === '', t('deviations.actions.write')]], {
      summary: t('case.form.incomplete'),
      choose: t('case.form.choose'),
    });

  return (
    <StepForm
      action={step}
      check={findMissing}
      send={() => step.mutate({ action, text })}
      label={label}
      onCancel={onCancel}
    >
      <TextArea
        id={`deviation-${action}-text`}
        path={field.path}
        label={textLabel}
        hint={t('deviations.actions.privacy')}
        required={field.required}
        value={text}
        onChange={setText}
      />
    </StepForm>
  );
}
