import { useTranslation } from 'react-i18next';
import { PlanCodes } from './PlanCodes.js';
import { SectionTextArea } from './SectionTextArea.js';

const fields = ['situation', 'needs', 'strengths', 'wishes'] as const;

/** The individual's situation, needs, strengths and wishes — in their own words where possible. */
export function PlanPersonFields() {
  const { t } = useTranslation();
  return (
    <>
      <h3>{t('case.plan.parts.person')}</h3>
      <p className="hint">{t('case.plan.ownWords')}</p>
      {fields.map((field) => (
        <div key={field}>
          <SectionTextArea field={field} required={field === 'needs'} />
          {field === 'needs' && <PlanCodes name="content.needsCodes" context={t('case.plan.fields.needs')} />}
        </div>
      ))}
    </>
  );
}
