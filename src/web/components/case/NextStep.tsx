import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SipDetail } from '../../../shared/api/responses.js';
import { nextStepPath, nextStepsOf, partPath } from './caseParts.js';
import type { Can } from './commands.js';
import './caseParts.css';

/**
 * The top of the case: what the acting unit has to do now and a link to the part where it is done — its own
 * invitation to answer first, then the steps the phase asks for that the server allows it; otherwise that nothing
 * is waiting for it, and who leads the case.
 */
export function NextStep({ sip, can }: { sip: SipDetail; can: Can }) {
  const { t } = useTranslation();
  const steps = nextStepsOf(sip, can);
  // An attendance is recorded only once the meeting has begun: before that, the meeting is what is waited for.
  const waiting = sip.phase === 'invitation' && steps.length === 0 && can('rescheduleMeeting');
  return (
    <section className="card next-step no-print" aria-labelledby="next-step-title">
      <h2 id="next-step-title">{t('case.next.title')}</h2>
      {sip.myInvitationId ? (
        <p>
          <Link to={partPath(sip.id, 'meeting')}>{t('case.next.answerInvitation')}</Link>
        </p>
      ) : steps.length > 0 ? (
        <ul className="next-step-list">
          {steps.map((step) => (
            <li key={step.command}>
              <Link to={nextStepPath(sip.id, step)}>{t(`case.next.${step.command}`)}</Link>
            </li>
          ))}
        </ul>
      ) : (
        <p>
          {sip.phase === 'closed'
            ? t('case.next.closed')
            : waiting
              ? t('case.next.waitForMeeting')
              : t('case.next.nothing', { unit: sip.convener.unitName })}
        </p>
      )}
    </section>
  );
}
