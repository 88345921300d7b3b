import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { SipDetail } from '../../../shared/api/responses.js';
import { CheckboxField, TextArea } from '../shared/fields.js';

/** Nobody is marked present until the convener says so. */
export const noPresence = { individualPresent: false, relativesPresent: false, note: '' };

/**
 * Whether the individual and relatives came, and a note on who was there, registered with the meeting's form
 * (StepForm's). Relatives are offered only when the consent lets them take part; otherwise the form says so.
 */
export function PresenceFields({ id, sip }: { id: string; sip: SipDetail }) {
  const { t } = useTranslation();
  const { register } = useFormContext<typeof noPresence>();
  return (
    <>
      <fieldset className="field">
        <legend>{t('case.attendance.individualAndRelatives')}</legend>
        <CheckboxField
          id={`${id}-individual`}
          label={t('case.attendance.individualPresent')}
          field={register('individualPresent')}
        />
        {sip.consent?.relativesMayTakePart ? (
          <CheckboxField
            id={`${id}-relatives`}
            label={t('case.attendance.relativesPresent')}
            field={register('relativesPresent')}
          />
        ) : (
          <p className="hint">{t('case.attendance.relativesNotConsented')}</p>
        )}
      </fieldset>
      <TextArea id={`${id}-note`} label={t('case.attendance.note')} field={register('note')} />
    </>
  );
}
