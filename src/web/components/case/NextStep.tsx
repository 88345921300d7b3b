import { useTranslation } from 'react-i18next';
import type { SipDetail } from '../../../shared/api/responses.js';
import type { Can, SipCommand } from './commands.js';
import './caseParts.css';

/** What to do next, in the order the process asks it, each with the part of the page where it is done. */
const nextSteps = [
  { command: 'recordConsent', section: 'consent' },
  { command: 'savePreparation', section: 'preparation' },
  { command: 'invite', section: 'meeting' },
  { command: 'recordAttendance', section: 'attendance' },
  { command: 'savePlanDraft', section: 'plan' },
  { command: 'establishPlan', section: 'plan' },
  { command: 'approvePlanVersion', section: 'versions' },
  { command: 'recordFollowUp', section: 'follow-up' },
] as const satisfies readonly { command: SipCommand; section: string }[];

/** The steps the phase makes the next ones, of those the unit may take now. */
const stepsOfPhase: Record<SipDetail['phase'], SipCommand[]> = {
  need_identified: ['recordConsent'],
  consent_declined: ['recordConsent'],
  preparation: ['savePreparation', 'invite'],
  invitation: ['recordAttendance'],
  meeting_held: ['savePlanDraft', 'establishPlan'],
  plan_established: ['recordFollowUp', 'approvePlanVersion'],
  paused: ['recordConsent'],
  closed: [],
};

/**
 * The top of the case: what the acting unit has to do now and a link to where it is done — its own invitation to
 * answer first, then the steps the phase asks for that the server allows it; otherwise that nothing is waiting for
 * it, and who leads the case.
 */
export function NextStep({ sip, can }: { sip: SipDetail; can: Can }) {
  const { t } = useTranslation();
  const steps = nextSteps.filter(({ command }) => stepsOfPhase[sip.phase].includes(command) && can(command));
  // An attendance is recorded only once the meeting has begun: before that, the meeting is what is waited for.
  const waiting = sip.phase === 'invitation' && steps.length === 0 && can('rescheduleMeeting');
  return (
    <section className="card next-step no-print" aria-labelledby="next-step-title">
      <h2 id="next-step-title">{t('case.next.title')}</h2>
      {sip.myInvitationId ? (
        <p>
          <a href="#meeting">{t('case.next.answerInvitation')}</a>
        </p>
      ) : steps.length > 0 ? (
        <ul className="next-step-list">
          {steps.map(({ command, section }) => (
            <li key={command}>
              <a href={`#${section}`}>{t(`case.next.${command}`)}</a>
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
