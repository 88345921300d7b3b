import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { awaitingInvitation, DischargeTable } from './DischargeTable.js';
import { useDischarges } from './dischargeQueries.js';

/** On the start page: the unit's "to invite by" list, shown only when some patient is waiting. */
export function DischargeStartSection() {
  const { t } = useTranslation();
  const discharges = useDischarges();
  const waiting = awaitingInvitation(discharges.data?.processes ?? []);
  if (waiting.length === 0) return null;
  return (
    <>
      <DischargeTable
        id="discharge-start"
        heading={t('discharge.start.heading')}
        intro={t('discharge.start.intro')}
        empty=""
        items={waiting}
      />
      <p>
        <Link to="/discharges">{t('discharge.start.all')}</Link>
      </p>
    </>
  );
}
