import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonLookupResponse } from '../../../shared/api/responses.js';
import { formatDate } from './dates.js';

/** Twelve digits as people read them, YYYYMMDD-NNNN; a reserve number as issued. */
function readable(idNumber: string): string {
  return /^\d{12}$/.test(idNumber) ? `${idNumber.slice(0, 8)}-${idNumber.slice(8)}` : idNumber;
}

/** What the lookup found: the number as the server read it and, if the unit already knows the person, their name. */
export function LookupResult({ result, ref }: { result: PersonLookupResponse; ref?: Ref<HTMLDivElement> }) {
  const { t, i18n } = useTranslation();
  const facts = [
    t('start.newSipPage.identified', {
      kind: t(`vocab.idKind.${result.idKind}`),
      idNumber: readable(result.idNumber),
    }),
    result.birthDate && t('start.newSipPage.born', { date: formatDate(result.birthDate, i18n.language) }),
    result.sex && t(`start.sex.${result.sex}`),
  ].filter(Boolean);
  const known = result.person;
  return (
    <div className={known ? 'alert alert-ok' : 'alert alert-info'} ref={ref} tabIndex={-1}>
      <p>
        <strong>{facts.join(', ')}</strong>
      </p>
      <p>
        {known
          ? t('start.newSipPage.found', { name: `${known.givenName} ${known.familyName}` })
          : t('start.newSipPage.notFound')}
      </p>
      <p className="hint">{t('start.newSipPage.searchAgain')}</p>
    </div>
  );
}
