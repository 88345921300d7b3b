import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GuestView } from '../../shared/api/guests.js';
import { personGuestRoutes } from '../../shared/api/personGuestRoutes.js';
import { api } from '../api/client.js';
import { ErrorMessage } from '../components/shared/ErrorMessage.js';
import { longDate } from './dates.js';

/** A guest still let in may be removed; one run out or removed already stays in the list as it was. */
const removable = new Set<GuestView['status']>(['invited', 'redeemed']);

const statusWords = {
  invited: 'unused',
  redeemed: 'used',
  expired: 'expired',
  revoked: 'revoked',
} as const;

const statusBadges = {
  invited: 'badge-neutral',
  redeemed: 'badge-ok',
  expired: 'badge-warn',
  revoked: 'badge-warn',
} as const;

/** The guests of the SIP: who, what they may see, until when, whether they used the link; each removable at once. */
export function GuestsList({
  sipId,
  guests,
  onRemoved,
}: {
  sipId: string;
  guests: GuestView[];
  onRemoved: (guest: GuestView) => void;
}) {
  const { t } = useTranslation();
  if (guests.length === 0) return <p>{t('minaMore.guests.none')}</p>;
  return (
    <ul className="mina-cards">
      {guests.map((guest) => (
        <GuestCard key={guest.id} sipId={sipId} guest={guest} onRemoved={onRemoved} />
      ))}
    </ul>
  );
}

function GuestCard({
  sipId,
  guest,
  onRemoved,
}: {
  sipId: string;
  guest: GuestView;
  onRemoved: (guest: GuestView) => void;
}) {
  const { t, i18n } = useTranslation();
  const [asking, setAsking] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const who = [t(`minaMore.guests.kindShort.${guest.kind}`), guest.unitName].filter(Boolean).join(', ');
  return (
    <li className="card mina-card">
      <h3>{guest.name}</h3>
      <p>{who}</p>
      <p>
        {t('minaMore.guests.seeWhat')}: {t(`minaMore.guests.scopes.${guest.scope}`)}
      </p>
      <p>
        {t('minaMore.guests.until')}: {longDate(guest.expiresAt, i18n.language)}
      </p>
      <p>
        <span className={`badge ${statusBadges[guest.status]}`}>
          {t(`minaMore.guests.${statusWords[guest.status]}`)}
        </span>
      </p>
      {removable.has(guest.status) &&
        (asking ? (
          <GuestRemoveQuestion
            sipId={sipId}
            guest={guest}
            onRemoved={onRemoved}
            onCancel={() => {
              setAsking(false);
              setTimeout(() => opener.current?.focus());
            }}
          />
        ) : (
          <div className="actions">
            <button ref={opener} type="button" className="button-secondary" onClick={() => setAsking(true)}>
              {t('minaMore.guests.remove')}
              <span className="visually-hidden"> {guest.name}</span>
            </button>
          </div>
        ))}
    </li>
  );
}

/** Removing takes effect at once, so it is asked first; the question takes the focus from the button it replaced. */
function GuestRemoveQuestion({
  sipId,
  guest,
  onRemoved,
  onCancel,
}: {
  sipId: string;
  guest: GuestView;
  onRemoved: (guest: GuestView) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const question = useRef<HTMLParagraphElement>(null);
  useEffect(() => question.current?.focus(), []);
  const remove = useMutation({
    mutationFn: () => api.call(personGuestRoutes.revoke, { params: { id: sipId, guestId: guest.id } }),
    onSuccess: onRemoved,
  });
  return (
    <div className="alert alert-warn">
      <p ref={question} tabIndex={-1}>
        {t('minaMore.guests.confirmRemove', { name: guest.name })}
      </p>
      <div className="actions">
        <button
          type="button"
          className="button-danger"
          disabled={remove.isPending}
          onClick={() => remove.mutate()}
        >
          {remove.isPending ? t('minaMore.guests.removing') : t('minaMore.guests.confirmYes')}
        </button>
        <button type="button" className="button-secondary" disabled={remove.isPending} onClick={onCancel}>
          {t('minaMore.guests.cancel')}
        </button>
      </div>
      <ErrorMessage error={remove.error} />
    </div>
  );
}
