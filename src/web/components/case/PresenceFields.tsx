import { useTranslation } from 'react-i18next';
import type { SipDetail } from '../../../shared/api/responses.js';
import { CheckboxField, TextArea } from '../shared/fields.js';

export interface Presence {
  individualPresent: boolean;
  relativesPresent: boolean;
  note: string;
}

/**
 * Whether the individual and relatives came, and a note on who was there. Relatives are offered only when the
 * consent lets them take part; otherwise the form says so.
 */
export function PresenceFields({
  id,
  sip,
  value,
  onChange,
}: {
  id: string;
  sip: SipDetail;
  value: Presence;
  onChange: (value: Presence) => void;
}) {
  const { t } = useTranslation();
  const set = (patch: Partial<Presence>) => onChange({ ...value, ...patch });
  return (
    <>
      <fieldset className="field">
        <legend>{t('case.attendance.individualAndRelatives')}</legend>
        <CheckboxField
          id={`${id}-individual`}
          path="individualPresent"
          label={t('case.attendance.individualPresent')}
          checked={value.individualPresent}
          onChange={(individualPresent) => set({ individualPresent })}
        />
        {sip.consent?.relativesMayTakePart ? (
          <CheckboxField
            id={`${id}-relatives`}
            path="relativesPresent"
            label={t('case.attendance.relativesPresent')}
            checked={value.relativesPresent}
            onChange={(relativesPresent) => set({ relativesPresent })}
          />
        ) : (
          <p className="hint">{t('case.attendance.relativesNotConsented')}</p>
        )}
      </fieldset>
      <TextArea
        id={`${id}-note`}
        path="note"
        label={t('case.attendance.note')}
        value={value.note}
        onChange={(note) => set({ note })}
      />
    </>
  );
}
