import { useTranslation } from 'react-i18next';
import { PhoneField, ProtectedIdentityCheck, usePersonForm } from './PersonContactFields.js';
import { TextField } from './TextField.js';

/**
 * A person the unit does not know yet, typed by hand: name, contact details, and whether their identity is
 * protected; registered with the form StepForm (or the new-SIP page) provides.
 */
export function NewPersonFields() {
  const { t } = useTranslation();
  const { register } = usePersonForm();
  return (
    <fieldset>
      <legend>{t('start.newSipPage.personHeading')}</legend>
      <div className="grid-2">
        <TextField
          id="givenName"
          label={t('start.newSipPage.givenName')}
          field={register('person.givenName')}
          required
          autoComplete="off"
          maxLength={200}
        />
        <TextField
          id="familyName"
          label={t('start.newSipPage.familyName')}
          field={register('person.familyName')}
          required
          autoComplete="off"
          maxLength={200}
        />
        <TextField
          id="address"
          label={t('start.newSipPage.address')}
          hint={t('start.newSipPage.addressHint')}
          field={register('person.address')}
          autoComplete="off"
          maxLength={200}
        />
        <PhoneField />
      </div>
      <ProtectedIdentityCheck />
    </fieldset>
  );
}
