import { useTranslation } from 'react-i18next';
import type { PlanDraft } from './planForm.js';
import { sameValue } from './planIds.js';

const textFields = [
  'situation',
  'needs',
  'strengths',
  'wishes',
  'timePlan',
  'followUpWhat',
  'medication',
  'assistiveDevices',
  'childView',
  'childViewHowObtained',
  'individualParticipation',
] as const;

/**
 * The user's own text from before they loaded someone else's newer plan: every part that differs, so they can
 * copy back what they still want and nothing they wrote is lost.
 */
export function UnsavedDraft({
  mine,
  current,
  onDismiss,
}: {
  mine: PlanDraft;
  current: PlanDraft;
  onDismiss: () => void;
}) {
  const { t } = useTranslation();
  const texts = textFields.filter((field) => mine[field].trim() && mine[field] !== current[field]);
  const differs = <T extends { key: string }>(item: T, list: T[]) =>
    !sameValue(
      list.find((other) => other.key === item.key),
      item,
    );
  const goals = mine.goals.filter((goal) => goal.text.trim() && differs(goal, current.goals));
  const efforts = mine.efforts.filter(
    (effort) => effort.description.trim() && differs(effort, current.efforts),
  );
  const measures = mine.measuresByOthers.filter(
    (measure) => measure.description.trim() && differs(measure, current.measuresByOthers),
  );
  const coordinatorDiffers = !sameValue(mine.coordinator, current.coordinator);

  return (
    <div className="unsaved-draft" role="region" aria-labelledby="unsaved-draft-title">
      <h3 id="unsaved-draft-title">{t('case.plan.unsavedTitle')}</h3>
      <p className="hint">{t('case.plan.unsavedHint')}</p>
      <dl className="facts">
        {texts.map((field) => (
          <div key={field} className="fact">
            <dt>{t(`case.plan.fields.${field}`)}</dt>
            <dd className="prose">{mine[field]}</dd>
          </div>
        ))}
        {goals.map((goal) => (
          <div key={goal.key} className="fact">
            <dt>{t('case.plan.goal')}</dt>
            <dd className="prose">{goal.text}</dd>
          </div>
        ))}
        {efforts.map((effort) => (
          <div key={effort.key} className="fact">
            <dt>{t('case.plan.effort')}</dt>
            <dd className="prose">
              {effort.description}
              {effort.contactPerson && ` (${effort.contactPerson})`}
            </dd>
          </div>
        ))}
        {measures.map((measure) => (
          <div key={measure.key} className="fact">
            <dt>{t('case.plan.measure')}</dt>
            <dd className="prose">
              {measure.description}
              {measure.actor && ` (${measure.actor})`}
            </dd>
          </div>
        ))}
        {coordinatorDiffers && (
          <div className="fact">
            <dt>{t('case.plan.fields.coordinator')}</dt>
            <dd>
              {[mine.coordinator.name, mine.coordinator.phone, mine.coordinator.email]
                .filter(Boolean)
                .join(', ')}
            </dd>
          </div>
        )}
      </dl>
      <button type="button" className="button-secondary" onClick={onDismiss}>
        {t('case.plan.unsavedDismiss')}
      </button>
    </div>
  );
}
