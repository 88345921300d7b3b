import { useTranslation } from 'react-i18next';
import type { DischargeListItem } from '../../../shared/api/discharge.js';
import { formatDate } from '../start/dates.js';

const badgeClass = {
  due: 'badge badge-neutral',
  overdue: 'badge badge-error',
  invited_in_time: 'badge badge-ok',
  invited_late: 'badge badge-warn',
} as const;

/** Where the invitation stands against its deadline, said in words (colour only repeats it). */
export function DeadlineStanding({ deadline }: { deadline: DischargeListItem['deadline'] }) {
  const { t, i18n } = useTranslation();
  if (!deadline) return <>{t('discharge.notSet')}</>;
  return (
    <span className={badgeClass[deadline.standing]}>
      {t(`discharge.standing.${deadline.standing}`, { day: formatDate(deadline.lastDay, i18n.language) })}
    </span>
  );
}
