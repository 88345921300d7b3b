import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { mayInUnit } from '../api/may.js';
import { Link, useNavigate } from 'react-router';
import { sessionRoutes } from '../../shared/api/sessionRoutes.js';
import { api } from '../api/client.js';
import { useSetMe } from '../api/session.js';
import type { Me } from '../api/types.js';
import { CompactMenu } from './shared/CompactMenu.js';
import './layout.css';

/** The frame of every signed-in page: who and for which unit, the main menu, language and sign-out. */
export function Layout({ me, children }: { me: Me; children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const setMe = useSetMe();
  const navigate = useNavigate();
  const activeUnit = me.units.find((unit) => unit.unitId === me.activeUnitId);
  const may = mayInUnit(activeUnit);

  async function switchLanguage() {
    const next = i18n.language === 'sv' ? 'en' : 'sv';
    await i18n.changeLanguage(next);
    setMe(await api.call(sessionRoutes.chooseLanguage, { body: { locale: next } }));
  }

  async function signOut() {
    await api.send(sessionRoutes.logOut);
    setMe(null);
    void navigate('/');
  }

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="brand">
          <Link to="/">{t('app.name')}</Link>
          <span className="tagline">{t('app.tagline')}</span>
        </div>
        <CompactMenu>
          <nav aria-label={t('nav.main')}>
            <ul className="nav-list">
              <li>
                <Link to="/">{t('nav.start')}</Link>
              </li>
              {may('workWithCases') && (
                <>
                  <li>
                    <Link to="/sips/new">{t('nav.newSip')}</Link>
                  </li>
                  <li>
                    <Link to="/discharges">{t('discharge.nav')}</Link>
                  </li>
                </>
              )}
              <li>
                <Link to="/guidance">{t('guidance.nav')}</Link>
              </li>
              {may('readAccessLog') && (
                <li>
                  <Link to="/access-log">{t('accessLog.nav')}</Link>
                </li>
              )}
              {may('readOutbox') && (
                <li>
                  <Link to="/outbox">{t('notifications.outboxNav')}</Link>
                </li>
              )}
              {may('workWithCases') && (
                <li>
                  <Link to="/deviations">{t('deviations.nav')}</Link>
                </li>
              )}
              {/* The feedback results are served under the statistics' own policy, organisation:readStatistics. */}
              {may('readStatistics') && (
                <>
                  <li>
                    <Link to="/statistics">{t('statistics.nav')}</Link>
                  </li>
                  <li>
                    <Link to="/feedback-results">{t('feedback.results.nav')}</Link>
                  </li>
                </>
              )}
              {may('administerCountySettings') && (
                <li>
                  <Link to="/settings">{t('settings.nav')}</Link>
                </li>
              )}
              {may('administerUnits') && (
                <li>
                  <Link to="/fhir-clients">{t('fhirClients.nav')}</Link>
                </li>
              )}
              {may('administerCountySettings') && (
                <li>
                  <Link to="/code-systems">{t('codes.page.title')}</Link>
                </li>
              )}
            </ul>
          </nav>
          <div className="who">
            <span>
              {me.displayName}
              {activeUnit && (
                <>
                  {' · '}
                  <span className="visually-hidden">{t('nav.actingFor')} </span>
                  {activeUnit.unitName}
                </>
              )}
            </span>
            {me.units.length > 1 && <Link to="/choose-unit">{t('nav.changeUnit')}</Link>}
            <Link to="/notification-preferences">{t('notifications.preferencesNav')}</Link>
            <Link to="/templates">{t('templates.nav')}</Link>
            <Link to="/reserve/plan">{t('reserve.nav')}</Link>
            <button
              type="button"
              className="link-button"
              onClick={() => void switchLanguage()}
              lang={i18n.language === 'sv' ? 'en' : 'sv'}
            >
              {t('app.language')}
            </button>
            <button type="button" className="link-button" onClick={() => void signOut()}>
              {t('nav.signOut')}
            </button>
          </div>
        </CompactMenu>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
