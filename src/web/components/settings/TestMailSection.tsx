import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { settingsRoutes } from '../../../shared/api/settingsRoutes.js';
import { api } from '../../api/client.js';
import { TextField } from '../shared/fields.js';
import { StepForm } from '../shared/StepForm.js';

/** A mail sent at once through the configured server, so the administrator knows mail reaches its readers. */
export function TestMailSection({ mailConfigured }: { mailConfigured: boolean }) {
  const { t } = useTranslation();
  const [to, setTo] = useState('');
  const send = useMutation({
    mutationFn: (address: string) => api.call(settingsRoutes.testMail, { body: { to: address } }),
  });

  return (
    <section className="card" aria-labelledby="test-mail-heading">
      <h2 id="test-mail-heading">{t('settings.testMail.heading')}</h2>
      {mailConfigured ? (
        <>
          <StepForm
            action={send}
            send={() => send.mutate(to)}
            label={t('settings.testMail.send')}
            pendingLabel={t('case.form.sending')}
          >
            <p>{t('settings.testMail.intro')}</p>
            <TextField
              id="test-mail-to"
              path="to"
              type="email"
              label={t('settings.testMail.to')}
              required
              value={to}
              onChange={setTo}
            />
          </StepForm>
          <p role="status">
            {send.data &&
              (send.data.sent
                ? t('settings.testMail.sent', { to: send.variables })
                : t('settings.testMail.failed', { error: send.data.error }))}
          </p>
        </>
      ) : (
        <p>{t('settings.testMail.notConfigured')}</p>
      )}
    </section>
  );
}
