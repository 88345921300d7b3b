import { useTranslation } from 'react-i18next';
import type { SipDetail } from '../../../shared/api/responses.js';
import type { Can } from './commands.js';
import { CancelMeetingForm } from './CancelMeetingForm.js';
import { Disclosure } from '../shared/Disclosure.js';
import { HeldMeetingForm } from './HeldMeetingForm.js';
import { InvitationAnswer } from './InvitationAnswer.js';
import { InvitationTable } from './InvitationTable.js';
import { InviteMoreForm } from './InviteMoreForm.js';
import { MeetingChangeNotice } from './MeetingChangeNotice.js';
import { MeetingSummary } from './MeetingSummary.js';
import { RescheduleForm } from './RescheduleForm.js';
import { ScheduleMeetingForm } from './ScheduleMeetingForm.js';
import { Section } from '../shared/Section.js';

/** The meeting, who is invited and how each has answered; the convener sees every status at a glance. */
export function MeetingSection({ sip, can }: { sip: SipDetail; can: Can }) {
  const { t } = useTranslation();
  const { meeting } = sip;
  const scheduled = meeting?.status === 'scheduled' ? meeting : null;
  const invitations = meeting ? sip.invitations.filter((i) => i.meetingId === meeting.id) : sip.invitations;
  // The server names the unit's invitation only while it can still be answered, with the answers it allows.
  const mine = sip.invitations.find((invitation) => invitation.id === sip.myInvitationId);

  return (
    <Section id="meeting" title={t('case.meeting.title')} guidance="meeting">
      {meeting ? <MeetingSummary meeting={meeting} /> : <p>{t('case.meeting.none')}</p>}
      {sip.myMeetingChangeToSee && (
        <MeetingChangeNotice sipId={sip.id} invitationId={sip.myMeetingChangeToSee} />
      )}
      {mine && <InvitationAnswer invitation={mine} answers={sip.myInvitationAnswers} sipId={sip.id} />}
      {/* Who was invited to a cancelled meeting no longer matters; the next meeting's invitations will. */}
      {invitations.length > 0 && meeting?.status !== 'cancelled' && (
        <InvitationTable invitations={invitations} />
      )}
      <div className="section-actions">
        {can('invite') && !scheduled && (
          <Disclosure
            id="meeting-schedule"
            label={meeting ? t('case.meeting.scheduleNew') : t('case.meeting.schedule')}
            className="button-primary"
          >
            {(close) => <ScheduleMeetingForm sip={sip} onDone={close} />}
          </Disclosure>
        )}
        {can('enterHeldMeeting') && !scheduled && (
          <Disclosure id="meeting-held" label={t('case.heldMeeting.open')}>
            {(close) => <HeldMeetingForm sip={sip} onDone={close} />}
          </Disclosure>
        )}
        {can('invite') && scheduled && (
          <Disclosure id="meeting-invite-more" label={t('case.meeting.inviteMore')}>
            {(close) => <InviteMoreForm sip={sip} invitations={invitations} onDone={close} />}
          </Disclosure>
        )}
        {can('rescheduleMeeting') && scheduled && (
          <Disclosure id="meeting-reschedule" label={t('case.meeting.reschedule')}>
            {(close) => <RescheduleForm sipId={sip.id} meeting={scheduled} onDone={close} />}
          </Disclosure>
        )}
        {can('cancelMeeting') && scheduled && (
          <Disclosure id="meeting-cancel" label={t('case.meeting.cancel')}>
            {(close) => <CancelMeetingForm sipId={sip.id} onDone={close} />}
          </Disclosure>
        )}
      </div>
    </Section>
  );
}
