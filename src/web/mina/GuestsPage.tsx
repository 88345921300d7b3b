import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GuestUnit, GuestView } from '../../shared/api/guests.js';
import { personGuestRoutes } from '../../shared/api/personGuestRoutes.js';
import type { PersonSipOverview } from '../../shared/api/personSide.js';
import { api } from '../api/client.js';
import { ErrorMessage } from '../components/shared/ErrorMessage.js';
import { Loading } from '../components/shared/Loading.js';
import { GuestsInviteForm } from './GuestsInviteForm.js';
import { GuestsList } from './GuestsList.js';
import { personKeys } from './personQueries.js';
import { SipPageFrame } from './SipPageFrame.js';

/** "Mina gäster": the guests the individual let in, inviting one more, and removing one at once. */
export function GuestsPage() {
  const { t } = useTranslation();
  return (
    <SipPageFrame title={t('minaMore.guests.title')}>
      {(overview) => <GuestsWithUnits overview={overview} />}
    </SipPageFrame>
  );
}

/** The units to invite an organisation as come from the API; the page waits for them. */
function GuestsWithUnits({ overview }: { overview: PersonSipOverview }) {
  const { t } = useTranslation();
  const units = useQuery({
    queryKey: ['person', 'guest-units'],
    queryFn: () => api.call(personGuestRoutes.units),
    staleTime: 10 * 60_000,
  });
  if (units.isPending) return <Loading text={t('minaMore.guests.loading')} />;
  if (units.error) return <ErrorMessage error={units.error} />;
  return <GuestsPart overview={overview} units={units.data} />;
}

export function GuestsPart({ overview, units }: { overview: PersonSipOverview; units: GuestUnit[] }) {
  const { t } = useTranslation();
  const sipId = overview.id;
  const queryClient = useQueryClient();
  const key = [...personKeys.sip(sipId), 'guests'];
  const guests = useQuery({
    queryKey: key,
    queryFn: () => api.call(personGuestRoutes.list, { params: { id: sipId } }),
  });
  const [said, setSaid] = useState('');

  /** A guest changed: the list is read again, and the change said. */
  const changed = (message: string) => {
    setSaid(message);
    void queryClient.invalidateQueries({ queryKey: key });
  };
  return (
    <>
      <p className="lead">{t('minaMore.guests.intro')}</p>
      <p role="status">{said}</p>
      <section aria-labelledby="guests-list-heading">
        <h2 id="guests-list-heading">{t('minaMore.guests.listHeading')}</h2>
        {guests.isPending && <Loading text={t('minaMore.guests.loading')} />}
        {guests.error && <ErrorMessage error={guests.error} />}
        {guests.data && (
          <GuestsList
            sipId={sipId}
            guests={guests.data}
            onRemoved={(guest: GuestView) => changed(t('minaMore.guests.removed', { name: guest.name }))}
          />
        )}
      </section>
      <section className="card" aria-labelledby="guests-invite-heading">
        <h2 id="guests-invite-heading">{t('minaMore.guests.inviteHeading')}</h2>
        <GuestsInviteForm
          sipId={sipId}
          units={units}
          onInvited={(guest) => changed(t('minaMore.guests.invited', { name: guest.name }))}
        />
      </section>
    </>
  );
}
