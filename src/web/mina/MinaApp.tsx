import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { worthRetrying } from '../api/client.js';
import { ErrorMessage } from '../components/shared/ErrorMessage.js';
import { Loading } from '../components/shared/Loading.js';
import { invitationPath, keepInvitation, keptInvitation } from './guestInvitation.js';
import { MinaLayout } from './MinaLayout.js';
import { MinaRoutes } from './minaRoutes.js';
import { signOutOnLostPersonSession, usePersonMe } from './personSession.js';
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
  useInvitationFromAddress();
  const person = me.data ?? null;
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
  if (keptInvitation() !== null && pathname !== invitationPath)
    return <Navigate to={invitationPath} replace />;
  return <MinaRoutes />;
}

/**
 * Keeps a guest link's token and takes it out of the address, so it is neither bookmarked nor shared by mistake.
 * The token is kept while rendering (writing it again changes nothing), so the page that uses it finds it at once.
 */
function useInvitationFromAddress() {
  const { pathname, hash } = useLocation();
  const navigate = useNavigate();
  const linked = pathname === invitationPath && hash.length > 1;
  if (linked) keepInvitation(decodeURIComponent(hash.slice(1)));
  useEffect(() => {
    if (linked) void navigate(invitationPath, { replace: true });
  }, [linked, navigate]);
}
