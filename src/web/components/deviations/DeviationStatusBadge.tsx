import { useTranslation } from 'react-i18next';
import type { DeviationStatus } from '../../../shared/api/deviationFields.js';

const tone: Record<DeviationStatus, string> = {
  open: 'badge-warn',
  escalated: 'badge-error',
  handled: 'badge-ok',
  closed: 'badge-neutral',
};

/** The status in words; the colour only repeats it. */
export function DeviationStatusBadge({ status }: { status: DeviationStatus }) {
  const { t } = useTranslation();
  return <span className={`badge ${tone[status]}`}>{t(`deviations.status.${status}`)}</span>;
}
