import { useTranslation } from 'react-i18next';
import type { TemplateSectionKey } from '../../../../shared/templateParts.js';
import { TextArea } from '../../shared/fields.js';
import { planFieldId, type PlanPartProps } from './planIds.js';
import { SectionGuide, useSectionHeading } from './templateWords.js';

/** The template's sections that are one free text each, named as the plan's field. */
type Content = PlanPartProps['content'];
type TextSection = Extract<
  TemplateSectionKey,
  { [K in keyof Content]: Content[K] extends string ? K : never }[keyof Content]
>;

/** One of the plan's free-text parts, labelled and prompted in the template's words. */
export function SectionTextArea({
  field,
  content,
  update,
  required,
  rows,
}: PlanPartProps & { field: TextSection; required?: boolean; rows?: number }) {
  const { t } = useTranslation();
  return (
    <TextArea
      id={planFieldId(field)}
      path={field}
      label={useSectionHeading(field, t(`case.plan.fields.${field}`))}
      hint={<SectionGuide section={field} standard={t(`case.plan.hints.${field}`)} />}
      required={required}
      rows={rows}
      value={content[field]}
      onChange={(value) => update({ [field]: value })}
    />
  );
}
