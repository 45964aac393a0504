import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api';

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
