import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { planTemplateRoutes } from '../../../shared/api/planTemplateRoutes.js';
import { api } from '../../api/client.js';
import { ErrorMessage } from '../shared/ErrorMessage.js';
import { Loading } from '../shared/Loading.js';
import { formatDateTime } from '../start/dates.js';

/** Who changed a template and when, newest first: every version a plan may name. */
export function TemplateHistory({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const history = useQuery({
    queryKey: ['plan-templates', id, 'versions'],
    queryFn: () => api.call(planTemplateRoutes.history, { params: { id } }),
  });
  if (history.isPending) return <Loading text={t('templates.historyLoading')} />;
  if (history.error) return <ErrorMessage error={history.error} />;
  return (
    <>
      <h3>{t('templates.historyTitle')}</h3>
      <ol className="template-history" reversed>
        {history.data.versions.map((version) => (
          <li key={version.version}>
            {t('templates.version', { version: version.version })}: <span lang="sv">{version.name}</span>,{' '}
            {version.writtenByName
              ? t('templates.writtenBy', {
                  time: formatDateTime(version.writtenAt, i18n.language),
                  name: version.writtenByName,
                })
              : t('templates.startingVersion', { time: formatDateTime(version.writtenAt, i18n.language) })}
          </li>
        ))}
      </ol>
    </>
  );
}
