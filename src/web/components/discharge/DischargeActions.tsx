import { useTranslation } from 'react-i18next';
import type { DischargeDetail } from '../../../shared/api/discharge.js';
import { Disclosure } from '../shared/Disclosure.js';
import { Section } from '../shared/Section.js';
import { CareContactForm, StartSipForm } from './CareContactSteps.js';
import { InterruptForm } from './InterruptForm.js';
import { EstimatedDischargeForm, ReadyForm } from './WardSteps.js';

/** The steps the acting unit may take now, exactly those the server sent with the process. */
export function DischargeActions({
  process,
  onDone,
}: {
  process: DischargeDetail;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const done = (close: () => void) => (message: string) => {
    close();
    onDone(message);
  };
  const can = (action: DischargeDetail['allowedActions'][number]) => process.allowedActions.includes(action);
  return (
    <Section id="discharge-actions" title={t('discharge.process.actions')}>
      {process.allowedActions.length === 0 && <p>{t('discharge.process.noActions')}</p>}
      {can('declareReady') && (
        <Disclosure id="ready" label={t('discharge.steps.ready.open')} className="button-primary">
          {(close) => <ReadyForm process={process} onDone={done(close)} />}
        </Disclosure>
      )}
      {can('assignCareContact') && (
        <Disclosure id="care-contact" label={t('discharge.steps.careContact.open')}>
          {(close) => <CareContactForm process={process} onDone={done(close)} />}
        </Disclosure>
      )}
      {can('startSip') && (
        <Disclosure id="start-sip" label={t('discharge.steps.startSip.open')} className="button-primary">
          {(close) => <StartSipForm process={process} onDone={done(close)} />}
        </Disclosure>
      )}
      {can('setEstimatedDischarge') && (
        <Disclosure id="estimated" label={t('discharge.steps.estimated.open')}>
          {(close) => <EstimatedDischargeForm process={process} onDone={done(close)} />}
        </Disclosure>
      )}
      {can('interrupt') && (
        <Disclosure id="interrupt" label={t('discharge.steps.interrupt.open')} className="button-danger">
          {(close) => <InterruptForm processId={process.id} onDone={done(close)} />}
        </Disclosure>
      )}
    </Section>
  );
}
