import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SipDetail } from '../../../shared/api/responses.js';
import { attendanceValues } from '../../../shared/api/vocabulary.js';
import { api } from '../../api/client.js';
import { useOrganisations } from './caseQueries.js';
import { RadioGroup } from '../shared/fields.js';
import { checkChoices } from '../shared/localCheck.js';
import { meetingTimeBody, MeetingTimeFields, missingTime, type MeetingTime } from './MeetingTimeFields.js';
import { MeetingUnitPicker } from './MeetingUnitPicker.js';
import { PresenceFields, type Presence } from './PresenceFields.js';
import { StepForm } from '../shared/StepForm.js';
import { useCaseAction } from './useCaseAction.js';

type Attendance = (typeof attendanceValues)[number];

/**
 * Efterregistrering: a meeting held without Samplan (on paper, or called at short notice), entered afterwards
 * with its real times, the units that were there or should have been, and who came. It is marked as entered
 * afterwards wherever it is shown.
 */
export function HeldMeetingForm({ sip, onDone }: { sip: SipDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const organisations = useOrganisations();
  const [time, setTime] = useState<MeetingTime>({
    date: '',
    start: '',
    end: '',
    form: 'in_person',
    place: '',
  });
  const [unitIds, setUnitIds] = useState<string[]>([]);
  const [attendance, setAttendance] = useState<Record<string, Attendance>>({});
  const [presence, setPresence] = useState<Presence>({
    individualPresent: false,
    relativesPresent: false,
    note: '',
  });
  const unitName = new Map(
    (organisations.data ?? []).flatMap((organisation) =>
      organisation.units.map((unit) => [unit.id, `${unit.name} (${organisation.name})`] as const),
    ),
  );
  const enter = useCaseAction(
    sip.id,
    () =>
      api.post(`/api/sips/${sip.id}/meetings/held`, {
        ...meetingTimeBody(time),
        ...presence,
        attendance: unitIds.map((unitId) => ({ unitId, attendance: attendance[unitId] ?? 'present' })),
      }),
    t('case.heldMeeting.saved'),
    onDone,
  );

  const findMissing = () =>
    checkChoices(missingTime(time), { summary: t('case.form.incomplete'), choose: t('case.form.fillIn') });

  return (
    <StepForm
      action={enter}
      check={findMissing}
      label={t('case.heldMeeting.save')}
      pendingLabel={t('case.form.sending')}
      onCancel={onDone}
    >
      <p>{t('case.heldMeeting.intro')}</p>
      <MeetingTimeFields id="held" value={time} onChange={setTime} />
      <MeetingUnitPicker
        id="held-units"
        path="attendance"
        legend={t('case.heldMeeting.units')}
        hint={t('case.heldMeeting.unitsHint')}
        sip={sip}
        selected={unitIds}
        onChange={setUnitIds}
      />
      {unitIds.map((unitId, index) => (
        <RadioGroup
          key={unitId}
          id={`held-attendance-${unitId}`}
          path={`attendance.${index}.attendance`}
          legend={unitName.get(unitId) ?? unitId}
          value={attendance[unitId] ?? 'present'}
          onChange={(value) => setAttendance({ ...attendance, [unitId]: value })}
          inline
          options={attendanceValues.map((value) => ({ value, label: t(`case.vocab.attendance.${value}`) }))}
        />
      ))}
      <PresenceFields id="held" sip={sip} value={presence} onChange={setPresence} />
    </StepForm>
  );
}
