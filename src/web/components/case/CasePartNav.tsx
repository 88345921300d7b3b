import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SipDetail } from '../../../shared/api/responses.js';
import { caseParts, partPath, partShows, type CasePart } from './caseParts.js';
import type { Can } from './commands.js';
import './caseParts.css';

/**
 * The parts of the case as links, the one shown marked as the current page: plain links rather than ARIA tabs, so
 * each part is an address that a new tab, a bookmark or the back button keeps. A part with nothing for the unit
 * is left out.
 */
export function CasePartNav({ sip, can, shown }: { sip: SipDetail; can: Can; shown: CasePart }) {
  const { t } = useTranslation();
  return (
    <nav className="case-parts no-print" aria-label={t('case.parts.label')}>
      <ul className="case-parts-list">
        {caseParts
          .filter((part) => partShows[part](sip, can))
          .map((part) => (
            <li key={part}>
              <Link to={partPath(sip.id, part)} aria-current={part === shown ? 'page' : undefined}>
                {t(`case.parts.${part}`)}
              </Link>
            </li>
          ))}
      </ul>
    </nav>
  );
}
