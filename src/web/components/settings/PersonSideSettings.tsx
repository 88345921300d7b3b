import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../shared/fields.js';
import { DaysField } from './DaysField.js';
import { useSettingsForm } from './settingsForm.js';

/**
 * The county's choices for the individual's side: from which age a child may be given their own sign-in, how long
 * a guest's access lasts, and whether the individual's view of who opened their plan names staff members. The
 * limits are those the database enforces (0023_individuals_side.sql).
 */
export function PersonSideSettings() {
  const { t } = useTranslation();
  const form = useSettingsForm();
  return (
    <section className="card" aria-labelledby="person-side-heading">
      <h2 id="person-side-heading">{t('settings.personSide.heading')}</h2>
      <p>{t('settings.personSide.intro')}</p>
      <DaysField
        label={t('settings.personSide.childSignInAge')}
        hint={t('settings.personSide.childSignInAgeHint')}
        min={7}
        max={17}
        unit={t('settings.personSide.years')}
        field={form.register('childSignInAge')}
      />
      <DaysField
        label={t('settings.personSide.guestDays')}
        hint={t('settings.personSide.guestDaysHint')}
        min={1}
        max={365}
        field={form.register('guestDays')}
      />
      <CheckboxField
        id="personLogNamesStaff"
        label={t('settings.personSide.personLogNamesStaff')}
        hint={t('settings.personSide.personLogNamesStaffHint')}
        field={form.register('personLogNamesStaff')}
      />
    </section>
  );
}
