import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { worthRetrying } from '../api/client.js';
import { ErrorMessage } from '../components/shared/ErrorMessage.js';
import { Loading } from '../components/shared/Loading.js';
import { useLinkFromAddress } from '../components/shared/keptLink.js';
import { guestInvitation } from './guestInvitation.js';
import { MinaLayout } from './MinaLayout.js';
import { MinaRoutes } from './minaRoutes.js';
import { signOutOnLostPersonSession, usePersonMe, useSessionInPageLanguage } from './personSession.js';
import { SignInPage } from './SignInPage.js';
import './mina.css';

/**
 * The individual's side, everything under /mina: for the person a SIP is for, their guardians and their guests,
 * signed in with e-ID in a session of their own. It keeps a query cache of its own, so nothing the staff side has
 * fetched is ever shown here, and a lost session here leads to this side's sign-in page.
 */
export function MinaApp() {
  const [client] = useState(() => {
    const created: QueryClient = new QueryClient({
      queryCache: new QueryCache({ onError: (error) => onLostSession(error) }),
      mutationCache: new MutationCache({ onError: (error) => onLostSession(error) }),
      defaultOptions: { queries: { retry: worthRetrying } },
    });
    const onLostSession = signOutOnLostPersonSession(created);
    return created;
  });
  return (
    <QueryClientProvider client={client}>
      <MinaSide />
    </QueryClientProvider>
  );
}

function MinaSide() {
  const { t } = useTranslation();
  const me = usePersonMe();
  useLinkFromAddress(guestInvitation);
  const person = me.data ?? null;
  useSessionInPageLanguage(person);
  return (
    // A new frame for each person: nothing said to the one before (a failed sign-out, say) stays on screen.
    <MinaLayout me={person} key={person ? 'signed-in' : 'signed-out'}>
      {me.isPending ? (
        <Loading text={t('mina.loading')} />
      ) : me.error ? (
        <ErrorMessage error={me.error} />
      ) : person ? (
        <SignedIn />
      ) : (
        <SignInPage />
      )}
    </MinaLayout>
  );
}

/** A guest back from the broker with an invitation kept goes on to use it before anything else. */
function SignedIn() {
  const { pathname } = useLocation();
  if (guestInvitation.kept() !== null && pathname !== guestInvitation.path)
    return <Navigate to={guestInvitation.path} replace />;
  return <MinaRoutes />;
}
