import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useFieldError } from '../shared/fieldErrors.js';
import type { PersonInput } from './newSipForm.js';
import { TextField } from './TextField.js';

/** The form a person's fields register with: one whose body has the person under `person`. */
export function usePersonForm() {
  return useFormContext<{ person: PersonInput }>();
}

/** The form's own words for a phone number with other characters than it may have, which its check names by a key. */
export function usePhoneMessages(): Record<string, string> {
  const { t } = useTranslation();
  return { 'person.phone': t('start.newSipPage.fieldProblems.phone') };
}

/** The phone number, which no register gives: typed whether name and address were typed or looked up. */
export function PhoneField() {
  const { t } = useTranslation();
  const { register } = usePersonForm();
  return (
    <TextField
      id="phone"
      type="tel"
      label={t('start.newSipPage.phone')}
      hint={t('start.newSipPage.phoneHint')}
      field={register('person.phone')}
      autoComplete="off"
      maxLength={40}
    />
  );
}

/** Whether the person's identity is protected, as the user knows it; protection can be added, never taken away. */
export function ProtectedIdentityCheck() {
  const { t } = useTranslation();
  const { register } = usePersonForm();
  const protectedError = useFieldError('person.protectedIdentity');
  return (
    <div className="field">
      <label className="check">
        <input
          type="checkbox"
          {...register('person.protectedIdentity')}
          aria-describedby="protectedIdentity-hint"
          aria-invalid={protectedError ? true : undefined}
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
