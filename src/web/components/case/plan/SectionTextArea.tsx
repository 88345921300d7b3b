import { useTranslation } from 'react-i18next';
import type { PlanContent } from '../../../../shared/plan.js';
import type { TemplateSectionKey } from '../../../../shared/templateParts.js';
import { TextArea } from '../../shared/fields.js';
import { planFieldId } from './planIds.js';
import { usePlanForm } from './planForm.js';
import { SectionGuide, useSectionHeading } from './templateWords.js';

/** The template's sections that are one free text each, named as the plan's field. */
type TextSection = Extract<
  TemplateSectionKey,
  { [K in keyof PlanContent]: PlanContent[K] extends string ? K : never }[keyof PlanContent]
>;

/** One of the plan's free-text parts, labelled and prompted in the template's words. */
export function SectionTextArea({
  field,
  required,
  rows,
}: {
  field: TextSection;
  required?: boolean;
  rows?: number;
}) {
  const { t } = useTranslation();
  const { register } = usePlanForm();
  return (
    <TextArea
      id={planFieldId(field)}
      label={useSectionHeading(field, t(`case.plan.fields.${field}`))}
      hint={<SectionGuide section={field} standard={t(`case.plan.hints.${field}`)} />}
      required={required}
      rows={rows}
      field={register(`content.${field}`)}
    />
  );
}
