import { z } from 'zod';
import { localizedNameSchema } from './common';

export const regionSchema = z
  .object({
    code: z.string(),
    iso: z.string(),
    kind: z.enum(['region', 'city']),
    name: localizedNameSchema,
    adminCentre: z.object({ kk: z.string(), ru: z.string() }).nullable(),
    youthPopulation: z.number().int().nullable(),
    youthPopulationYear: z.number().int().nullable(),
    youthAgeBand: z.string().nullable(),
  })
  .meta({ id: 'Region' });
export type Region = z.infer<typeof regionSchema>;

export const districtSchema = z
  .object({
    id: z.number().int(),
    regionCode: z.string(),
    kind: z.enum(['city', 'district']),
    katoPrefix: z.string().nullable(),
    name: localizedNameSchema,
    isRegionalCentre: z.boolean(),
  })
  .meta({ id: 'District' });
export type District = z.infer<typeof districtSchema>;

export const districtsQuerySchema = z.object({
  regionCode: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
});

/** Attribution the region map must show (boundaries: geoKZ, CC BY 4.0, after OCHA COD-AB and OSM). */
export const REGION_BOUNDARY_ATTRIBUTION =
  'Boundaries: geoKZ (A. Rodionov), CC BY 4.0, based on OCHA/HDX COD-AB (CC BY-IGO 3.0) and © OpenStreetMap contributors (ODbL)';
