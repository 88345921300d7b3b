import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { SipDetail } from '../../../shared/api/responses.js';
import { CheckboxField, TextArea } from '../shared/fields.js';

type PresenceField = 'individualPresent' | 'relativesPresent' | 'note';

/** Nobody is marked present until the convener says so. */
export const noPresence = { individualPresent: false, relativesPresent: false, note: '' };

/**
 * Whether the individual and relatives came, and a note on who was there. Relatives are offered only when the
 * consent lets them take part; otherwise the form says so.
 */
export function PresenceFields({
  id,
  sip,
  fields,
}: {
  id: string;
  sip: SipDetail;
  /** The presence fields as registered with the meeting's form. */
  fields: Record<PresenceField, UseFormRegisterReturn>;
}) {
  const { t } = useTranslation();
  return (
    <>
      <fieldset className="field">
        <legend>{t('case.attendance.individualAndRelatives')}</legend>
        <CheckboxField
          id={`${id}-individual`}
          label={t('case.attendance.individualPresent')}
          field={fields.individualPresent}
        />
        {sip.consent?.relativesMayTakePart ? (
          <CheckboxField
            id={`${id}-relatives`}
            label={t('case.attendance.relativesPresent')}
            field={fields.relativesPresent}
          />
        ) : (
          <p className="hint">{t('case.attendance.relativesNotConsented')}</p>
        )}
      </fieldset>
      <TextArea id={`${id}-note`} label={t('case.attendance.note')} field={fields.note} />
    </>
  );
}
