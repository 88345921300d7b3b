import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SipDetail } from '../../../shared/api/responses.js';
import { Facts } from '../shared/Facts.js';
import { PhaseBadge } from './PhaseBadge.js';
import { RevealPerson } from './RevealPerson.js';
import './caseParts.css';

/** Whose plan this is, where the case stands and who convenes it. */
export function CaseHeader({ sip }: { sip: SipDetail }) {
  const { t } = useTranslation();
  const { person } = sip;
  return (
    <header className="case-header card">
      <p className="case-number">{t('case.header.caseNumber', { number: sip.caseNumber })}</p>
      <h1>
        {person.protectedIdentity
          ? t('case.header.protectedIdentity')
          : `${person.givenName} ${person.familyName}`}
      </h1>
      <div className="case-badges">
        <PhaseBadge phase={sip.phase} />
        {person.protectedIdentity && (
          <span className="badge badge-error">{t('case.header.protectedIdentity')}</span>
        )}
      </div>
      {person.protectedIdentity && (
        <>
          <p className="hint">{t('case.header.protectedHint')}</p>
          <RevealPerson sipId={sip.id} />
        </>
      )}
      <Facts
        items={[
          [t(`vocab.idKind.${person.idKind}`), person.idNumber],
          [t('case.header.age'), person.age === null ? '' : t('case.header.years', { count: person.age })],
          [t('case.header.convener'), `${sip.convener.unitName}, ${sip.convener.organisationName}`],
          [t('case.header.myParts'), sip.myParts.map((part) => t(`vocab.part.${part}`)).join(', ')],
        ]}
      />
      {sip.plan && (
        <p className="no-print">
          <Link to={`/sips/${sip.id}/print`}>{t('case.header.print')}</Link>
        </p>
      )}
    </header>
  );
}
