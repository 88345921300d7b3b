import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { personAuthRoutes } from '../../shared/api/personAuthRoutes.js';
import { eIdSignInErrors, type EIdMethods, type EIdSignInError } from '../../shared/api/personSignIn.js';
import { api } from '../api/client.js';
import { ErrorMessage } from '../components/shared/ErrorMessage.js';
import { Loading } from '../components/shared/Loading.js';
import { useDocumentTitle } from '../components/shared/useDocumentTitle.js';
import { languageOf } from '../i18n/language.js';
import { guestInvitation } from './guestInvitation.js';
import { useSetPersonMe } from './personSession.js';

/**
 * Signing in on the individual's side: a button for each e-ID method the county's broker offers, which leaves
 * for the broker and comes back signed in (or with `?sign_in_error=` saying why not), and in the demo a clearly
 * marked box to try the side as a made-up person.
 */
export function SignInPage() {
  const { t, i18n } = useTranslation();
  const [search] = useSearchParams();
  useDocumentTitle(t('mina.signIn.pageTitle'));
  const methods = useQuery({
    // The demo people are described in the page's language.
    queryKey: ['person', 'signInMethods', languageOf(i18n.language)],
    queryFn: () => api.call(personAuthRoutes.methods),
  });
  const failure = search.get('sign_in_error');

  return (
    <div className="mina-narrow">
      <h1>{t('mina.signIn.title')}</h1>
      {failure !== null && <SignInFailure code={failure} />}
      {guestInvitation.kept() !== null && <p className="alert alert-info">{t('mina.signIn.invitation')}</p>}
      <p>{t('mina.signIn.intro')}</p>
      {methods.isPending ? (
        <Loading />
      ) : methods.error ? (
        <ErrorMessage error={methods.error} />
      ) : (
        <>
          <EIdButtons methods={methods.data.methods} demoOnly={methods.data.demo !== null} />
          {methods.data.demo && <DemoSignIn people={methods.data.demo} />}
        </>
      )}
    </div>
  );
}

function SignInFailure({ code }: { code: string }) {
  const { t } = useTranslation();
  const known: EIdSignInError = eIdSignInErrors.find((error) => error === code) ?? 'failed';
  return (
    <div className="alert alert-error" role="alert">
      <strong>{t('mina.signIn.failedTitle')}</strong>
      <p>{t(`mina.signIn.errors.${known}`)}</p>
    </div>
  );
}

function EIdButtons({ methods, demoOnly }: { methods: EIdMethods['methods']; demoOnly: boolean }) {
  const { t } = useTranslation();
  // In the demo there is no broker; saying that e-ID does not work would only confuse.
  if (methods.length === 0)
    return demoOnly ? null : <p className="alert alert-warn">{t('mina.signIn.noMethods')}</p>;
  return (
    <section aria-labelledby="mina-e-id">
      <h2 id="mina-e-id">{t('mina.signIn.methods')}</h2>
      <ul className="mina-buttons">
        {methods.map((method) => (
          <li key={method.key}>
            {/* A full page visit: the broker's own page takes over until the person comes back signed in. */}
            <a className="button-primary button-link mina-wide-button" href={method.startUrl}>
              {t('mina.signIn.withMethod', { method: method.label })}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

function DemoSignIn({ people }: { people: NonNullable<EIdMethods['demo']> }) {
  const { t } = useTranslation();
  const setMe = useSetPersonMe();
  const navigate = useNavigate();
  const signIn = useMutation({
    mutationFn: (key: string) => api.call(personAuthRoutes.demoSignIn, { body: { key } }),
    onSuccess: (me) => {
      setMe(me);
      // Any sign-in error in the address belongs to an earlier try.
      void navigate({ search: '' }, { replace: true });
    },
  });

  return (
    <section className="mina-demo" aria-labelledby="mina-demo">
      <h2 id="mina-demo">{t('mina.signIn.demo.title')}</h2>
      <p>{t('mina.signIn.demo.explanation')}</p>
      <ul className="mina-buttons">
        {people.map((person) => (
          <li key={person.key}>
            <button
              type="button"
              className="button-secondary mina-wide-button"
              aria-describedby={`mina-demo-${person.key}`}
              disabled={signIn.isPending}
              onClick={() => signIn.mutate(person.key)}
            >
              {signIn.isPending && signIn.variables === person.key
                ? t('mina.signIn.demo.signingIn')
                : t('mina.signIn.demo.tryAs', { name: person.name })}
            </button>
            <p className="hint" id={`mina-demo-${person.key}`}>
              {person.description}
            </p>
          </li>
        ))}
      </ul>
      <ErrorMessage error={signIn.error} />
    </section>
  );
}
