import { useTranslation } from 'react-i18next';
import type { PersonSipOverview } from '../../shared/api/personSide.js';

type Coordinator = NonNullable<PersonSipOverview['coordinator']>;

/** Who keeps the plan together and how to reach them: a phone number to tap, an address to write to. */
export function CoordinatorContact({ coordinator }: { coordinator: Coordinator }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="mina-person-name">{coordinator.name}</p>
      {coordinator.unitName && <p>{t('mina.coordinator.unit', { unit: coordinator.unitName })}</p>}
      <ul className="mina-contact">
        {coordinator.phone && (
          <li>
            <a href={`tel:${coordinator.phone.replace(/[^\d+]/g, '')}`}>
              {t('mina.coordinator.phone', { phone: coordinator.phone })}
            </a>
          </li>
        )}
        {coordinator.email && (
          <li>
            <a href={`mailto:${coordinator.email}`}>
              {t('mina.coordinator.email', { email: coordinator.email })}
            </a>
          </li>
        )}
      </ul>
    </>
  );
}
