import { useMutation } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { personAuthRoutes } from '../../shared/api/personAuthRoutes.js';
import type { PersonMe } from '../../shared/api/personSignIn.js';
import { api } from '../api/client.js';
import { ErrorMessage } from '../components/shared/ErrorMessage.js';
import { languageOf } from '../i18n/language.js';
import { useSetPersonMe } from './personSession.js';

/**
 * The frame of the individual's pages: the side's name, the language and signing out — no staff menus. Made
 * for a phone first: one short row that wraps, big enough to tap.
 */
export function MinaLayout({ me, children }: { me: PersonMe | null; children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const setMe = useSetPersonMe();
  const navigate = useNavigate();
  const other = languageOf(i18n.language) === 'sv' ? 'en' : 'sv';

  async function switchLanguage() {
    await i18n.changeLanguage(other);
    // The choice is kept with the session, so notices and the next visit speak it too.
    if (me) setMe(await api.call(personAuthRoutes.chooseLanguage, { body: { locale: other } }));
  }

  const signOut = useMutation({
    mutationFn: () => api.send(personAuthRoutes.signOut),
    onSuccess: () => {
      setMe(null);
      void navigate('/mina');
    },
  });

  return (
    <>
      <a className="skip-link" href="#main">
        {t('mina.skipToContent')}
      </a>
      <header className="mina-header">
        <div className="mina-header-row">
          <Link to="/mina" className="mina-brand">
            {t('mina.brand')}
          </Link>
          <button
            type="button"
            className="mina-header-button"
            lang={other}
            onClick={() => void switchLanguage()}
          >
            {t('mina.otherLanguage')}
          </button>
        </div>
        {me && (
          <div className="mina-header-row">
            <span className="mina-who">{t('mina.signedInAs', { name: me.name })}</span>
            <button type="button" className="mina-header-button" onClick={() => signOut.mutate()}>
              {t('mina.signOut')}
            </button>
          </div>
        )}
      </header>
      <main id="main" tabIndex={-1} className="mina-main">
        <ErrorMessage error={signOut.error} />
        {children}
      </main>
    </>
  );
}
