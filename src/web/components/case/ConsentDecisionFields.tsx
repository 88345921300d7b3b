import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SipDetail } from '../../../shared/api/responses.js';
import { consentGivers, consentMethods } from '../../../shared/api/vocabulary.js';
import { RadioGroup, SelectField, TextField } from '../shared/fields.js';
import { isChild } from './person.js';
import { stockholmToday } from '../shared/time.js';

type Method = (typeof consentMethods)[number];
type Giver = (typeof consentGivers)[number];

/** Who decided about consent, how and when: the same whether the individual said yes or no. */
export interface ConsentDecision {
  method: Method | '';
  givenByName: string;
  givenByRelation: Giver;
  givenOn: string;
}

export function useConsentDecision(sip: SipDetail) {
  return useState<ConsentDecision>(() => ({
    method: '',
    givenByName: '',
    // For a child it is normally the guardians who decide.
    givenByRelation: isChild(sip) ? 'guardian' : 'individual',
    givenOn: stockholmToday(),
  }));
}

export function ConsentDecisionFields({
  idPrefix,
  labels,
  decision,
  onChange,
  children,
}: {
  idPrefix: string;
  labels: { method: string; name: string; date: string };
  decision: ConsentDecision;
  onChange: (decision: ConsentDecision) => void;
  /** Further fields that belong in the same grid, such as the end date of a consent given. */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const change = (part: Partial<ConsentDecision>) => onChange({ ...decision, ...part });
  return (
    <>
      <RadioGroup
        id={`${idPrefix}-method`}
        path="method"
        legend={labels.method}
        value={decision.method}
        onChange={(method) => change({ method })}
        inline
        options={consentMethods.map((value) => ({ value, label: t(`case.vocab.consentMethod.${value}`) }))}
      />
      <div className="pair-grid">
        <TextField
          id={`${idPrefix}-givenByName`}
          path="givenByName"
          label={labels.name}
          required
          value={decision.givenByName}
          onChange={(givenByName) => change({ givenByName })}
        />
        <SelectField
          id={`${idPrefix}-givenByRelation`}
          path="givenByRelation"
          label={t('case.consent.givenByRelation')}
          value={decision.givenByRelation}
          onChange={(value) => change({ givenByRelation: value as Giver })}
          options={consentGivers.map((value) => ({ value, label: t(`case.vocab.consentGiver.${value}`) }))}
        />
        <TextField
          id={`${idPrefix}-givenOn`}
          path="givenOn"
          type="date"
          label={labels.date}
          required
          value={decision.givenOn}
          onChange={(givenOn) => change({ givenOn })}
        />
        {children}
      </div>
    </>
  );
}
