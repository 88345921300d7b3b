import { useTranslation } from 'react-i18next';
import type { InvitationView } from '../../../shared/api/responses.js';

const tone: Record<InvitationView['status'], string> = {
  sent: 'badge-warn',
  acknowledged: 'badge-neutral',
  accepted: 'badge-ok',
  declined: 'badge-error',
  forwarded: 'badge-neutral',
};

export function InvitationStatusBadge({ status }: { status: InvitationView['status'] }) {
  const { t } = useTranslation();
  return <span className={`badge ${tone[status]}`}>{t(`vocab.invitationStatus.${status}`)}</span>;
}
