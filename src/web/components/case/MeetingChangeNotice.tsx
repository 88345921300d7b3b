import { useTranslation } from 'react-i18next';
import { invitationRoutes } from '../../../shared/api/invitationRoutes.js';
import { api } from '../../api/client.js';
import { ErrorMessage } from '../shared/ErrorMessage.js';
import { useCaseAction } from './useCaseAction.js';

/**
 * The meeting moved since the acting unit last looked: said until the unit marks it seen, which also takes the
 * change off its inbox. Opening the case alone does not, so a read never writes.
 */
export function MeetingChangeNotice({ sipId, invitationId }: { sipId: string; invitationId: string }) {
  const { t } = useTranslation();
  const seen = useCaseAction(
    sipId,
    () => api.call(invitationRoutes.seen, { params: { id: invitationId }, body: {} }),
    t('case.meeting.changeSeenDone'),
  );
  return (
    <div className="alert alert-warn">
      <p>{t('case.meeting.changeToSee')}</p>
      <div className="actions">
        <button type="button" disabled={seen.isPending} onClick={() => seen.mutate(undefined)}>
          {seen.isPending ? t('app.saving') : t('case.meeting.changeSeen')}
        </button>
      </div>
      <ErrorMessage error={seen.error} />
    </div>
  );
}
