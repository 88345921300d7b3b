import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { sessionRoutes } from '../../../shared/api/sessionRoutes.js';
import { api } from '../../api/client.js';
import { useSetMe } from '../../api/session.js';
import type { Me } from '../../api/types.js';
import { ErrorMessage } from '../shared/ErrorMessage.js';
import './guidance.css';

/**
 * The first-time guide: five short things a new user needs, in a panel on the start page that blocks nothing.
 * "Done" is remembered on the server, so it stays closed in every browser; the guidance page always shows it.
 */
export function FirstGuide({ me, dismissible }: { me: Me; dismissible: boolean }) {
  const { t } = useTranslation();
  const setMe = useSetMe();
  const done = useMutation({
    mutationFn: () => api.send(sessionRoutes.closeFirstGuide),
    onSuccess: () => {
      setMe({ ...me, showFirstGuide: false });
      // The panel and its button are gone: the page's content takes the focus rather than the document's start.
      document.getElementById('main')?.focus();
    },
  });
  return (
    <section className="card first-guide" aria-labelledby="first-guide-heading">
      <h2 id="first-guide-heading">{t('guidance.firstGuide.heading')}</h2>
      <p>{t('guidance.firstGuide.intro')}</p>
      <ol>
        <li>{t('guidance.firstGuide.process')}</li>
        <li>{t('guidance.firstGuide.consent')}</li>
        <li>
          {t('guidance.firstGuide.guidanceBefore')}
          <span className="button-name">{t('guidance.firstGuide.guidanceButton')}</span>
          {t('guidance.firstGuide.guidanceAfter')}
          <Link to="/guidance">{t('guidance.firstGuide.guidanceLink')}</Link>.
        </li>
        <li>
          {t('guidance.firstGuide.reserveBefore')}
          <Link to="/reserve/plan">{t('guidance.firstGuide.reserveLink')}</Link>
          {t('guidance.firstGuide.reserveAfter')}
        </li>
        <li>{t('guidance.firstGuide.caseList')}</li>
      </ol>
      {dismissible && (
        <>
          <ErrorMessage error={done.error} />
          <p className="guidance-meta">{t('guidance.firstGuide.again')}</p>
          <button
            type="button"
            className="button-secondary"
            disabled={done.isPending}
            onClick={() => done.mutate()}
          >
            {t('guidance.firstGuide.done')}
          </button>
        </>
      )}
    </section>
  );
}
