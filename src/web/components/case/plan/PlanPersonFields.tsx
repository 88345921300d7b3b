import { useTranslation } from 'react-i18next';
import { TextArea } from '../fields.js';
import { planFieldId, type PlanPartProps } from './planIds.js';

const fields = ['situation', 'needs', 'strengths', 'wishes'] as const;

/** The individual's situation, needs, strengths and wishes — in their own words where possible. */
export function PlanPersonFields({ content, update }: PlanPartProps) {
  const { t } = useTranslation();
  return (
    <>
      <h3>{t('case.plan.parts.person')}</h3>
      <p className="hint">{t('case.plan.ownWords')}</p>
      {fields.map((field) => (
        <TextArea
          key={field}
          id={planFieldId(field)}
          path={field}
          label={t(`case.plan.fields.${field}`)}
          hint={t(`case.plan.hints.${field}`)}
          required={field === 'needs'}
          value={content[field]}
          onChange={(value) => update({ [field]: value })}
        />
      ))}
    </>
  );
}
