import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { sessionRoutes } from '../../shared/api/sessionRoutes.js';
import { api } from '../api/client.js';
import { useSetMe } from '../api/session.js';
import type { Me } from '../api/types.js';
import { ErrorMessage } from '../components/shared/ErrorMessage.js';
import '../components/login/login.css';

/** A user with commissions in several units says which one they act for; everything they do is on its behalf. */
export function ChooseUnitPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const setMe = useSetMe();
  const navigate = useNavigate();
  const choose = useMutation({
    mutationFn: (unitId: string) => api.call(sessionRoutes.chooseUnit, { body: { unitId } }),
    onSuccess: (next) => {
      setMe(next);
      void navigate('/');
    },
  });
  return (
    <section className="narrow">
      <h1>{t('chooseUnit.title')}</h1>
      <p>{t('chooseUnit.intro')}</p>
      <ul className="unit-choices">
        {me.units.map((unit) => (
          <li key={unit.unitId}>
            <button
              type="button"
              className={unit.unitId === me.activeUnitId ? 'button-primary' : 'button-secondary'}
              aria-pressed={unit.unitId === me.activeUnitId}
              onClick={() => choose.mutate(unit.unitId)}
              disabled={choose.isPending}
            >
              <strong>{unit.unitName}</strong>
              <span className="unit-choice-detail">
                {unit.organisationName} · {t(`roles.${unit.role}`)}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <ErrorMessage error={choose.error} />
    </section>
  );
}
