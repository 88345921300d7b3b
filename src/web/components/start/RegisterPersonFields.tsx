import { useTranslation } from 'react-i18next';
import type { RegisterFound } from './usePopulationRegister.js';
import { PhoneField, ProtectedIdentityCheck } from './PersonContactFields.js';

/**
 * The person as the population register gave them: name and address to read, not to type; the phone number is
 * still the user's to add. A protected identity's address never reaches the page, and the page says why.
 */
export function RegisterPersonFields({ answer }: { answer: RegisterFound }) {
  const { t } = useTranslation();
  const registered = answer.person;
  const address = registered.protectedIdentity
    ? t('start.newSipPage.register.addressProtected')
    : registered.address || t('start.newSipPage.register.noAddress');
  return (
    <fieldset>
      <legend>{t('start.newSipPage.personHeading')}</legend>
      <p className="hint">
        {answer.source === 'demo'
          ? t('start.newSipPage.register.foundDemo')
          : t('start.newSipPage.register.found')}
      </p>
      <dl className="facts">
        <div className="fact">
          <dt>{t('start.newSipPage.register.name')}</dt>
          <dd>{`${registered.givenName} ${registered.familyName}`}</dd>
        </div>
        <div className="fact">
          <dt>{t('start.newSipPage.address')}</dt>
          <dd>{address}</dd>
        </div>
      </dl>
      {registered.protectedIdentity && (
        <div className="alert alert-warn">
          <p>{t('start.newSipPage.register.protected')}</p>
        </div>
      )}
      <PhoneField />
      {!registered.protectedIdentity && <ProtectedIdentityCheck />}
    </fieldset>
  );
}
