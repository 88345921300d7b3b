import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { TextArea } from '../../shared/fields.js';
import { planFieldId, type PlanPartProps } from './planIds.js';
import { SectionTextArea } from './SectionTextArea.js';
import { PlanTemplateContext, useSectionHidden } from './templateWords.js';

/**
 * Medication, assistive devices, the child's view, and how the individual took part. The child's view is asked
 * for a child, when the case's template has it, or when it already has text; a part the template leaves out
 * shows only if it has text.
 */
export function PlanOtherFields({ content, update, child }: PlanPartProps & { child: boolean }) {
  const { t } = useTranslation();
  const medication = !useSectionHidden('medication', content.medication);
  const assistiveDevices = !useSectionHidden('assistiveDevices', content.assistiveDevices);
  const template = useContext(PlanTemplateContext);
  const childView =
    child ||
    content.childView + content.childViewHowObtained !== '' ||
    (template !== null && !template.hiddenSections.includes('childView'));
  return (
    <>
      <h3>{t('case.plan.parts.other')}</h3>
      {medication && <SectionTextArea field="medication" content={content} update={update} rows={3} />}
      {assistiveDevices && (
        <SectionTextArea field="assistiveDevices" content={content} update={update} rows={3} />
      )}
      {childView && (
        <>
          <SectionTextArea field="childView" content={content} update={update} rows={3} />
          <TextArea
            id={planFieldId('childViewHowObtained')}
            path="childViewHowObtained"
            label={t('case.plan.fields.childViewHowObtained')}
            hint={t('case.plan.hints.childViewHowObtained')}
            rows={3}
            value={content.childViewHowObtained}
            onChange={(childViewHowObtained) => update({ childViewHowObtained })}
          />
        </>
      )}
      <SectionTextArea field="individualParticipation" content={content} update={update} rows={3} />
    </>
  );
}
