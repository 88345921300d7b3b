import { useTranslation } from 'react-i18next';
import type { PlanContent } from '../../../../shared/plan.js';
import type { NameBook } from './names.js';

/** Which principal holds the overall responsibility, and how to reach the coordinator. */
export function ResponsibilitySection({ content, names }: { content: PlanContent; names: NameBook }) {
  const { t } = useTranslation();
  const responsible = names.organisation(content.overallResponsibilityOrganisationId);
  const coordinator = content.coordinator;
  const coordinatorUnit = names.unit(coordinator.unitId);
  const value = (text: string | undefined) => (text ? text : t('start.notFilledIn'));
  return (
    <section className="print-section">
      <h2>{t('start.print.responsibilityHeading')}</h2>
      <dl className="print-pairs">
        <div>
          <dt>{t('start.print.responsibility')}</dt>
          <dd>{value(responsible)}</dd>
        </div>
      </dl>
      <h3>{t('start.print.coordinatorHeading')}</h3>
      <dl className="print-pairs">
        <div>
          <dt>{t('start.print.name')}</dt>
          <dd>{value(coordinator.name)}</dd>
        </div>
        <div>
          <dt>{t('start.print.unit')}</dt>
          <dd>
            {coordinatorUnit
              ? `${coordinatorUnit.unitName}, ${coordinatorUnit.organisationName}`
              : t('start.notFilledIn')}
          </dd>
        </div>
        <div>
          <dt>{t('start.print.phone')}</dt>
          <dd>{value(coordinator.phone)}</dd>
        </div>
        <div>
          <dt>{t('start.print.email')}</dt>
          <dd>{value(coordinator.email)}</dd>
        </div>
      </dl>
    </section>
  );
}
