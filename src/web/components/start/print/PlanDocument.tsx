import { useTranslation } from 'react-i18next';
import type { Organisations, SipDetail } from '../../../../shared/api/responses.js';
import { ApprovalSection } from './ApprovalSection.js';
import { EffortsSection } from './EffortsSection.js';
import { FollowUpSection } from './FollowUpSection.js';
import { GoalsSection } from './GoalsSection.js';
import { MeasuresSection } from './MeasuresSection.js';
import { nameBook } from './names.js';
import { ParticipationSection } from './ParticipationSection.js';
import { PlanText } from './PlanText.js';
import { CodeList } from '../../codes/CodeList.js';
import { PrintHeader } from './PrintHeader.js';
import { ResponsibilitySection } from './ResponsibilitySection.js';

/** The whole plan as a document, every part the law asks for in the routine's order. */
export function PlanDocument({
  detail,
  organisations,
}: {
  detail: SipDetail;
  organisations?: Organisations;
}) {
  const { t } = useTranslation();
  const names = nameBook(detail, organisations);
  const content = detail.plan?.content;
  const isChild = detail.person.age !== null && detail.person.age < 18;
  return (
    <article className="print-document">
      <PrintHeader detail={detail} />
      {!content ? (
        <p className="not-filled">{t('start.print.noPlan')}</p>
      ) : (
        <>
          <section className="print-section">
            <h2>{t('start.print.aboutHeading')}</h2>
            <PlanText heading={t('start.print.situation')} text={content.situation} />
            <PlanText heading={t('start.print.needs')} text={content.needs} />
            <CodeList codes={content.needsCodes} label={t('codes.view.needsCodes')} />
            <PlanText heading={t('start.print.strengths')} text={content.strengths} />
            <PlanText heading={t('start.print.wishes')} text={content.wishes} />
          </section>
          <GoalsSection goals={content.goals} />
          <EffortsSection efforts={content.efforts} names={names} />
          <MeasuresSection measures={content.measuresByOthers} />
          <ResponsibilitySection content={content} names={names} />
          <FollowUpSection content={content} />
          <section className="print-section">
            <h2>{t('start.print.medicationHeading')}</h2>
            <PlanText heading={t('start.print.medication')} text={content.medication} />
            <PlanText heading={t('start.print.assistiveDevices')} text={content.assistiveDevices} />
          </section>
          {/* The child's view belongs in a child's plan; an adult's plan shows it only if someone wrote it. */}
          {(isChild || content.childView.trim() !== '' || content.childViewHowObtained.trim() !== '') && (
            <section className="print-section">
              <h2>{t('start.print.childHeading')}</h2>
              <PlanText heading={t('start.print.childView')} text={content.childView} />
              <PlanText heading={t('start.print.childViewHow')} text={content.childViewHowObtained} />
            </section>
          )}
        </>
      )}
      <ParticipationSection detail={detail} />
      <ApprovalSection detail={detail} />
    </article>
  );
}
