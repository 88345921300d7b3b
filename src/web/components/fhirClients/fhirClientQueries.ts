import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  fhirClientRoutes,
  type FhirClientScopesBody,
  type FhirClientView,
  type NewFhirClientBody,
} from '../../../shared/api/fhirClientRoutes.js';
import { api } from '../../api/client.js';

const clientsKey = ['fhir-clients'] as const;

export function useFhirClients() {
  return useQuery({ queryKey: clientsKey, queryFn: () => api.call(fhirClientRoutes.list) });
}

/** Each change answers with the client as it now stands; the list is read again so it shows every change. */
function useClientChange<Body>(
  send: (body: Body) => Promise<FhirClientView>,
  onDone: (client: FhirClientView) => void,
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: async (changed) => {
      await client.invalidateQueries({ queryKey: clientsKey });
      onDone(changed);
    },
  });
}

export function useRegisterFhirClient(onDone: (client: FhirClientView) => void) {
  return useClientChange((body: NewFhirClientBody) => api.call(fhirClientRoutes.register, { body }), onDone);
}

export function useChangeFhirClientScopes(id: string, onDone: (client: FhirClientView) => void) {
  return useClientChange(
    (body: FhirClientScopesBody) => api.call(fhirClientRoutes.changeScopes, { params: { id }, body }),
    onDone,
  );
}

export function useDisableFhirClient(id: string, onDone: (client: FhirClientView) => void) {
  return useClientChange(() => api.call(fhirClientRoutes.disable, { params: { id } }), onDone);
}
