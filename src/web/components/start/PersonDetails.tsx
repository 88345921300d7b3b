import { useTranslation } from 'react-i18next';
import { NewPersonFields } from './NewPersonFields.js';
import { RegisterPersonFields } from './RegisterPersonFields.js';
import type { RegisterFound, RegisterState } from './usePopulationRegister.js';

interface PersonDetailsProps {
  register: { state: RegisterState; found: RegisterFound | null };
  onAskAgain: () => void;
}

/**
 * A person the unit does not know: from the population register when it answers, else typed by hand — when there
 * is no register, when it finds nobody, or when it cannot be reached (then it can be asked again).
 */
export function PersonDetails({ register, onAskAgain }: PersonDetailsProps) {
  const { t } = useTranslation();
  if (register.state === 'asking') return <p className="hint">{t('start.newSipPage.register.asking')}</p>;
  if (register.found) return <RegisterPersonFields answer={register.found} />;
  return (
    <>
      {register.state === 'notFound' && (
        <div className="alert alert-warn">
          <p>{t('start.newSipPage.register.notFound')}</p>
        </div>
      )}
      {register.state === 'unavailable' && (
        <div className="alert alert-warn">
          <p>{t('start.newSipPage.register.unavailable')}</p>
          <button type="button" className="button-secondary" onClick={onAskAgain}>
            {t('start.newSipPage.register.askAgain')}
          </button>
        </div>
      )}
      <NewPersonFields />
    </>
  );
}
