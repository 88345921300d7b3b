import { useTranslation } from 'react-i18next';
import { PartHeading } from './templateWords.js';
import type { MeasureByOthers } from '../../../../shared/plan.js';
import { TextArea, TextField } from '../../shared/fields.js';
import { focusSoon, newKey, planFieldId, type PlanPartProps } from './planIds.js';

/** What others than region and municipality do, e.g. school, Försäkringskassan or an association. */
export function MeasuresEditor({ content, update }: PlanPartProps) {
  const { t } = useTranslation();
  const measures = content.measuresByOthers;
  const set = (index: number, patch: Partial<MeasureByOthers>) =>
    update({ measuresByOthers: measures.map((old, i) => (i === index ? { ...old, ...patch } : old)) });

  function add() {
    update({
      measuresByOthers: [...measures, { key: newKey('m'), description: '', actor: '', contact: '' }],
    });
    focusSoon(planFieldId(`measuresByOthers.${measures.length}.description`));
  }

  return (
    <>
      <PartHeading section="measuresByOthers" standard={t('case.plan.parts.measures')} />
      <p className="hint">{t('case.plan.measuresIntro')}</p>
      {measures.map((measure, index) => {
        const path = (field: string) => `measuresByOthers.${index}.${field}`;
        return (
          <fieldset key={measure.key} className="plan-item">
            <legend>{t('case.plan.measureN', { n: index + 1 })}</legend>
            <TextArea
              id={planFieldId(path('description'))}
              path={path('description')}
              label={t('case.plan.measureDescription')}
              rows={2}
              value={measure.description}
              onChange={(description) => set(index, { description })}
            />
            <div className="pair-grid">
              <TextField
                id={planFieldId(path('actor'))}
                path={path('actor')}
                label={t('case.plan.measureActor')}
                value={measure.actor}
                onChange={(actor) => set(index, { actor })}
              />
              <TextField
                id={planFieldId(path('contact'))}
                path={path('contact')}
                label={t('case.plan.measureContact')}
                value={measure.contact}
                onChange={(contact) => set(index, { contact })}
              />
            </div>
            <button
              type="button"
              className="link-button"
              onClick={() => {
                update({ measuresByOthers: measures.filter((_, i) => i !== index) });
                focusSoon(planFieldId('measuresByOthers'));
              }}
            >
              {t('case.plan.removeMeasure', { n: index + 1 })}
            </button>
          </fieldset>
        );
      })}
      <button type="button" id={planFieldId('measuresByOthers')} className="button-secondary" onClick={add}>
        {t('case.plan.addMeasure')}
      </button>
    </>
  );
}
