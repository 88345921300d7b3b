import { useTranslation } from 'react-i18next';
import type { PersonDraft } from './newSipDraft.js';
import { TextField } from './TextField.js';

/** What every part of the person's form is given: the draft, how to change it, and the server's word on a field. */
export interface PersonFieldProps {
  person: PersonDraft;
  onChange: (person: PersonDraft) => void;
  errorFor: (path: string) => string | undefined;
}

/** The phone number, which no register gives: typed whether name and address were typed or looked up. */
export function PhoneField({ person, onChange, errorFor }: PersonFieldProps) {
  const { t } = useTranslation();
  return (
    <TextField
      id="phone"
      type="tel"
      label={t('start.newSipPage.phone')}
      hint={t('start.newSipPage.phoneHint')}
      value={person.phone}
      onChange={(phone) => onChange({ ...person, phone })}
      error={errorFor('body.person.phone')}
      autoComplete="off"
      maxLength={40}
    />
  );
}

/** Whether the person's identity is protected, as the user knows it; protection can be added, never taken away. */
export function ProtectedIdentityCheck({ person, onChange, errorFor }: PersonFieldProps) {
  const { t } = useTranslation();
  const protectedError = errorFor('body.person.protectedIdentity');
  return (
    <div className="field">
      <label className="check">
        <input
          type="checkbox"
          name="protectedIdentity"
          checked={person.protectedIdentity}
          aria-describedby="protectedIdentity-hint"
          aria-invalid={protectedError ? true : undefined}
          onChange={(event) => onChange({ ...person, protectedIdentity: event.target.checked })}
        />
        {t('start.newSipPage.protectedIdentity')}
      </label>
      <span className="hint" id="protectedIdentity-hint">
        {t('start.newSipPage.protectedIdentityHint')}
      </span>
      {protectedError && <span className="field-error">{protectedError}</span>}
    </div>
  );
}
