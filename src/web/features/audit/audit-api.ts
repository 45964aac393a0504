import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AuditPage, AuditQuery } from '../../../shared/contracts/audit';
import { api, toQuery } from '../../lib/api';

/** Audit filters as the page keeps them (every value optional). */
export type AuditFilter = Partial<AuditQuery>;

/** A page of the audit trail, newest first (national users and admins only). */
export const useAudit = (filter: AuditFilter, enabled = true) =>
  useQuery({
    queryKey: ['audit', filter],
    queryFn: () => api.get<AuditPage>(`/api/v1/audit${toQuery(filter)}`),
    placeholderData: keepPreviousData,
    enabled,
  });
