import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ChildView, PersonSipOverview } from '../../shared/api/personSide.js';
import { personRoutes } from '../../shared/api/personRoutes.js';
import { api } from '../api/client.js';
import { ErrorMessage } from '../components/shared/ErrorMessage.js';
import { Loading } from '../components/shared/Loading.js';
import { ChildViewForm } from './ChildViewForm.js';
import { ChildViewPicture } from './ChildViewPicture.js';
import { personKeys } from './personQueries.js';
import { SipPageFrame } from './SipPageFrame.js';
import './childView.css';

/**
 * "Det här vill jag säga": the child, or a guardian with the child, tells what is good, what is hard and what they
 * wish for, and may add a picture or a drawing. Staff take it into the plan draft as "barnets synpunkter".
 */
export function ChildViewPage() {
  const { t } = useTranslation();
  return (
    <SipPageFrame title={t('minaMore.childView.title')}>
      {(overview) => <ChildViewPart overview={overview} />}
    </SipPageFrame>
  );
}

export function ChildViewPart({ overview }: { overview: PersonSipOverview }) {
  const { t } = useTranslation();
  const sipId = overview.id;
  const queryClient = useQueryClient();
  const key = [...personKeys.sip(sipId), 'child-view'];
  const view = useQuery({
    queryKey: key,
    queryFn: () => api.call(personRoutes.childView, { params: { id: sipId } }),
  });
  const kept = (saved: ChildView) => queryClient.setQueryData(key, saved);

  return (
    <>
      <p className="lead">
        {overview.relation === 'guardian'
          ? t('minaMore.childView.introGuardian')
          : t('minaMore.childView.intro')}
      </p>
      {view.isPending && <Loading text={t('minaMore.childView.loading')} />}
      {view.error && <ErrorMessage error={view.error} />}
      {view.data && (
        <>
          {view.data.confirmed && (
            <div className="alert alert-ok">
              <p>{t('minaMore.childView.confirmed')}</p>
            </div>
          )}
          <ChildViewForm sipId={sipId} current={view.data} onSaved={kept} />
          <ChildViewPicture sipId={sipId} current={view.data} onSaved={kept} />
        </>
      )}
    </>
  );
}
