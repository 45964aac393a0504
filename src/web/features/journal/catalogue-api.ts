import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ServiceDirection,
  ServiceDirectionFields,
  ServiceType,
  ServiceTypeFields,
} from '../../../shared/contracts/journal';
import { api, toQuery } from '../../lib/api';

const KEY = ['service-catalogue'] as const;

/** The service catalogue; inactive entries only for national and admin users. */
export const useServiceCatalogue = (includeInactive: boolean) =>
  useQuery({
    queryKey: [...KEY, includeInactive],
    queryFn: () =>
      api.get<ServiceDirection[]>(
        `/api/v1/service-directions${toQuery({ includeInactive: includeInactive || undefined })}`,
      ),
  });

/** Creates a direction (no id) or changes one. */
export function useSaveDirection(id?: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (fields: ServiceDirectionFields) =>
      id
        ? api.send<ServiceDirection>('PUT', `/api/v1/service-directions/${id}`, fields)
        : api.send<ServiceDirection>('POST', '/api/v1/service-directions', fields),
    onSuccess: () => qc.invalidateQueries({ queryKey: KEY }),
  });
}

/** Creates a service type (no id) or changes one. */
export function useSaveServiceType(id?: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (fields: ServiceTypeFields) =>
      id
        ? api.send<ServiceType>('PUT', `/api/v1/service-types/${id}`, fields)
        : api.send<ServiceType>('POST', '/api/v1/service-types', fields),
    onSuccess: () => qc.invalidateQueries({ queryKey: KEY }),
  });
}

/** Deactivates or reactivates a direction or a service type. */
export function useCatalogueActive() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { kind: 'service-directions' | 'service-types'; id: number; active: boolean }) =>
      api.send('POST', `/api/v1/${v.kind}/${v.id}/${v.active ? 'reactivate' : 'deactivate'}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: KEY }),
  });
}
