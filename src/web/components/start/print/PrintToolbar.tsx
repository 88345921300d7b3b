import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { planPdfAddress } from '../../../../shared/api/planRoutes.js';
import { useMe } from '../../../api/session.js';

/**
 * Print, download the established version as a PDF — the individual's copy and this unit's — and go back: on
 * screen only, never on paper. A plain download link: the session cookie travels with it, and the browser saves
 * the file under the name the server gives, which carries the case number, never the person.
 */
export function PrintToolbar({ sipId, version }: { sipId: string; version: number | null }) {
  const { t } = useTranslation();
  const me = useMe().data;
  const unit = me?.units.find((each) => each.unitId === me.activeUnitId);
  return (
    <nav className="print-toolbar no-print" aria-label={t('start.print.title')}>
      <Link to={`/sips/${sipId}`}>{t('start.print.back')}</Link>
      {version !== null && (
        <ul className="print-downloads">
          <li>
            <a href={planPdfAddress(sipId, version)} download>
              {t('start.print.pdfForPerson', { version })}
            </a>
          </li>
          {unit && (
            <li>
              <a href={planPdfAddress(sipId, version, unit.unitId)} download>
                {t('start.print.pdfForUnit', { version, unit: unit.unitName })}
              </a>
            </li>
          )}
        </ul>
      )}
      <button type="button" className="button-primary" onClick={() => window.print()}>
        {t('start.print.print')}
      </button>
    </nav>
  );
}
