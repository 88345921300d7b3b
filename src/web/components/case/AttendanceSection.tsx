import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { attendanceBody } from '../../../shared/api/requests.js';
import type { InvitationView, SipDetail } from '../../../shared/api/responses.js';
import { attendanceValues } from '../../../shared/api/vocabulary.js';
import { caseRoutes } from '../../../shared/api/caseRoutes.js';
import { api } from '../../api/client.js';
import type { Can } from './commands.js';
import { RadioGroup } from '../shared/fields.js';
import { InvitationStatusBadge } from './InvitationStatusBadge.js';
import { useSchemaResolver } from '../shared/formSchema.js';
import { noPresence, PresenceFields } from './PresenceFields.js';
import { Section } from '../shared/Section.js';
import { StepForm } from '../shared/StepForm.js';
import { formatDateTime } from '../shared/time.js';
import { useCaseAction } from './useCaseAction.js';

type Attendance = (typeof attendanceValues)[number];

/** A sensible first guess from the answer; the convener confirms each one. */
function expected(invitation: InvitationView): Attendance | undefined {
  if (invitation.attendance) return invitation.attendance;
  if (invitation.status === 'accepted') return 'present';
  if (invitation.status === 'declined') return 'absent_with_notice';
  return undefined;
}

/**
 * Who came to the meeting; an obliged unit absent without notice is a deviation. Offered once the meeting has
 * begun (the server says so by allowing it); until then, whoever leads the meeting is told when.
 */
export function AttendanceSection({ sip, can }: { sip: SipDetail; can: Can }) {
  const { t } = useTranslation();
  const meeting = sip.meeting;
  if (meeting?.status !== 'scheduled') return null;
  if (!can('recordAttendance')) {
    if (!can('invite')) return null;
    const startsAt = formatDateTime(meeting.startsAt);
    return (
      <Section id="attendance" title={t('case.attendance.title')} guidance="meeting">
        <p>{t('case.attendance.notYet', { startsAt })}</p>
      </Section>
    );
  }
  const invitations = sip.invitations.filter((i) => i.meetingId === meeting.id && i.status !== 'forwarded');
  return (
    <Section id="attendance" title={t('case.attendance.title')} guidance="meeting">
      <p>{t('case.attendance.intro')}</p>
      <AttendanceForm sip={sip} invitations={invitations} />
    </Section>
  );
}

function AttendanceForm({ sip, invitations }: { sip: SipDetail; invitations: InvitationView[] }) {
  const { t } = useTranslation();
  const form = useForm({
    resolver: useSchemaResolver(attendanceBody),
    defaultValues: {
      ...noPresence,
      attendance: invitations.map((invitation) => ({
        invitationId: invitation.id,
        attendance: expected(invitation),
      })),
    },
  });
  const record = useCaseAction(
    sip.id,
    (body: z.output<typeof attendanceBody>) =>
      api.call(caseRoutes.attendance, { params: { id: sip.id }, body }),
    t('case.attendance.saved'),
  );

  return (
    <StepForm form={form} action={record} label={t('case.attendance.save')}>
      {invitations.map((invitation, index) => (
        <RadioGroup
          key={invitation.id}
          id={`attendance-${invitation.id}`}
          legend={
            <>
              {invitation.unitName} <span className="legend-detail">({invitation.organisationName})</span>{' '}
              <InvitationStatusBadge status={invitation.status} />
            </>
          }
          field={form.register(`attendance.${index}.attendance`)}
          inline
          options={attendanceValues.map((value) => ({ value, label: t(`vocab.attendance.${value}`) }))}
        />
      ))}
      <PresenceFields id="attendance" sip={sip} />
    </StepForm>
  );
}
