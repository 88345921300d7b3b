import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { SharedSipView } from '../../shared/api/guests.js';
import { staffGuestRoutes } from '../../shared/api/personGuestRoutes.js';
import { api } from '../api/client.js';
import { useOrganisations } from '../components/case/caseQueries.js';
import { FollowUpList } from '../components/case/followup/FollowUpList.js';
import { PlanContentView } from '../components/case/plan/PlanContentView.js';
import type { UnitInfo } from '../components/case/units.js';
import { ErrorMessage } from '../components/shared/ErrorMessage.js';
import { Facts } from '../components/shared/Facts.js';
import { Loading } from '../components/shared/Loading.js';
import { formatDay, formatMeetingTime } from '../components/shared/time.js';
import { useDocumentTitle } from '../components/shared/useDocumentTitle.js';
import { unitGuestLink } from './unitGuestLink.js';

/**
 * What an individual shared with this unit as a guest (a school, Försäkringskassan, Arbetsförmedlingen), read-only.
 * `/gast#<token>` is the mailed link: the token, in the fragment so no server log ever holds it, is kept through
 * signing in (unitGuestLink.ts), used once and leads on to `/gast/<id>`, the shared SIP; `/gast` without a link
 * lists what is shared with the unit.
 */
export function GuestLinkPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const [token] = useState(() => unitGuestLink.kept());
  useDocumentTitle(t('minaMore.guestLink.title'));
  if (token !== null && !id) return <RedeemLink token={token} />;
  if (id) return <SharedSip id={id} />;
  return <SharedList />;
}

function RedeemLink({ token }: { token: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const redeem = useMutation({
    mutationFn: () => api.call(staffGuestRoutes.redeem, { body: { token } }),
    // The token is spent: it leaves the address, so it is neither bookmarked nor used again by a reload.
    onSuccess: (shared) => {
      unitGuestLink.forget();
      void navigate(`/gast/${shared.id}`, { replace: true });
    },
    // A link refused is forgotten, so it does not come back at every page; the page says why.
    onError: () => unitGuestLink.forget(),
  });
  const sent = useRef(false);
  useEffect(() => {
    // Once, also where development mode runs effects twice: a second use of a single-use link is refused.
    if (sent.current) return;
    sent.current = true;
    redeem.mutate();
  }, [redeem]);

  if (!redeem.error) return <Loading text={t('minaMore.guestLink.opening')} />;
  return (
    <div className="guest-link-page">
      <h1>{t('minaMore.guestLink.openFailed')}</h1>
      <ErrorMessage error={redeem.error} />
      <p>
        <Link to="/gast" replace>
          {t('minaMore.guestLink.sharedList')}
        </Link>
      </p>
    </div>
  );
}

function SharedList() {
  const { t } = useTranslation();
  const shared = useQuery({
    queryKey: ['shared-sips'],
    queryFn: () => api.call(staffGuestRoutes.sharedSips),
  });
  return (
    <div className="guest-link-page">
      <h1>{t('minaMore.guestLink.title')}</h1>
      <p className="lead">{t('minaMore.guestLink.sharedList')}</p>
      {shared.isPending && <Loading />}
      <ErrorMessage error={shared.error} />
      {shared.data?.length === 0 && <p>{t('minaMore.guestLink.sharedNone')}</p>}
      {shared.data && shared.data.length > 0 && (
        <ul className="plain-list">
          {shared.data.map((sip) => (
            <li key={sip.id} className="card">
              <h2>
                <Link to={`/gast/${sip.id}`}>{sip.personName}</Link>
              </h2>
              <SharedFacts sip={sip} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function SharedFacts({ sip }: { sip: Pick<SharedSipView, 'caseNumber' | 'kind' | 'scope' | 'expiresAt'> }) {
  const { t } = useTranslation();
  return (
    <Facts
      items={[
        [t('minaMore.guestLink.caseNumber'), sip.caseNumber],
        [t('minaMore.guestLink.sharedAs'), t(`minaMore.guests.kindShort.${sip.kind}`)],
        [t('minaMore.guests.seeWhat'), t(`minaMore.guests.scopes.${sip.scope}`)],
        [t('minaMore.guests.until'), formatDay(sip.expiresAt)],
      ]}
    />
  );
}

function SharedSip({ id }: { id: string }) {
  const { t } = useTranslation();
  const shared = useQuery({
    queryKey: ['shared-sips', id],
    queryFn: () => api.call(staffGuestRoutes.sharedSip, { params: { id } }),
  });
  return (
    <div className="guest-link-page">
      <p>
        <Link to="/gast">{t('minaMore.guestLink.sharedList')}</Link>
      </p>
      {shared.isPending && <Loading text={t('minaMore.guestLink.loading')} />}
      <ErrorMessage error={shared.error} />
      {shared.data && <SharedSipContent sip={shared.data} />}
    </div>
  );
}

function SharedSipContent({ sip }: { sip: SharedSipView }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <h1>{sip.personName}</h1>
      <div className="alert alert-info">
        <p>{t('minaMore.guestLink.readOnly')}</p>
      </div>
      <SharedFacts sip={sip} />
      <section className="card" aria-labelledby="shared-meeting">
        <h2 id="shared-meeting">{t('minaMore.guestLink.meeting')}</h2>
        {sip.meeting ? (
          <Facts
            items={[
              [
                t('minaMore.guestLink.when'),
                formatMeetingTime(sip.meeting.startsAt, sip.meeting.endsAt, i18n.language),
              ],
              [t('case.meeting.form'), t(`vocab.meetingForm.${sip.meeting.form}`)],
              [t('case.meeting.place'), sip.meeting.place],
              [t('minaMore.guestLink.meetingStatus'), t(`case.meeting.status.${sip.meeting.status}`)],
            ]}
          />
        ) : (
          <p>{t('minaMore.guestLink.noMeeting')}</p>
        )}
      </section>
      {sip.scope !== 'meeting' && (
        <section className="card" aria-labelledby="shared-plan">
          <h2 id="shared-plan">{t('minaMore.guestLink.plan')}</h2>
          {sip.plan ? <SharedPlan plan={sip.plan} /> : <p>{t('minaMore.guestLink.noPlan')}</p>}
        </section>
      )}
      {sip.followUps && sip.followUps.length > 0 && (
        <section className="card" aria-label={t('minaMore.guestLink.followUps')}>
          <FollowUpList followUps={sip.followUps} plan={sip.plan?.content ?? null} />
        </section>
      )}
    </>
  );
}

/** The established plan as the case's units read it, its units named from the county's directory. */
function SharedPlan({ plan }: { plan: NonNullable<SharedSipView['plan']> }) {
  const { t } = useTranslation();
  const organisations = useOrganisations();
  const units = new Map<string, UnitInfo>(
    (organisations.data ?? []).flatMap((organisation) =>
      organisation.units.map((unit): [string, UnitInfo] => [
        unit.id,
        {
          unitId: unit.id,
          unitName: unit.name,
          organisationId: organisation.id,
          organisationName: organisation.name,
          organisationKind: organisation.kind,
        },
      ]),
    ),
  );
  const organisationName = (organisationId: string) =>
    organisations.data?.find((organisation) => organisation.id === organisationId)?.name ??
    t('case.units.unknownOrganisation');
  return (
    <>
      <p className="hint">{t('minaMore.guestLink.version', { version: plan.version })}</p>
      <PlanContentView content={plan.content} units={units} organisationName={organisationName} />
    </>
  );
}
