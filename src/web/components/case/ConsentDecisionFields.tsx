import type { ReactNode } from 'react';
import { useFormContext } from 'react-hook-form';
import type { z } from 'zod';
import type { consentDeclinedBody } from '../../../shared/api/requests.js';
import { useTranslation } from 'react-i18next';
import type { SipDetail } from '../../../shared/api/responses.js';
import { consentGivers, consentMethods } from '../../../shared/api/vocabulary.js';
import { RadioGroup, SelectField, TextField } from '../shared/fields.js';
import { isChild } from './person.js';
import { stockholmToday } from '../shared/time.js';

/** Who decided about consent, how and when: the same whether the individual said yes or no. */
type Decision = Pick<
  z.input<typeof consentDeclinedBody>,
  'method' | 'givenByName' | 'givenByRelation' | 'givenOn'
>;

/** The decision's starting values; the method is left for the user to choose. */
export function consentDecisionDefaults(sip: SipDetail): {
  givenByName: string;
  givenByRelation: (typeof consentGivers)[number];
  givenOn: string;
} {
  return {
    givenByName: '',
    // For a child it is normally the guardians who decide.
    givenByRelation: isChild(sip) ? 'guardian' : 'individual',
    givenOn: stockholmToday(),
  };
}

export function ConsentDecisionFields({
  idPrefix,
  labels,
  children,
}: {
  idPrefix: string;
  labels: { method: string; name: string; date: string };
  /** Further fields that belong in the same grid, such as the end date of a consent given. */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  // The fields register with the consent's form (StepForm's), given or declined alike.
  const { register } = useFormContext<Decision>();
  return (
    <>
      <RadioGroup
        id={`${idPrefix}-method`}
        legend={labels.method}
        field={register('method')}
        inline
        options={consentMethods.map((value) => ({ value, label: t(`case.vocab.consentMethod.${value}`) }))}
      />
      <div className="pair-grid">
        <TextField
          id={`${idPrefix}-givenByName`}
          label={labels.name}
          required
          field={register('givenByName')}
        />
        <SelectField
          id={`${idPrefix}-givenByRelation`}
          label={t('case.consent.givenByRelation')}
          field={register('givenByRelation')}
          options={consentGivers.map((value) => ({ value, label: t(`case.vocab.consentGiver.${value}`) }))}
        />
        <TextField
          id={`${idPrefix}-givenOn`}
          type="date"
          label={labels.date}
          required
          field={register('givenOn')}
        />
        {children}
      </div>
    </>
  );
}
