import { useTranslation } from 'react-i18next';
import type { SipDetail } from '../../../../shared/api/responses.js';
import { formatDateTime } from '../../shared/time.js';

export type PlanView = NonNullable<SipDetail['plan']>;

/** Someone else saved first: the user's text stays in the form until they choose what to do with it. */
export function StalePlanNotice({
  current,
  onLoadCurrent,
  onKeepMine,
}: {
  current: PlanView;
  onLoadCurrent: () => void;
  onKeepMine: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="alert alert-warn" role="alert">
      <strong>{t('case.plan.staleTitle')}</strong>
      <p>
        {t('case.plan.staleText', {
          name: current.updatedByName ?? t('case.plan.someoneElse'),
          time: formatDateTime(current.updatedAt),
        })}
      </p>
      <div className="actions">
        <button type="button" className="button-primary" onClick={onLoadCurrent}>
          {t('case.plan.loadCurrent')}
        </button>
        <button type="button" className="button-secondary" onClick={onKeepMine}>
          {t('case.plan.keepMine')}
        </button>
      </div>
    </div>
  );
}
