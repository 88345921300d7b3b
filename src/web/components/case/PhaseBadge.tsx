import { useTranslation } from 'react-i18next';
import type { SipDetail } from '../../../shared/api/responses.js';

type Phase = SipDetail['phase'];

const tone: Record<Phase, string> = {
  need_identified: 'badge-neutral',
  consent_declined: 'badge-warn',
  preparation: 'badge-neutral',
  invitation: 'badge-neutral',
  meeting_held: 'badge-neutral',
  plan_established: 'badge-ok',
  paused: 'badge-warn',
  closed: 'badge-neutral',
};

export function PhaseBadge({ phase }: { phase: Phase }) {
  const { t } = useTranslation();
  return (
    <span className={`badge ${tone[phase]}`}>
      {t('case.header.phase')}: {t(`vocab.phase.${phase}`)}
    </span>
  );
}
