import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TableSection } from '../start/TableSection.js';
import { deviationColumns, DeviationRows } from './DeviationRows.js';
import { useDeviations } from './useDeviations.js';

/** The deviations waiting for the user, on the start page; shown only when there are any. */
export function DeviationsStartSection() {
  const { t } = useTranslation();
  const waiting = useDeviations('mine');
  const deviations = waiting.data?.deviations ?? [];
  if (deviations.length === 0) return null;
  return (
    <div className="deviations-start">
      <TableSection
        headingId="deviations-heading"
        heading={t('deviations.start.heading')}
        intro={t('deviations.start.intro')}
        isEmpty={false}
        empty=""
        columns={deviationColumns(t)}
      >
        <DeviationRows deviations={deviations} />
      </TableSection>
      <p>
        <Link to="/deviations">{t('deviations.start.all')}</Link>
      </p>
    </div>
  );
}
