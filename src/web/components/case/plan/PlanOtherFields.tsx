import { useContext } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextArea } from '../../shared/fields.js';
import { planFieldId } from './planIds.js';
import { usePlanForm } from './planForm.js';
import { SectionTextArea } from './SectionTextArea.js';
import { PlanTemplateContext, useSectionHidden } from './templateWords.js';

/**
 * Medication, assistive devices, the child's view, and how the individual took part. The child's view is asked
 * for a child, when the case's template has it, or when it already has text; a part the template leaves out
 * shows only if it has text.
 */
export function PlanOtherFields({ child }: { child: boolean }) {
  const { t } = useTranslation();
  const { register, control } = usePlanForm();
  const [medicationText, assistiveDevicesText, childViewText, howObtained] = useWatch({
    control,
    name: [
      'content.medication',
      'content.assistiveDevices',
      'content.childView',
      'content.childViewHowObtained',
    ],
  });
  const medication = !useSectionHidden('medication', medicationText);
  const assistiveDevices = !useSectionHidden('assistiveDevices', assistiveDevicesText);
  const template = useContext(PlanTemplateContext);
  const childView =
    child ||
    childViewText + howObtained !== '' ||
    (template !== null && !template.hiddenSections.includes('childView'));
  return (
    <>
      <h3>{t('case.plan.parts.other')}</h3>
      {medication && <SectionTextArea field="medication" rows={3} />}
      {assistiveDevices && <SectionTextArea field="assistiveDevices" rows={3} />}
      {childView && (
        <>
          <SectionTextArea field="childView" rows={3} />
          <TextArea
            id={planFieldId('childViewHowObtained')}
            label={t('case.plan.fields.childViewHowObtained')}
            hint={t('case.plan.hints.childViewHowObtained')}
            rows={3}
            field={register('content.childViewHowObtained')}
          />
        </>
      )}
      <SectionTextArea field="individualParticipation" rows={3} />
    </>
  );
}
