import { useTranslation } from 'react-i18next';
import type { PlanContent } from '../../../../shared/plan.js';
import { CodeList } from '../../codes/CodeList.js';
import { Facts, Prose } from '../../shared/Facts.js';
import type { UnitInfo } from '../units.js';

/** A plan to read: the current one for units that may not write in it, or an earlier version. */
export function PlanContentView({
  content,
  units,
  organisationName,
  level = 3,
}: {
  content: PlanContent;
  units: Map<string, UnitInfo>;
  organisationName: (id: string) => string;
  level?: 3 | 4;
}) {
  const { t } = useTranslation();
  const Heading = level === 3 ? 'h3' : 'h4';
  const text = (value: string) => value.trim() && <Prose text={value} />;
  const unitName = (id: string | null) => {
    const unit = id ? units.get(id) : undefined;
    return unit ? `${unit.unitName}, ${unit.organisationName}` : '';
  };
  const goalText = new Map(content.goals.map((goal) => [goal.key, goal.text]));

  return (
    <div className="plan-view">
      <Heading>{t('case.plan.parts.person')}</Heading>
      <Facts
        items={[
          [t('case.plan.fields.situation'), text(content.situation)],
          [t('case.plan.fields.needs'), text(content.needs)],
          [
            t('codes.view.needsCodes'),
            content.needsCodes.length > 0 && <CodeList codes={content.needsCodes} />,
          ],
          [t('case.plan.fields.strengths'), text(content.strengths)],
          [t('case.plan.fields.wishes'), text(content.wishes)],
        ]}
      />
      <Heading>{t('case.plan.parts.goals')}</Heading>
      {content.goals.length === 0 ? (
        <p>{t('case.plan.noGoals')}</p>
      ) : (
        <ol className="plan-list">
          {content.goals.map((goal) => (
            <li key={goal.key}>
              <span className="badge badge-neutral">{t(`case.vocab.goalKind.${goal.kind}`)}</span>{' '}
              <Prose text={goal.text} />
              <CodeList codes={goal.codes} />
            </li>
          ))}
        </ol>
      )}
      <Heading>{t('case.plan.parts.efforts')}</Heading>
      {content.efforts.length === 0 ? (
        <p>{t('case.plan.noEfforts')}</p>
      ) : (
        <ol className="plan-list">
          {content.efforts.map((effort) => (
            <li key={effort.key}>
              <Prose text={effort.description} />
              <Facts
                items={[
                  [t('codes.view.codes'), effort.codes.length > 0 && <CodeList codes={effort.codes} />],
                  [t('case.plan.responsibleUnit'), unitName(effort.responsibleUnitId)],
                  [t('case.plan.contactPerson'), effort.contactPerson],
                  [t('case.plan.startDate'), effort.startDate ?? ''],
                  [t('case.plan.endDate'), effort.endDate ?? ''],
                  [
                    t('case.plan.effortGoals'),
                    effort.goalKeys.map((key) => goalText.get(key) ?? key).join('; '),
                  ],
                ]}
              />
            </li>
          ))}
        </ol>
      )}
      {content.measuresByOthers.length > 0 && (
        <>
          <Heading>{t('case.plan.parts.measures')}</Heading>
          <ol className="plan-list">
            {content.measuresByOthers.map((measure) => (
              <li key={measure.key}>
                <Prose text={measure.description} />
                <Facts
                  items={[
                    [t('case.plan.measureActor'), measure.actor],
                    [t('case.plan.measureContact'), measure.contact],
                  ]}
                />
              </li>
            ))}
          </ol>
        </>
      )}
      <Heading>{t('case.plan.parts.responsibility')}</Heading>
      <Facts
        items={[
          [
            t('case.plan.fields.overallResponsibilityOrganisationId'),
            content.overallResponsibilityOrganisationId
              ? organisationName(content.overallResponsibilityOrganisationId)
              : '',
          ],
          [t('case.plan.coordinatorName'), content.coordinator.name],
          [t('case.plan.coordinatorUnit'), unitName(content.coordinator.unitId)],
          [t('case.plan.coordinatorPhone'), content.coordinator.phone],
          [t('case.plan.coordinatorEmail'), content.coordinator.email],
          [
            t('case.plan.coordinatorAcceptedFact'),
            t(content.coordinator.acceptedByIndividual ? 'case.form.yes' : 'case.plan.notRecorded'),
          ],
          [
            t('case.plan.fields.writtenWithUnitIds'),
            content.writtenWithUnitIds.map((id) => unitName(id)).join(', '),
          ],
        ]}
      />
      <Heading>{t('case.plan.parts.followUp')}</Heading>
      <Facts
        items={[
          [t('case.plan.fields.timePlan'), text(content.timePlan)],
          [t('case.plan.fields.followUpWhat'), text(content.followUpWhat)],
          [t('case.plan.fields.followUpDate'), content.followUpDate ?? ''],
        ]}
      />
      <Heading>{t('case.plan.parts.other')}</Heading>
      <Facts
        items={[
          [t('case.plan.fields.medication'), text(content.medication)],
          [t('case.plan.fields.assistiveDevices'), text(content.assistiveDevices)],
          [t('case.plan.fields.childView'), text(content.childView)],
          [t('case.plan.fields.childViewHowObtained'), text(content.childViewHowObtained)],
          [t('case.plan.fields.individualParticipation'), text(content.individualParticipation)],
        ]}
      />
    </div>
  );
}
