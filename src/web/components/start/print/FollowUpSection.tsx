import { useTranslation } from 'react-i18next';
import type { PlanContent } from '../../../../shared/plan.js';
import { formatDate } from '../dates.js';
import { PlanText } from './PlanText.js';

/** The time plan, then what is followed up and on which date. */
export function FollowUpSection({ content }: { content: PlanContent }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <section className="print-section">
        <PlanText level={2} heading={t('start.print.timePlanHeading')} text={content.timePlan} />
      </section>
      <section className="print-section">
        <h2>{t('start.print.followUpHeading')}</h2>
        <PlanText heading={t('start.print.followUpWhat')} text={content.followUpWhat} />
        <div className="plan-part">
          <h3>{t('start.print.followUpDate')}</h3>
          <p className={content.followUpDate ? undefined : 'not-filled'}>
            {content.followUpDate ? formatDate(content.followUpDate, i18n.language) : t('start.notFilledIn')}
          </p>
        </div>
      </section>
    </>
  );
}
