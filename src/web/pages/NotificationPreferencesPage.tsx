import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { notificationRoutes } from '../../shared/api/notificationRoutes.js';
import { notificationPreferencesBody, type NotificationPreferences } from '../../shared/api/notifications.js';
import { api } from '../api/client.js';
import { ErrorMessage } from '../components/shared/ErrorMessage.js';
import { useSchemaResolver } from '../components/shared/formSchema.js';
import { useFormSubmit } from '../components/shared/useFormSubmit.js';

const preferencesKey = ['notification-preferences'];

/** The user's own choice of which notices reach them by e-mail; everything stays visible in Samplan anyway. */
export function NotificationPreferencesPage() {
  const { t } = useTranslation();
  const current = useQuery({
    queryKey: preferencesKey,
    queryFn: () => api.call(notificationRoutes.preferences),
  });

  return (
    <div className="notification-preferences-page">
      <h1>{t('notifications.preferences.title')}</h1>
      <p className="lead">{t('notifications.preferences.intro')}</p>
      {current.isPending && <p role="status">{t('notifications.preferences.loading')}</p>}
      {current.error && <ErrorMessage error={current.error} />}
      {current.data && <PreferencesForm current={current.data} />}
    </div>
  );
}

/** Every kind of notice with the user's choice for it, sent whole: the server's schema checks the choices. */
function PreferencesForm({ current }: { current: NotificationPreferences }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({
    resolver: useSchemaResolver(notificationPreferencesBody),
    defaultValues: { preferences: current.preferences },
  });
  const save = useMutation({
    mutationFn: (body: z.output<typeof notificationPreferencesBody>) =>
      api.call(notificationRoutes.savePreferences, { body }),
    onSuccess: (saved) => {
      queryClient.setQueryData(preferencesKey, saved);
      // What the server saved is what the form starts from again.
      form.reset({ preferences: saved.preferences });
    },
  });
  const { submit } = useFormSubmit(form, save.mutateAsync);

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      {!current.hasAddress && (
        <div className="alert alert-warn">
          <p>{t('notifications.preferences.noAddress')}</p>
        </div>
      )}
      <fieldset>
        <legend>{t('notifications.preferences.legend')}</legend>
        {current.preferences.map(({ kind }, index) => (
          <label className="check" key={kind} htmlFor={`notice-${kind}`}>
            <input type="checkbox" id={`notice-${kind}`} {...form.register(`preferences.${index}.email`)} />
            {t(`notifications.kinds.${kind}`)}
          </label>
        ))}
      </fieldset>
      {save.error && <ErrorMessage error={save.error} />}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={save.isPending}>
          {t('notifications.preferences.save')}
        </button>
      </div>
      <p role="status">{save.isSuccess ? t('notifications.preferences.saved') : ''}</p>
    </form>
  );
}
