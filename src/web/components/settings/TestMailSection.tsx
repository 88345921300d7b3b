import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TestMailResponse } from '../../../shared/api/countySettings.js';
import { api } from '../../api/client.js';
import { FieldErrors } from '../case/fieldErrors.js';
import { TextField } from '../case/fields.js';
import { FormActions } from '../case/FormActions.js';

/** A mail sent at once through the configured server, so the administrator knows mail reaches its readers. */
export function TestMailSection({ mailConfigured }: { mailConfigured: boolean }) {
  const { t } = useTranslation();
  const [to, setTo] = useState('');
  const send = useMutation({
    mutationFn: (address: string) => api.post<TestMailResponse>('/api/settings/test-mail', { to: address }),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    send.mutate(to);
  }

  return (
    <section className="card" aria-labelledby="test-mail-heading">
      <h2 id="test-mail-heading">{t('settings.testMail.heading')}</h2>
      {mailConfigured ? (
        <form onSubmit={submit} noValidate>
          <p>{t('settings.testMail.intro')}</p>
          <FieldErrors error={send.error}>
            <TextField
              id="test-mail-to"
              path="to"
              type="email"
              label={t('settings.testMail.to')}
              required
              value={to}
              onChange={setTo}
            />
          </FieldErrors>
          <FormActions
            action={send}
            label={t('settings.testMail.send')}
            pendingLabel={t('settings.testMail.sending')}
          />
          <p role="status">
            {send.data &&
              (send.data.sent
                ? t('settings.testMail.sent', { to: send.variables })
                : t('settings.testMail.failed', { error: send.data.error }))}
          </p>
        </form>
      ) : (
        <p>{t('settings.testMail.notConfigured')}</p>
      )}
    </section>
  );
}
