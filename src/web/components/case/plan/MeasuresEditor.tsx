import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextArea, TextField } from '../../shared/fields.js';
import { focusSoon, newKey, planFieldId } from './planIds.js';
import { usePlanForm } from './planForm.js';
import { PartHeading } from './templateWords.js';

/** What others than region and municipality do, e.g. school, Försäkringskassan or an association. */
export function MeasuresEditor() {
  const { t } = useTranslation();
  const { control, register } = usePlanForm();
  const measures = useFieldArray({ control, name: 'content.measuresByOthers' });

  function add() {
    measures.append({ key: newKey('m'), description: '', actor: '', contact: '' }, { shouldFocus: false });
    focusSoon(planFieldId(`measuresByOthers.${measures.fields.length}.description`));
  }

  return (
    <>
      <PartHeading section="measuresByOthers" standard={t('case.plan.parts.measures')} />
      <p className="hint">{t('case.plan.measuresIntro')}</p>
      {measures.fields.map((measure, index) => {
        const path = (field: 'description' | 'actor' | 'contact') =>
          `measuresByOthers.${index}.${field}` as const;
        return (
          <fieldset key={measure.id} className="plan-item">
            <legend>{t('case.plan.measureN', { n: index + 1 })}</legend>
            <TextArea
              id={planFieldId(path('description'))}
              label={t('case.plan.measureDescription')}
              rows={2}
              field={register(`content.${path('description')}`)}
            />
            <div className="pair-grid">
              <TextField
                id={planFieldId(path('actor'))}
                label={t('case.plan.measureActor')}
                field={register(`content.${path('actor')}`)}
              />
              <TextField
                id={planFieldId(path('contact'))}
                label={t('case.plan.measureContact')}
                field={register(`content.${path('contact')}`)}
              />
            </div>
            <button
              type="button"
              className="link-button"
              onClick={() => {
                measures.remove(index);
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
