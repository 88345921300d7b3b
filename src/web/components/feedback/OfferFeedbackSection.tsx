import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { feedbackRoutes } from '../../../shared/api/feedbackRoutes.js';
import type { SipDetail } from '../../../shared/api/responses.js';
import { api } from '../../api/client.js';
import { formatDay } from '../shared/time.js';
import { ErrorMessage } from '../shared/ErrorMessage.js';
import './feedback.css';

/**
 * After a held meeting the convener hands the individual a card with a single-use link and QR code to give
 * feedback. The server keeps only the link's hash, so the card is shown this once, ready to print.
 */
/** Prints the card alone: the case page around it names the individual, the card must not. */
function printCard() {
  document.body.classList.add('printing-feedback-card');
  window.addEventListener('afterprint', () => document.body.classList.remove('printing-feedback-card'), {
    once: true,
  });
  window.print();
}

export function OfferFeedbackSection({ sip }: { sip: SipDetail }) {
  const { t } = useTranslation();
  const offer = useMutation({
    mutationFn: () =>
      api.call(feedbackRoutes.offer, { params: { id: sip.id }, body: { meetingId: sip.meeting!.id } }),
  });
  if (!sip.myParts.includes('convener') || sip.meeting?.status !== 'held') return null;
  const link = offer.data;
  return (
    <section className="card" aria-labelledby="offer-feedback-heading">
      <h2 id="offer-feedback-heading" className="no-print">
        {t('feedback.offer.title')}
      </h2>
      <p className="no-print">{t('feedback.offer.intro')}</p>
      <ErrorMessage error={offer.error} />
      {link && (
        <div className="feedback-card" role="status">
          <h3>{t('feedback.offer.cardTitle')}</h3>
          <p>{t('feedback.offer.cardText')}</p>
          <img
            className="feedback-qr"
            src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(link.qrSvg)}`}
            alt={t('feedback.offer.qrLabel')}
            width={200}
            height={200}
          />
          <p>
            {t('feedback.offer.address')}: <span className="feedback-url">{link.url}</span>
          </p>
          <p>{t('feedback.offer.validUntil', { date: formatDay(link.expiresAt) })}</p>
          <p className="hint no-print">{t('feedback.offer.shownOnce')}</p>
          <button type="button" className="button-secondary no-print" onClick={printCard}>
            {t('feedback.offer.print')}
          </button>
        </div>
      )}
      <button
        type="button"
        className={link ? 'button-secondary no-print' : 'button-primary no-print'}
        disabled={offer.isPending}
        onClick={() => offer.mutate()}
      >
        {offer.isPending ? t('feedback.offer.creating') : t('feedback.offer.create')}
      </button>
    </section>
  );
}
