import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { sessionRoutes } from '../../shared/api/sessionRoutes.js';
import { loginBody } from '../../shared/api/signIn.js';
import { api, ApiError } from '../api/client.js';
import { useSetMe } from '../api/session.js';
import { ErrorMessage } from '../components/shared/ErrorMessage.js';
import { FormFieldErrors } from '../components/shared/fieldErrors.js';
import { TextField } from '../components/shared/fields.js';
import { useSchemaResolver } from '../components/shared/formSchema.js';
import { useFormSubmit } from '../components/shared/useFormSubmit.js';
import { SingleSignOnButton, SingleSignOnError, useSignInMethods } from '../components/login/SingleSignOn.js';
import '../components/login/login.css';

export function LoginPage() {
  const { t, i18n } = useTranslation();
  const setMe = useSetMe();
  const methods = useSignInMethods();
  const singleSignOn = methods.data?.singleSignOn ?? null;
  // Until the server has said otherwise, the password form is offered: it is what every installation starts with.
  const passwordOffered = methods.data?.password !== false;
  const form = useForm({
    resolver: useSchemaResolver(loginBody),
    defaultValues: { username: '', password: '' },
  });
  const login = useMutation({
    mutationFn: (body: { username: string; password: string }) => api.call(sessionRoutes.logIn, { body }),
    onSuccess: async (me) => {
      await i18n.changeLanguage(me.locale);
      setMe(me);
    },
  });
  const { submit, incomplete } = useFormSubmit(form, login.mutateAsync);

  // The last refusal stands until the form's own check finds a field empty: then that field says so instead.
  const refusal = incomplete ? null : login.error;
  // Too many attempts (a lock or the rate limit) gets its own heading, so it is not read as a wrong password.
  const blocked = refusal instanceof ApiError && refusal.status === 429 ? refusal : null;

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
          <form onSubmit={(event) => void submit(event)} noValidate>
            <FormFieldErrors form={form} refusal={null} prefix="body.">
              <TextField
                id="username"
                label={t('login.username')}
                autoComplete="username"
                required
                requiredMark={false}
                field={form.register('username')}
              />
              <TextField
                id="password"
                label={t('login.password')}
                type="password"
                autoComplete="current-password"
                required
                requiredMark={false}
                field={form.register('password')}
              />
            </FormFieldErrors>
            {blocked ? (
              <div className="alert alert-error" role="alert">
                <strong>{t('login.blockedTitle')}</strong>
                <p>{blocked.message}</p>
              </div>
            ) : (
              <ErrorMessage error={refusal} />
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
