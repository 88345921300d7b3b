import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { sessionRoutes } from '../../shared/api/sessionRoutes.js';
import { api, ApiError } from '../api/client.js';
import { useSetMe } from '../api/session.js';
import { ErrorMessage } from '../components/shared/ErrorMessage.js';
import { SingleSignOnButton, SingleSignOnError, useSignInMethods } from '../components/login/SingleSignOn.js';
import '../components/login/login.css';

export function LoginPage() {
  const { t, i18n } = useTranslation();
  const setMe = useSetMe();
  const methods = useSignInMethods();
  const singleSignOn = methods.data?.singleSignOn ?? null;
  // Until the server has said otherwise, the password form is offered: it is what every installation starts with.
  const passwordOffered = methods.data?.password !== false;
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const login = useMutation({
    mutationFn: () => api.call(sessionRoutes.logIn, { body: { username, password } }),
    onSuccess: async (me) => {
      await i18n.changeLanguage(me.locale);
      setMe(me);
    },
  });

  // Too many attempts (a lock or the rate limit) gets its own heading, so it is not read as a wrong password.
  const blocked = login.error instanceof ApiError && login.error.status === 429 ? login.error : null;

  function submit(event: FormEvent) {
    event.preventDefault();
    login.mutate();
  }

  return (
    <main id="main" className="login">
      <div className="card login-card">
        <p className="brand-large">{t('app.name')}</p>
        <h1>{t('login.title')}</h1>
        <p>{t('login.intro')}</p>
        <SingleSignOnError />
        {singleSignOn && <SingleSignOnButton method={singleSignOn} />}
        {singleSignOn && passwordOffered && <p className="sign-in-or">{t('login.orPassword')}</p>}
        {passwordOffered && (
          <form onSubmit={submit} noValidate>
            <div className="field">
              <label htmlFor="username">{t('login.username')}</label>
              <input
                id="username"
                name="username"
                autoComplete="username"
                required
                value={username}
                onChange={(e) => setUsername(e.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor="password">{t('login.password')}</label>
              <input
                id="password"
                name="password"
                type="password"
                autoComplete="current-password"
                required
                value={password}
                onChange={(e) => setPassword(e.target.value)}
              />
            </div>
            {blocked ? (
              <div className="alert alert-error" role="alert">
                <strong>{t('login.blockedTitle')}</strong>
                <p>{blocked.message}</p>
              </div>
            ) : (
              <ErrorMessage error={login.error} />
            )}
            <button
              type="submit"
              className={singleSignOn ? 'button-secondary' : 'button-primary'}
              disabled={login.isPending}
            >
              {login.isPending ? t('login.submitting') : t('login.submit')}
            </button>
          </form>
        )}
        <button
          type="button"
          className="link-button"
          lang={i18n.language === 'sv' ? 'en' : 'sv'}
          onClick={() => void i18n.changeLanguage(i18n.language === 'sv' ? 'en' : 'sv')}
        >
          {t('app.language')}
        </button>
      </div>
    </main>
  );
}
