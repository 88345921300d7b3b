import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { personGuestRoutes } from '../../shared/api/personGuestRoutes.js';
import { ApiError, api } from '../api/client.js';
import { Loading } from '../components/shared/Loading.js';
import { useDocumentTitle } from '../components/shared/useDocumentTitle.js';
import { BackLink } from './BackLink.js';
import { guestInvitation } from './guestInvitation.js';
import { minaPaths } from './paths.js';
import { personKeys } from './personQueries.js';

/**
 * A guest back from signing in with their invitation's token kept: the token is used once, and the guest lands
 * on the SIP they were invited to. A refused link (used, expired, revoked, for someone else) is said in words.
 */
export function InvitationPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [token] = useState(() => guestInvitation.kept());
  const redeem = useMutation({
    mutationFn: (kept: string) => api.call(personGuestRoutes.redeem, { body: { token: kept } }),
    onSuccess: async ({ sipId }) => {
      guestInvitation.forget();
      await client.invalidateQueries({ queryKey: personKeys.sips });
      void navigate(minaPaths.sip(sipId), { replace: true });
    },
    onError: (error) => {
      // A link the server refused will not work again; one that never reached it may be tried on reload.
      if (error instanceof ApiError && error.status >= 400) guestInvitation.forget();
    },
  });
  // The token is single-use: it is sent once, even when the page's effects run twice.
  const sent = useRef(false);
  useEffect(() => {
    if (!token || sent.current) return;
    sent.current = true;
    redeem.mutate(token);
  }, [token, redeem]);
  useDocumentTitle(t('mina.invitation.pageTitle'));

  if (!token) return <Navigate to={minaPaths.home} replace />;
  return (
    <div className="mina-narrow">
      <h1>{t('mina.invitation.title')}</h1>
      {redeem.error ? (
        <>
          <div className="alert alert-error" role="alert">
            <strong>{t('mina.invitation.failed')}</strong>
            <p>{redeem.error.message}</p>
          </div>
          <BackLink to={minaPaths.home}>{t('mina.backToSips')}</BackLink>
        </>
      ) : (
        <Loading text={t('mina.invitation.redeeming')} />
      )}
    </div>
  );
}
