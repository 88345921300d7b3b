import { useTranslation } from 'react-i18next';
import { PhoneField, ProtectedIdentityCheck, type PersonFieldProps } from './PersonContactFields.js';
import { TextField } from './TextField.js';

/** A person the unit does not know yet, typed by hand: name, contact details, and whether their identity is protected. */
export function NewPersonFields({ person, onChange, errorFor }: PersonFieldProps) {
  const { t } = useTranslation();
  return (
    <fieldset>
      <legend>{t('start.newSipPage.personHeading')}</legend>
      <div className="grid-2">
        <TextField
          id="givenName"
          label={t('start.newSipPage.givenName')}
          value={person.givenName}
          onChange={(givenName) => onChange({ ...person, givenName })}
          error={errorFor('body.person.givenName')}
          required
          autoComplete="off"
          maxLength={200}
        />
        <TextField
          id="familyName"
          label={t('start.newSipPage.familyName')}
          value={person.familyName}
          onChange={(familyName) => onChange({ ...person, familyName })}
          error={errorFor('body.person.familyName')}
          required
          autoComplete="off"
          maxLength={200}
        />
        <TextField
          id="address"
          label={t('start.newSipPage.address')}
          hint={t('start.newSipPage.addressHint')}
          value={person.address}
          onChange={(address) => onChange({ ...person, address })}
          error={errorFor('body.person.address')}
          autoComplete="off"
          maxLength={200}
        />
        <PhoneField person={person} onChange={onChange} errorFor={errorFor} />
      </div>
      <ProtectedIdentityCheck person={person} onChange={onChange} errorFor={errorFor} />
    </fieldset>
  );
}
