import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonSipOverview } from '../../shared/api/personSide.js';
import { ErrorMessage } from '../components/shared/ErrorMessage.js';
import { Loading } from '../components/shared/Loading.js';
import { useDocumentTitle } from '../components/shared/useDocumentTitle.js';
import { BackLink } from './BackLink.js';
import { minaPaths } from './paths.js';
import { useSipOverview } from './personQueries.js';
import { useSipId } from './useSipId.js';

/**
 * A page about one SIP whose part depends on the person's standing: the way back to the overview, the heading,
 * then the part, given the overview — who the person is to the SIP and what they may do there.
 */
export function SipPageFrame({
  title,
  children,
}: {
  title: string;
  children: (overview: PersonSipOverview) => ReactNode;
}) {
  const { t } = useTranslation();
  const id = useSipId();
  const overview = useSipOverview(id);
  useDocumentTitle(`${title} – Samplan`);
  return (
    <div className="mina-narrow">
      <BackLink to={minaPaths.sip(id)}>{t('mina.backToOverview')}</BackLink>
      <h1>{title}</h1>
      {overview.isPending ? (
        <Loading text={t('mina.loading')} />
      ) : overview.error ? (
        <ErrorMessage error={overview.error} />
      ) : (
        children(overview.data)
      )}
    </div>
  );
}
