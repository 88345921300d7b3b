import { useController, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { heldMeetingBody } from '../../../shared/api/requests.js';
import type { SipDetail } from '../../../shared/api/responses.js';
import { attendanceValues } from '../../../shared/api/vocabulary.js';
import { caseRoutes } from '../../../shared/api/caseRoutes.js';
import { api } from '../../api/client.js';
import { useOrganisations } from './caseQueries.js';
import { RadioGroup } from '../shared/fields.js';
import { useSchemaResolver } from '../shared/formSchema.js';
import { meetingTimeInputs, MeetingTimeFields, withMeetingTimes } from './MeetingTimeFields.js';
import { MeetingUnitPicker } from './MeetingUnitPicker.js';
import { noPresence, PresenceFields } from './PresenceFields.js';
import { StepForm } from '../shared/StepForm.js';
import { useCaseAction } from './useCaseAction.js';

/**
 * The held meeting as its form holds it: the units chosen, and each one's attendance by its id (present until
 * said otherwise), sent as one list in the order the units were chosen.
 */
const heldMeetingForm = meetingTimeInputs
  .extend({
    unitIds: z.array(z.string()),
    attendanceByUnit: z.record(z.string(), z.enum(attendanceValues)),
    individualPresent: z.boolean(),
    relativesPresent: z.boolean(),
    note: z.string().optional(),
  })
  .transform(({ unitIds, attendanceByUnit, ...rest }) => ({
    ...withMeetingTimes(rest),
    attendance: unitIds.map((unitId) => ({ unitId, attendance: attendanceByUnit[unitId] })),
  }))
  .pipe(heldMeetingBody);

/**
 * Efterregistrering: a meeting held without Samplan (on paper, or called at short notice), entered afterwards
 * with its real times, the units that were there or should have been, and who came. It is marked as entered
 * afterwards wherever it is shown.
 */
export function HeldMeetingForm({ sip, onDone }: { sip: SipDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const organisations = useOrganisations();
  const form = useForm({
    resolver: useSchemaResolver(heldMeetingForm),
    defaultValues: {
      date: '',
      start: '',
      end: '',
      form: 'in_person',
      place: '',
      unitIds: [],
      attendanceByUnit: {},
      ...noPresence,
    },
  });
  const units = useController({ control: form.control, name: 'unitIds' });
  const unitName = new Map(
    (organisations.data ?? []).flatMap((organisation) =>
      organisation.units.map((unit) => [unit.id, `${unit.name} (${organisation.name})`] as const),
    ),
  );
  const enter = useCaseAction(
    sip.id,
    (body: z.output<typeof heldMeetingForm>) =>
      api.call(caseRoutes.heldMeeting, { params: { id: sip.id }, body }),
    t('case.heldMeeting.saved'),
    onDone,
  );

  return (
    <StepForm
      form={form}
      action={enter}
      label={t('case.heldMeeting.save')}
      pendingLabel={t('case.form.sending')}
      onCancel={onDone}
    >
      <p>{t('case.heldMeeting.intro')}</p>
      <MeetingTimeFields id="held" />
      <MeetingUnitPicker
        id="held-units"
        path="attendance"
        legend={t('case.heldMeeting.units')}
        hint={t('case.heldMeeting.unitsHint')}
        sip={sip}
        selected={units.field.value}
        onChange={(unitIds) => {
          // A unit just chosen was there until the user says otherwise.
          for (const unitId of unitIds) {
            if (!form.getValues(`attendanceByUnit.${unitId}`))
              form.setValue(`attendanceByUnit.${unitId}`, 'present');
          }
          units.field.onChange(unitIds);
        }}
      />
      {units.field.value.map((unitId, index) => (
        <RadioGroup
          key={unitId}
          id={`held-attendance-${unitId}`}
          path={`attendance.${index}.attendance`}
          legend={unitName.get(unitId) ?? unitId}
          field={form.register(`attendanceByUnit.${unitId}`)}
          inline
          options={attendanceValues.map((value) => ({ value, label: t(`vocab.attendance.${value}`) }))}
        />
      ))}
      <PresenceFields id="held" sip={sip} />
    </StepForm>
  );
}
