import { z } from 'zod';
import { localizedNameSchema } from './common';

/** A catalogue code: lower-case latin letters, digits and underscores, as the seed file uses. */
export const catalogueCodeSchema = z
  .string()
  .trim()
  .min(2)
  .max(50)
  .regex(/^[a-z][a-z0-9_]*$/);

const nameField = z.string().trim().min(1).max(200);
const sortOrderField = z.coerce.number().int().min(0).max(100_000).default(0);

/** A service type as every staff role sees it: what a journal record says was provided. */
export const serviceTypeSchema = z
  .object({
    id: z.number().int(),
    directionId: z.number().int(),
    code: z.string(),
    name: localizedNameSchema,
    /** Notes stay with their author (psychology). */
    isConfidential: z.boolean(),
    /** An event with an attendance list (trainings, seminars, fairs, meetings). */
    isGroup: z.boolean(),
    /** A record may leave the young person unnamed. */
    allowsAnonymous: z.boolean(),
    sortOrder: z.number().int(),
    isActive: z.boolean(),
  })
  .meta({ id: 'ServiceType' });
export type ServiceType = z.infer<typeof serviceTypeSchema>;

/** A direction of youth work with its service types, in display order. */
export const serviceDirectionSchema = z
  .object({
    id: z.number().int(),
    code: z.string(),
    name: localizedNameSchema,
    sortOrder: z.number().int(),
    isActive: z.boolean(),
    types: z.array(serviceTypeSchema),
  })
  .meta({ id: 'ServiceDirection' });
export type ServiceDirection = z.infer<typeof serviceDirectionSchema>;

export const serviceCatalogueSchema = z.array(serviceDirectionSchema).meta({ id: 'ServiceCatalogue' });

/** The catalogue query (a query string, so no schema id): inactive entries only on request. */
export const serviceCatalogueQuerySchema = z.object({
  includeInactive: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});

/** Create or edit a direction. */
export const serviceDirectionFieldsSchema = z
  .object({
    code: catalogueCodeSchema,
    nameKk: nameField,
    nameRu: nameField,
    nameEn: nameField,
    sortOrder: sortOrderField,
  })
  .meta({ id: 'ServiceDirectionFields' });
export type ServiceDirectionFields = z.infer<typeof serviceDirectionFieldsSchema>;

/** Create or edit a service type under a direction. */
export const serviceTypeFieldsSchema = z
  .object({
    directionId: z.coerce.number().int().positive(),
    code: catalogueCodeSchema,
    nameKk: nameField,
    nameRu: nameField,
    nameEn: nameField,
    isConfidential: z.boolean().default(false),
    isGroup: z.boolean().default(false),
    allowsAnonymous: z.boolean().default(false),
    sortOrder: sortOrderField,
  })
  .meta({ id: 'ServiceTypeFields' });
export type ServiceTypeFields = z.infer<typeof serviceTypeFieldsSchema>;
