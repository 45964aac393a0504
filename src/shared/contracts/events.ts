/** What kind of group event it is. */
export const EVENT_KINDS = ['training', 'seminar', 'fair', 'meeting', 'other'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** Where an event stands: planned (registration open), held, or cancelled. */
export const EVENT_STATUSES = ['planned', 'held', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];
