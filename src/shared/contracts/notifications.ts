import { z } from 'zod';

/**
 * In-app notifications: a short message to one user that something waits for them, with a link.
 * The text is not stored: the screen renders `notifications:kind.<kind>` with `params` in the
 * reader's language (`centre_kk`/`centre_ru`/`centre_en` pick the centre name).
 */
export const NOTIFICATION_KINDS = [
  'plan_submitted',
  'plan_forwarded',
  'plan_approved',
  'plan_returned',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const notificationParamsSchema = z.record(z.string(), z.union([z.string(), z.number()]));
export type NotificationParams = z.infer<typeof notificationParamsSchema>;

export const notificationSchema = z
  .object({
    id: z.number().int(),
    kind: z.enum(NOTIFICATION_KINDS),
    params: notificationParamsSchema,
    /** A path inside the app, e.g. `/plans/12`. */
    link: z.string(),
    createdAt: z.string(),
    readAt: z.string().nullable(),
  })
  .meta({ id: 'Notification' });
export type Notification = z.infer<typeof notificationSchema>;

/** The newest notifications of the caller and how many are unread in all. */
export const notificationListSchema = z
  .object({ items: z.array(notificationSchema), unread: z.number().int() })
  .meta({ id: 'NotificationList' });
export type NotificationList = z.infer<typeof notificationListSchema>;

export const notificationListQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
