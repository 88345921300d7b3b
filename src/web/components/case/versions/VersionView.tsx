import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../shared/ErrorMessage.js';
import { PlanContentView } from '../plan/PlanContentView.js';
import { formatDateTime } from '../../shared/time.js';
import type { UnitInfo } from '../units.js';
import { usePlanVersion } from './versionQueries.js';

/** An earlier version as it was established; earlier versions stay readable (DOMAIN.md §3.7). */
export function VersionView({
  sipId,
  version,
  units,
  organisationName,
  onClose,
}: {
  sipId: string;
  version: number;
  units: Map<string, UnitInfo>;
  organisationName: (id: string) => string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const query = usePlanVersion(sipId, version);
  return (
    <div className="subpanel">
      <h3>{t('case.versions.viewTitle', { version })}</h3>
      {query.isPending && <p role="status">{t('app.loading')}</p>}
      <ErrorMessage error={query.error} />
      {query.data && (
        <>
          <p className="hint">
            {t('case.versions.madeBy', {
              name: query.data.authorName,
              unit: query.data.authorUnitName,
              time: formatDateTime(query.data.createdAt),
            })}
          </p>
          <PlanContentView
            content={query.data.content}
            units={units}
            organisationName={organisationName}
            level={4}
          />
        </>
      )}
      <button type="button" className="button-secondary" onClick={onClose}>
        {t('case.versions.closeView')}
      </button>
    </div>
  );
}
