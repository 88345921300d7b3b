import { useTranslation } from 'react-i18next';
import type { Me } from '../api/types.js';

export function StartPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const unit = me.units.find((u) => u.unitId === me.activeUnitId);
  return (
    <section>
      <h1>{t('nav.start')}</h1>
      <p>
        {t('nav.actingFor')} {unit?.unitName}
      </p>
    </section>
  );
}
