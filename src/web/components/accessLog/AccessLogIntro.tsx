import { useTranslation } from 'react-i18next';
import { localeOf } from '../../i18n/language.js';
import { useAccessLogScope } from './useAccessLog.js';

/**
 * What the reviewer sees, in their role's words: a unit manager the units they manage, an organisation
 * administrator their organisation, the system administrator the whole county. The names come from the server's
 * own scope rules, so the page says exactly what the log shows.
 */
export function AccessLogIntro() {
  const { t, i18n } = useTranslation();
  const scope = useAccessLogScope();
  if (!scope.data) return null;
  const names = new Intl.ListFormat(localeOf(i18n.language), { type: 'conjunction' }).format(
    scope.data.names,
  );
  return <p className="lead">{t(`accessLog.intro.${scope.data.role}`, { names })}</p>;
}
