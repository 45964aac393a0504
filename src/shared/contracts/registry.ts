import { z } from 'zod';
import { CENTRE_KINDS, CENTRE_SERVICES, CENTRE_STATUSES, STAFF_POSITIONS } from '../constants/registry';
import {
  emailSchema,
  isoDateSchema,
  localizedNameSchema,
  optional,
  pagingQuerySchema,
  phoneSchema,
} from './common';

/** Kazakhstan's bounding box; a centre's point must fall inside it (and inside its region, checked by the server). */
export const KZ_BOUNDS = { minLat: 40.5, maxLat: 55.5, minLon: 46.4, maxLon: 87.4 } as const;

const sortOrder = z.enum(['asc', 'desc']).default('asc');

// ---------------------------------------------------------------- centres

export const centreSchema = z
  .object({
    id: z.number().int(),
    code: z.string(),
    kind: z.enum(CENTRE_KINDS),
    parentId: z.number().int().nullable(),
    parentName: localizedNameSchema.nullable(),
    regionCode: z.string(),
    regionName: localizedNameSchema,
    districtId: z.number().int().nullable(),
    districtName: localizedNameSchema.nullable(),
    name: localizedNameSchema,
    address: z.string(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    openingHours: z.string().nullable(),
    services: z.array(z.enum(CENTRE_SERVICES)),
    status: z.enum(CENTRE_STATUSES),
    statusReason: z.string().nullable(),
    /** Staff currently employed (no leave date, or one in the future). */
    staffCount: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Centre' });
export type Centre = z.infer<typeof centreSchema>;

/** Create or edit a centre. Fields are flat so forms and import rows map onto them one to one. */
export const centreInputSchema = z
  .object({
    code: z.string().trim().min(1).max(40),
    kind: z.enum(CENTRE_KINDS),
    parentId: optional(z.coerce.number().int().positive()),
    regionCode: z.string().regex(/^\d{2}$/),
    districtId: optional(z.coerce.number().int().positive()),
    nameKk: z.string().trim().min(1).max(300),
    nameRu: z.string().trim().min(1).max(300),
    /** Optional: when empty the server transliterates the Kazakh name. */
    nameEn: optional(z.string().trim().max(300)),
    address: z.string().trim().min(1).max(500),
    latitude: optional(z.coerce.number().min(KZ_BOUNDS.minLat).max(KZ_BOUNDS.maxLat)),
    longitude: optional(z.coerce.number().min(KZ_BOUNDS.minLon).max(KZ_BOUNDS.maxLon)),
    phone: optional(phoneSchema),
    email: optional(emailSchema),
    openingHours: optional(z.string().trim().max(200)),
    services: z.array(z.enum(CENTRE_SERVICES)).default([]),
  })
  .superRefine((c, ctx) => {
    if ((c.latitude == null) !== (c.longitude == null)) {
      const field = c.latitude == null ? 'latitude' : 'longitude';
      ctx.addIssue({
        code: 'custom',
        path: [field],
        params: { code: 'required' },
        message: 'both coordinates',
      });
    }
  })
  .meta({ id: 'CentreFields' });
export type CentreInput = z.infer<typeof centreInputSchema>;

export const CENTRE_SORTS = ['name', 'code', 'kind', 'region', 'staffCount', 'updatedAt'] as const;

export const centresQuerySchema = pagingQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  regionCode: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
  districtId: z.coerce.number().int().positive().optional(),
  kind: z.enum(CENTRE_KINDS).optional(),
  status: z.enum(CENTRE_STATUSES).optional(),
  sort: z.enum(CENTRE_SORTS).default('name'),
  order: sortOrder,
});
export type CentresQuery = z.infer<typeof centresQuerySchema>;

export const statusChangeSchema = z
  .object({ reason: z.string().trim().min(1).max(500) })
  .meta({ id: 'StatusChange' });

// ---------------------------------------------------------------- staff

export const staffMemberSchema = z
  .object({
    id: z.number().int(),
    centreId: z.number().int(),
    centreName: localizedNameSchema,
    regionCode: z.string(),
    lastName: z.string(),
    firstName: z.string(),
    middleName: z.string().nullable(),
    fullName: z.string(),
    position: z.enum(STAFF_POSITIONS),
    hireDate: z.string(),
    leaveDate: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    /** Still employed today. */
    active: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'StaffMember' });
export type StaffMember = z.infer<typeof staffMemberSchema>;

export const staffInputSchema = z
  .object({
    centreId: z.coerce.number().int().positive(),
    lastName: z.string().trim().min(1).max(100),
    firstName: z.string().trim().min(1).max(100),
    middleName: optional(z.string().trim().max(100)),
    position: z.enum(STAFF_POSITIONS),
    hireDate: isoDateSchema,
    leaveDate: optional(isoDateSchema),
    phone: optional(phoneSchema),
    email: optional(emailSchema),
  })
  .superRefine((s, ctx) => {
    if (s.leaveDate && s.hireDate && s.leaveDate < s.hireDate) {
      ctx.addIssue({
        code: 'custom',
        path: ['leaveDate'],
        params: { code: 'date_order' },
        message: 'leave < hire',
      });
    }
  })
  .meta({ id: 'StaffFields' });
export type StaffInput = z.infer<typeof staffInputSchema>;

export const STAFF_SORTS = ['name', 'position', 'hireDate', 'centre'] as const;

export const staffQuerySchema = pagingQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  regionCode: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
  districtId: z.coerce.number().int().positive().optional(),
  centreId: z.coerce.number().int().positive().optional(),
  position: z.enum(STAFF_POSITIONS).optional(),
  status: z.enum(['active', 'left', 'all']).default('active'),
  /** Hired on or after this date (to find new hires for onboarding). */
  hiredFrom: isoDateSchema.optional(),
  sort: z.enum(STAFF_SORTS).default('name'),
  order: sortOrder,
});
export type StaffQuery = z.infer<typeof staffQuerySchema>;

export const leaveSchema = z.object({ leaveDate: isoDateSchema }).meta({ id: 'StaffLeave' });

// ---------------------------------------------------------------- history

/** One change of a record, from the audit trail. */
export const historyEntrySchema = z
  .object({
    at: z.string(),
    actor: z.string(),
    action: z.string(),
    before: z.record(z.string(), z.unknown()).nullable(),
    after: z.record(z.string(), z.unknown()).nullable(),
  })
  .meta({ id: 'HistoryEntry' });
export type HistoryEntry = z.infer<typeof historyEntrySchema>;
