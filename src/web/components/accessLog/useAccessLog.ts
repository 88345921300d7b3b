import { keepPreviousData, useQuery, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { AccessLogChoice, AccessLogChoices } from '../../../shared/api/accessLog.js';
import { accessLogRoutes } from '../../../shared/api/accessLogRoutes.js';
import type { AccessLogChoiceKind } from '../../../shared/api/accessLogFields.js';
import { api } from '../../api/client.js';

export const accessLogPageSize = 50;

export function useAccessLog(query: string) {
  return useQuery({
    queryKey: ['access-log', query],
    queryFn: () =>
      api.call(accessLogRoutes.review, {
        query: new URLSearchParams(`pageSize=${accessLogPageSize}&${query}`),
      }),
    placeholderData: keepPreviousData,
  });
}

/** Whose accesses the reviewer sees; it changes only with their role, so it is asked for once. */
export function useAccessLogScope() {
  return useQuery({
    queryKey: ['access-log', 'scope'],
    queryFn: () => api.call(accessLogRoutes.scope),
    staleTime: Infinity,
  });
}

const choicesKey = (kind: AccessLogChoiceKind, text: string) => ['access-log', 'choices', kind, text];

/**
 * The users or units whose label holds `text`. Each look-up is logged on the server, so a text that only narrows
 * one already answered in full (nothing more to list) is filtered here instead of asked again.
 */
export function fetchChoices(
  client: QueryClient,
  kind: AccessLogChoiceKind,
  text: string,
): Promise<AccessLogChoice[]> {
  const known = narrowedFromCache(client, kind, text);
  if (known) return Promise.resolve(known);
  return client
    .fetchQuery({
      queryKey: choicesKey(kind, text),
      queryFn: () => api.call(accessLogRoutes.choices, { body: { kind, text } }),
      staleTime: 5 * 60_000,
    })
    .then((found) => found.choices);
}

function narrowedFromCache(
  client: QueryClient,
  kind: AccessLogChoiceKind,
  text: string,
): AccessLogChoice[] | undefined {
  const wanted = text.toLocaleLowerCase();
  for (const [key, data] of client.getQueriesData<AccessLogChoices>({
    queryKey: ['access-log', 'choices', kind],
  })) {
    const asked = key[3];
    if (data && !data.more && typeof asked === 'string' && wanted.includes(asked.toLocaleLowerCase()))
      return data.choices.filter((choice) => choice.label.toLocaleLowerCase().includes(wanted));
  }
  return undefined;
}

/** The choices for what is being typed, asked for once typing pauses. */
export function useChoices(client: QueryClient, kind: AccessLogChoiceKind, text: string) {
  const [choices, setChoices] = useState<AccessLogChoice[]>([]);
  useEffect(() => {
    const wanted = text.trim();
    if (!wanted) return;
    let current = true;
    const timer = setTimeout(() => {
      fetchChoices(client, kind, wanted).then(
        (found) => current && setChoices(found),
        () => current && setChoices([]),
      );
    }, 300);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [client, kind, text]);
  return choices;
}
