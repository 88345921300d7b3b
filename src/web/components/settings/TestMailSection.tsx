import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { testMailBody, type TestMailBody } from '../../../shared/api/countySettings.js';
import { settingsRoutes } from '../../../shared/api/settingsRoutes.js';
import { api } from '../../api/client.js';
import { TextField } from '../shared/fields.js';
import { useSchemaResolver } from '../shared/formSchema.js';
import { StepForm } from '../shared/StepForm.js';

/** A mail sent at once through the configured server, so the administrator knows mail reaches its readers. */
export function TestMailSection({ mailConfigured }: { mailConfigured: boolean }) {
  const { t } = useTranslation();
  const form = useForm({ resolver: useSchemaResolver(testMailBody), defaultValues: { to: '' } });
  const send = useMutation({
    mutationFn: (body: TestMailBody) => api.call(settingsRoutes.testMail, { body }),
  });

  return (
    <section className="card" aria-labelledby="test-mail-heading">
      <h2 id="test-mail-heading">{t('settings.testMail.heading')}</h2>
      {mailConfigured ? (
        <>
          <StepForm
            form={form}
            action={send}
            label={t('settings.testMail.send')}
            pendingLabel={t('case.form.sending')}
          >
            <p>{t('settings.testMail.intro')}</p>
            <TextField
              id="test-mail-to"
              type="email"
              label={t('settings.testMail.to')}
              required
              field={form.register('to')}
            />
          </StepForm>
          <p role="status">
            {send.data &&
              (send.data.sent
                ? t('settings.testMail.sent', { to: send.variables.to })
                : t('settings.testMail.failed', { error: send.data.error }))}
          </p>
        </>
      ) : (
        <p>{t('settings.testMail.notConfigured')}</p>
      )}
    </section>
  );
}
