import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GuestView } from '../../shared/api/guests.js';
import { personGuestRoutes } from '../../shared/api/personGuestRoutes.js';
import type { PersonSipOverview } from '../../shared/api/personSide.js';
import { api } from '../api/client.js';
import { ErrorMessage } from '../components/shared/ErrorMessage.js';
import { Loading } from '../components/shared/Loading.js';
import { useDocumentTitle } from '../components/shared/useDocumentTitle.js';
import { GuestsInviteForm, type GuestUnit } from './GuestsInviteForm.js';
import { GuestsList } from './GuestsList.js';

/** "Mina gäster": the guests the individual let in, inviting one more, and removing one at once. */
export function GuestsPage({ overview, units }: { overview: PersonSipOverview; units: GuestUnit[] }) {
  const { t } = useTranslation();
  const sipId = overview.id;
  const queryClient = useQueryClient();
  const key = ['person', sipId, 'guests'];
  const guests = useQuery({
    queryKey: key,
    queryFn: () => api.call(personGuestRoutes.list, { params: { id: sipId } }),
  });
  const [said, setSaid] = useState('');
  useDocumentTitle(t('minaMore.guests.title'));

  /** A guest changed: the list is read again, and the change said. */
  const changed = (message: string) => {
    setSaid(message);
    void queryClient.invalidateQueries({ queryKey: key });
  };
  return (
    <div className="guests-page">
      <h1>{t('minaMore.guests.title')}</h1>
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
    </div>
  );
}
