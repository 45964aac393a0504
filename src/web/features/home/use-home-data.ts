import { useQuery } from '@tanstack/react-query';
import type { HomeSummary } from '../../../shared/contracts/home';
import { api } from '../../lib/api';

/** Key counts and per-region figures of the caller's scope (the server filters by scope). */
export function useHomeSummary() {
  return useQuery({
    queryKey: ['home', 'summary'],
    queryFn: () => api.get<HomeSummary>('/api/v1/home/summary'),
  });
}

/** A GeoJSON FeatureCollection of the 20 regions; `properties.code` is the region's KATO code. */
export interface RegionsGeoJson {
  type: 'FeatureCollection';
  features: {
    type: 'Feature';
    properties: { code: string; iso: string; name_kk: string; name_ru: string; name_en: string };
    geometry: unknown;
  }[];
}

/** Region boundaries; they change only with territorial reforms, so they are fetched once. */
export function useRegionsGeoJson() {
  return useQuery({
    queryKey: ['reference', 'regions.geojson'],
    queryFn: () => api.get<RegionsGeoJson>('/api/v1/reference/regions.geojson'),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
