import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { sessionRoutes } from '../../../shared/api/sessionRoutes.js';
import {
  singleSignOnErrors,
  type SignInMethods,
  type SingleSignOnError as Reason,
} from '../../../shared/api/signIn.js';
import { api } from '../../api/client.js';

export function useSignInMethods() {
  return useQuery({
    queryKey: ['sign-in-methods'],
    queryFn: () => api.call(sessionRoutes.methods),
    staleTime: Infinity,
  });
}

/**
 * Sign-in through the county's identity provider: a plain link, as the browser itself must go to the provider
 * and come back.
 */
export function SingleSignOnButton({ method }: { method: NonNullable<SignInMethods['singleSignOn']> }) {
  const { t } = useTranslation();
  return (
    <a className="button-link button-primary sign-in-provider" href={method.startUrl}>
      {t('login.singleSignOn', { provider: method.label })}
    </a>
  );
}

const knownErrors: ReadonlySet<string> = new Set(singleSignOnErrors);

function isKnown(code: string): code is Reason {
  return knownErrors.has(code);
}

/** Why a sign-in through the provider came back without a session; the server names the reason in the address. */
export function SingleSignOnError() {
  const { t } = useTranslation();
  const code = new URLSearchParams(window.location.search).get('sign_in_error');
  if (!code) return null;
  const reason = isKnown(code) ? code : 'failed';
  return (
    <div className="alert alert-error" role="alert">
      <strong>{t('login.singleSignOnFailed')}</strong>
      <p>{t(`login.singleSignOnErrors.${reason}`)}</p>
    </div>
  );
}
