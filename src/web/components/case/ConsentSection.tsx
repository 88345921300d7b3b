import { useTranslation } from 'react-i18next';
import type { SipDetail } from '../../../shared/api/responses.js';
import type { Can } from './commands.js';
import { ConsentForm } from './ConsentForm.js';
import { ConsentView } from './ConsentView.js';
import { DeclineConsentForm } from './DeclineConsentForm.js';
import { Disclosure } from '../shared/Disclosure.js';
import { Section } from '../shared/Section.js';
import { WithdrawConsentForm } from './WithdrawConsentForm.js';

/** The individual's consent: nothing is shared and nobody is invited before it is recorded. */
export function ConsentSection({ sip, can }: { sip: SipDetail; can: Can }) {
  const { t } = useTranslation();
  const { consent } = sip;
  const current = consent && consent.decision === 'given' && !consent.withdrawnAt;
  return (
    <Section id="consent" title={t('case.consent.title')} guidance="consent">
      {consent ? <ConsentView consent={consent} /> : <p>{t('case.consent.none')}</p>}
      <div className="section-actions">
        {can('recordConsent') && (
          <Disclosure
            id="consent-record"
            label={current ? t('case.consent.renew') : t('case.consent.record')}
            className={current ? 'button-secondary' : 'button-primary'}
          >
            {(close) => <ConsentForm sip={sip} onDone={close} />}
          </Disclosure>
        )}
        {can('declineConsent') && (
          <Disclosure id="consent-decline" label={t('case.consent.decline')}>
            {(close) => <DeclineConsentForm sip={sip} onDone={close} />}
          </Disclosure>
        )}
        {can('withdrawConsent') && current && (
          <Disclosure id="consent-withdraw" label={t('case.consent.withdraw')} className="button-danger">
            {(close) => <WithdrawConsentForm sipId={sip.id} onDone={close} />}
          </Disclosure>
        )}
      </div>
    </Section>
  );
}
