import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvitationView, SipDetail } from '../../../shared/api/responses.js';
import { invitationRoutes } from '../../../shared/api/invitationRoutes.js';
import { api } from '../../api/client.js';
import { ErrorMessage } from '../shared/ErrorMessage.js';
import { Facts, Prose } from '../shared/Facts.js';
import { RadioGroup } from '../shared/fields.js';
import {
  AcceptInvitationForm,
  DeclineInvitationForm,
  ForwardInvitationForm,
} from './InvitationAnswerForms.js';
import { InvitationStatusBadge } from './InvitationStatusBadge.js';
import { formatDateTime } from '../shared/time.js';
import { useCaseAction } from './useCaseAction.js';

type InvitationCommand = SipDetail['myInvitationAnswers'][number];
type Answer = Exclude<InvitationCommand, 'acknowledge'>;
const isAnswer = (command: InvitationCommand): command is Answer => command !== 'acknowledge';

/**
 * The acting unit's own invitation: acknowledge it, then accept, decline or pass it on within the organisation.
 * It offers exactly the answers the server allows now (`answers`), never deciding that itself.
 */
export function InvitationAnswer({
  invitation,
  answers,
  sipId,
}: {
  invitation: InvitationView;
  answers: InvitationCommand[];
  sipId: string;
}) {
  const { t } = useTranslation();
  const [answer, setAnswer] = useState<Answer | ''>('');
  const acknowledge = useCaseAction(
    sipId,
    () => api.call(invitationRoutes.acknowledge, { params: { id: invitation.id }, body: {} }),
    t('case.answer.acknowledged'),
  );
  const choices = answers.filter(isAnswer);

  return (
    <div className="answer-panel">
      <h3>{t('case.answer.title', { unit: invitation.unitName })}</h3>
      <p>
        <InvitationStatusBadge status={invitation.status} />{' '}
        {invitation.obliged ? t('case.answer.obliged') : t('case.answer.notObliged')}
      </p>
      <Facts
        items={[
          [t('case.answer.sentBy'), `${invitation.sentByName} · ${formatDateTime(invitation.sentAt)}`],
          [t('case.answer.message'), invitation.message && <Prose text={invitation.message} />],
        ]}
      />
      {answers.includes('acknowledge') && (
        <>
          <p>{t('case.answer.acknowledgeIntro')}</p>
          <div className="actions">
            <button
              type="button"
              className="button-primary"
              disabled={acknowledge.isPending}
              onClick={() => acknowledge.mutate(undefined)}
            >
              {acknowledge.isPending ? t('app.saving') : t('case.answer.acknowledge')}
            </button>
          </div>
          <ErrorMessage error={acknowledge.error} />
        </>
      )}
      {choices.length > 0 && (
        <>
          <RadioGroup
            id={`answer-${invitation.id}`}
            legend={t('case.answer.choose')}
            value={answer}
            onChange={setAnswer}
            options={choices.map((value) => ({ value, label: t(`case.answer.${value}`) }))}
          />
          {answer === 'accept' && <AcceptInvitationForm invitation={invitation} sipId={sipId} />}
          {answer === 'decline' && <DeclineInvitationForm invitation={invitation} sipId={sipId} />}
          {answer === 'forward' && <ForwardInvitationForm invitation={invitation} sipId={sipId} />}
        </>
      )}
    </div>
  );
}
