import { z } from 'zod';
import { LOCALES } from '../constants/roles';

export const localeSchema = z.enum(LOCALES);

/** Names of a thing in the three languages. */
export const localizedNameSchema = z.object({ kk: z.string(), ru: z.string(), en: z.string() });

/** Server-side paging: page from 1, pageSize up to 200. */
export const pagingQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });

export const isoDateSchema = z.iso.date();

/** Kazakhstan phone in a free-but-checked form: +7 and ten digits, spaces, dashes and brackets allowed. */
export const phoneSchema = z
  .string()
  .trim()
  .refine((v) => /^\+?[78][\s\-()]*(\d[\s\-()]*){10}$/.test(v), { params: { code: 'invalid_phone' } });

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email());

/** Empty strings from forms mean "no value". */
export const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v), schema.nullable().optional());

export const idParamSchema = z.object({ id: z.coerce.number().int().positive() });
