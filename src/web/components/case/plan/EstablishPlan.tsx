import { useTranslation } from 'react-i18next';
import { planRoutes } from '../../../../shared/api/planRoutes.js';
import { api } from '../../../api/client.js';
import { ErrorMessage } from '../../shared/ErrorMessage.js';
import { useCaseAction } from '../useCaseAction.js';

/** Establishing makes the saved draft version 1; every later change becomes a new version. */
export function EstablishPlan({
  sipId,
  revision,
  dirty,
  complete,
}: {
  sipId: string;
  revision: number;
  dirty: boolean;
  complete: boolean;
}) {
  const { t } = useTranslation();
  const establish = useCaseAction(
    sipId,
    () => api.call(planRoutes.establish, { params: { id: sipId }, body: { baseRevision: revision } }),
    t('case.plan.established'),
  );
  return (
    <div className="establish">
      <h3>{t('case.plan.establishTitle')}</h3>
      <p>{t('case.plan.establishIntro')}</p>
      {dirty && <p className="field-error">{t('case.plan.saveFirst')}</p>}
      {!dirty && !complete && <p>{t('case.plan.establishIncomplete')}</p>}
      <ErrorMessage error={establish.error} />
      <div className="actions">
        <button
          type="button"
          className="button-primary"
          disabled={establish.isPending || dirty}
          onClick={() => establish.mutate(undefined)}
        >
          {establish.isPending ? t('app.saving') : t('case.plan.establish')}
        </button>
      </div>
    </div>
  );
}
