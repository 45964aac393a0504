import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, toQuery } from '../../lib/api';
import type { Page } from '../registry/registry-api';

/** One audit trail entry: who did what to which record, with the record before and after. */
export interface AuditEntryView {
  id: number;
  at: string;
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export type AuditFilter = {
  entityType?: string;
  action?: string;
  actor?: string;
  from?: string;
  to?: string;
  page?: number;
  pageSize?: number;
};

/** A page of the audit trail, newest first (national users and admins only). */
export const useAudit = (filter: AuditFilter) =>
  useQuery({
    queryKey: ['audit', filter],
    queryFn: () => api.get<Page<AuditEntryView>>(`/api/v1/audit${toQuery(filter)}`),
    placeholderData: keepPreviousData,
  });
