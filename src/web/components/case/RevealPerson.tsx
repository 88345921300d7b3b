import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { caseRoutes } from '../../../shared/api/caseRoutes.js';
import { api } from '../../api/client.js';
import { ErrorMessage } from '../shared/ErrorMessage.js';
import { Disclosure } from '../shared/Disclosure.js';
import { Facts } from '../shared/Facts.js';

/**
 * A protected person's name and contact details stay hidden until someone states why they need them; the
 * reason goes to the access log. What is shown lives only on this page and is gone when it is left.
 */
export function RevealPerson({ sipId }: { sipId: string }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const reveal = useMutation({
    mutationFn: () => api.call(caseRoutes.revealPerson, { params: { id: sipId }, body: { reason } }),
  });

  if (reveal.data) {
    const person = reveal.data;
    return (
      <div className="alert alert-warn" role="status">
        <p>{t('case.header.revealedNote')}</p>
        <Facts
          items={[
            [t('case.header.name'), `${person.givenName} ${person.familyName}`],
            [t('case.header.address'), person.address],
            [t('case.header.phone'), person.phone],
          ]}
        />
      </div>
    );
  }

  return (
    <Disclosure id="reveal-person" label={t('case.header.reveal')}>
      {() => (
        <form
          onSubmit={(event: FormEvent) => {
            event.preventDefault();
            reveal.mutate();
          }}
        >
          <div className="field">
            <label htmlFor="reveal-reason">{t('case.header.revealReason')}</label>
            <span className="hint" id="reveal-reason-hint">
              {t('case.header.revealReasonHint')}
            </span>
            <input
              id="reveal-reason"
              value={reason}
              required
              aria-describedby="reveal-reason-hint"
              onChange={(event) => setReason(event.target.value)}
            />
          </div>
          <ErrorMessage error={reveal.error} />
          <button type="submit" className="button-primary" disabled={reveal.isPending}>
            {reveal.isPending ? t('app.loading') : t('case.header.revealSubmit')}
          </button>
        </form>
      )}
    </Disclosure>
  );
}
