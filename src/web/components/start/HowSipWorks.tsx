import { useTranslation } from 'react-i18next';

const steps = ['step1', 'step2', 'step3', 'step4', 'step5', 'step6'] as const;

/** The process in a few plain steps, for staff who have not made a SIP before. */
export function HowSipWorks() {
  const { t } = useTranslation();
  return (
    <aside className="card how-sip-works" aria-labelledby="how-sip-works-heading">
      <h2 id="how-sip-works-heading">{t('start.howTo.heading')}</h2>
      <p>{t('start.howTo.intro')}</p>
      <ol>
        {steps.map((step) => (
          <li key={step}>{t(`start.howTo.${step}`)}</li>
        ))}
      </ol>
    </aside>
  );
}
