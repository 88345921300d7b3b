import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { withdrawConsentBody, type PersonConsent } from '../../shared/api/personSide.js';
import { personRoutes } from '../../shared/api/personRoutes.js';
import { api } from '../api/client.js';
import { TextArea } from '../components/shared/fields.js';
import { useSchemaResolver } from '../components/shared/formSchema.js';
import { StepForm } from '../components/shared/StepForm.js';

const consequences = ['sharing', 'meetings', 'kept'] as const;

/**
 * Withdrawing the consent, in two steps: the button first, then what it means in plain words and the choice to go
 * on or not. The server withdraws it as staff would record it, with the same consequences.
 */
export function ConsentWithdraw({
  sipId,
  onWithdrawn,
}: {
  sipId: string;
  onWithdrawn: (consent: PersonConsent) => void;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const cancel = () => {
    setAsking(false);
    // Back where the person was, rather than at the top of the page.
    setTimeout(() => opener.current?.focus());
  };
  if (!asking)
    return (
      <div className="actions">
        <button ref={opener} type="button" className="button-danger" onClick={() => setAsking(true)}>
          {t('minaMore.consent.withdraw')}
        </button>
      </div>
    );
  return <WithdrawConfirmation sipId={sipId} onCancel={cancel} onWithdrawn={onWithdrawn} />;
}

function WithdrawConfirmation({
  sipId,
  onCancel,
  onWithdrawn,
}: {
  sipId: string;
  onCancel: () => void;
  onWithdrawn: (consent: PersonConsent) => void;
}) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  // The question replaces the button: focus on it tells a screen reader user what is asked.
  useEffect(() => heading.current?.focus(), []);
  const form = useForm({ resolver: useSchemaResolver(withdrawConsentBody), defaultValues: { note: '' } });
  const withdraw = useMutation({
    mutationFn: (body: z.output<typeof withdrawConsentBody>) =>
      api.call(personRoutes.withdrawConsent, { params: { id: sipId }, body }),
    onSuccess: onWithdrawn,
  });

  return (
    <section className="card consent-withdraw" aria-labelledby="consent-withdraw-heading">
      <h2 id="consent-withdraw-heading" ref={heading} tabIndex={-1}>
        {t('minaMore.consent.confirmTitle')}
      </h2>
      <StepForm
        form={form}
        action={withdraw}
        label={t('minaMore.consent.confirm')}
        pendingLabel={t('minaMore.consent.withdrawing')}
        danger
      >
        <div className="alert alert-warn">
          <p>{t('minaMore.consent.confirmIntro')}</p>
          <ul>
            {consequences.map((consequence) => (
              <li key={consequence}>{t(`minaMore.consent.confirmPoints.${consequence}`)}</li>
            ))}
          </ul>
          <p>{t('minaMore.consent.confirmAgain')}</p>
        </div>
        <TextArea
          id="consent-withdraw-note"
          label={t('minaMore.consent.note')}
          rows={3}
          field={form.register('note')}
        />
      </StepForm>
      <div className="actions">
        <button type="button" className="button-secondary" onClick={onCancel} disabled={withdraw.isPending}>
          {t('minaMore.consent.cancel')}
        </button>
      </div>
    </section>
  );
}
