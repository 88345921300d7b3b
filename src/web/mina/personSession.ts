import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { personAuthRoutes } from '../../shared/api/personAuthRoutes.js';
import type { PersonMe } from '../../shared/api/personSignIn.js';
import { api, ApiError } from '../api/client.js';
import { languageOf } from '../i18n/language.js';

export const personMeKey = ['person', 'me'] as const;

/** The person signed in on the individual's side, or null when no one is (the sign-in page is shown). */
export function usePersonMe() {
  return useQuery({
    queryKey: personMeKey,
    queryFn: async () => {
      try {
        return await api.call(personAuthRoutes.me);
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 60_000,
  });
}

function isPersonMe(key: readonly unknown[]): boolean {
  return key.length === personMeKey.length && personMeKey.every((part, index) => key[index] === part);
}

/** Sets who is signed in; signing out forgets everything the previous person saw. */
export function setPersonSignedIn(client: QueryClient, me: PersonMe | null): void {
  // The session query itself must stay observed, or the pages would not notice the change.
  if (me === null) client.removeQueries({ predicate: (query) => !isPersonMe(query.queryKey) });
  client.setQueryData(personMeKey, me);
}

export function useSetPersonMe() {
  const client = useQueryClient();
  return useCallback((me: PersonMe | null) => setPersonSignedIn(client, me), [client]);
}

/**
 * A new session speaks the language the page was in when the person signed in, however they did (the broker's
 * round trip or the demo), so the server answers in it too.
 */
export function useSessionInPageLanguage(me: PersonMe | null): void {
  const { i18n } = useTranslation();
  const setMe = useSetPersonMe();
  const language = languageOf(i18n.language);
  const differs = me !== null && me.locale !== language;
  useEffect(() => {
    if (!differs) return;
    void api.call(personAuthRoutes.chooseLanguage, { body: { locale: language } }).then(setMe);
  }, [differs, language, setMe]);
}

/** A session that ended (expired, signed out elsewhere) takes the person back to the sign-in page. */
export function signOutOnLostPersonSession(client: QueryClient) {
  return (error: unknown) => {
    if (error instanceof ApiError && error.status === 401) setPersonSignedIn(client, null);
  };
}
