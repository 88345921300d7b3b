import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { notificationRoutes } from '../../shared/api/notificationRoutes.js';
import type { NoticeKind } from '../../shared/api/notifications.js';
import { api } from '../api/client.js';
import { ErrorMessage } from '../components/shared/ErrorMessage.js';

const preferencesKey = ['notification-preferences'];

/** The user's own choice of which notices reach them by e-mail; everything stays visible in Samplan anyway. */
export function NotificationPreferencesPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const current = useQuery({
    queryKey: preferencesKey,
    queryFn: () => api.call(notificationRoutes.preferences),
  });
  const [chosen, setChosen] = useState<Partial<Record<NoticeKind, boolean>>>({});
  const save = useMutation({
    mutationFn: (preferences: { kind: NoticeKind; email: boolean }[]) =>
      api.call(notificationRoutes.savePreferences, { body: { preferences } }),
    onSuccess: (saved) => {
      queryClient.setQueryData(preferencesKey, saved);
      setChosen({});
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!current.data) return;
    save.mutate(current.data.preferences.map(({ kind, email }) => ({ kind, email: chosen[kind] ?? email })));
  }

  return (
    <div className="notification-preferences-page">
      <h1>{t('notifications.preferences.title')}</h1>
      <p className="lead">{t('notifications.preferences.intro')}</p>
      {current.isPending && <p role="status">{t('notifications.preferences.loading')}</p>}
      {current.error && <ErrorMessage error={current.error} />}
      {current.data && (
        <form onSubmit={submit} noValidate>
          {!current.data.hasAddress && (
            <div className="alert alert-warn">
              <p>{t('notifications.preferences.noAddress')}</p>
            </div>
          )}
          <fieldset>
            <legend>{t('notifications.preferences.legend')}</legend>
            {current.data.preferences.map(({ kind, email }) => (
              <label className="check" key={kind} htmlFor={`notice-${kind}`}>
                <input
                  type="checkbox"
                  id={`notice-${kind}`}
                  checked={chosen[kind] ?? email}
                  onChange={(event) => setChosen({ ...chosen, [kind]: event.target.checked })}
                />
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
      )}
    </div>
  );
}
