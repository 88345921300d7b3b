import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { BlankInvitation } from '../components/reserve/BlankInvitation.js';
import { BlankPlan } from '../components/reserve/BlankPlan.js';
import { useDocumentTitle } from '../components/shared/useDocumentTitle.js';
import '../components/reserve/blankForms.css';
import '../components/start/print/printDocument.css';

const forms = ['plan', 'invitation'] as const;
type Form = (typeof forms)[number];

/**
 * The reserve routine: blank forms to print in advance, for a meeting held while Samplan cannot be reached.
 * Standing alone, like the print view, so what is printed is the form and nothing else.
 */
export function ReserveFormsPage() {
  const { t } = useTranslation();
  const { form = 'plan' } = useParams();
  const shown: Form = (forms as readonly string[]).includes(form) ? (form as Form) : 'plan';
  useDocumentTitle(t(`reserve.${shown}.title`));
  return (
    <main id="main" className="print-page">
      <nav className="print-toolbar no-print" aria-label={t('reserve.choose')}>
        <Link to="/">{t('reserve.back')}</Link>
        <ul className="reserve-forms">
          {forms.map((name) => (
            <li key={name}>
              <Link to={`/reserve/${name}`} aria-current={name === shown ? 'page' : undefined}>
                {t(`reserve.${name}.link`)}
              </Link>
            </li>
          ))}
        </ul>
        <button type="button" className="button-primary" onClick={() => window.print()}>
          {t('reserve.print')}
        </button>
      </nav>
      <p className="no-print">{t('reserve.intro')}</p>
      {shown === 'plan' ? <BlankPlan /> : <BlankInvitation />}
    </main>
  );
}
