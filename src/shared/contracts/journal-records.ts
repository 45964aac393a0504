import { z } from 'zod';
import { REFERRAL_TARGETS, SERVICE_FORMATS, SERVICE_OUTCOMES } from '../constants/journal';
import { isoDateSchema, optional, pageOf, pagingQuerySchema } from './common';

/**
 * Journal records: one service to one young person (or to an unnamed one where the service type
 * allows it). Rules the API keeps:
 * - Above centre level `centreId` names the centre (in scope); a centre's staff record for their own.
 * - `specialistId` defaults to the caller.
 * - Notes of a confidential service type are encrypted at rest and returned only to the user who
 *   recorded them; everyone else gets `notes: null` with `notesHidden: true`.
 * - A correction must give a reason and bumps `version`; a deletion is soft and needs a reason.
 *   History is read from `/journal/records/:id/history`.
 */

const positiveId = z.coerce.number().int().positive();
const timeSchema = z
  .string()
  .trim()
  .refine((v) => /^([01]\d|2[0-3]):[0-5]\d$/.test(v), { params: { code: 'invalid_value' } });

const recordFields = {
  centreId: optional(positiveId),
  serviceTypeId: positiveId,
  /** Null or absent: an unnamed young person (only where the service type allows it). */
  youthId: optional(positiveId),
  serviceDate: isoDateSchema,
  serviceTime: optional(timeSchema),
  format: z.enum(SERVICE_FORMATS),
  durationMinutes: optional(z.coerce.number().int().min(1).max(720)),
  specialistId: optional(positiveId),
  /** The state programme explained during the service. */
  programmeId: optional(positiveId),
  referral: optional(z.enum(REFERRAL_TARGETS)),
  outcome: optional(z.enum(SERVICE_OUTCOMES)),
  notes: optional(z.string().trim().max(4000)),
};

export const newJournalRecordSchema = z.object(recordFields).meta({ id: 'NewJournalRecord' });
export type NewJournalRecord = z.infer<typeof newJournalRecordSchema>;

const reasonSchema = z.string().trim().min(3).max(500);

/** A correction: the record's new values in full, and why. */
export const journalRecordCorrectionSchema = z
  .object({ ...recordFields, reason: reasonSchema })
  .meta({ id: 'JournalRecordCorrection' });
export type JournalRecordCorrection = z.infer<typeof journalRecordCorrectionSchema>;

export const journalRecordDeletionSchema = z
  .object({ reason: reasonSchema })
  .meta({ id: 'JournalRecordDeletion' });

/** A record as the caller may see it. */
export const journalRecordSchema = z
  .object({
    id: z.number().int(),
    centreId: z.number().int(),
    regionCode: z.string(),
    serviceTypeId: z.number().int(),
    directionId: z.number().int(),
    youthId: z.number().int().nullable(),
    /** "Lastname Firstname" while consent is in force; null for unnamed records and after withdrawal. */
    youthName: z.string().nullable(),
    serviceDate: z.string(),
    serviceTime: z.string().nullable(),
    format: z.enum(SERVICE_FORMATS),
    durationMinutes: z.number().int().nullable(),
    specialistId: z.number().int().nullable(),
    specialistName: z.string().nullable(),
    programmeId: z.number().int().nullable(),
    referral: z.enum(REFERRAL_TARGETS).nullable(),
    outcome: z.enum(SERVICE_OUTCOMES).nullable(),
    notes: z.string().nullable(),
    /** The service type is confidential: notes stay with their author. */
    isConfidential: z.boolean(),
    /** There are notes the caller may not read. */
    notesHidden: z.boolean(),
    eventId: z.number().int().nullable(),
    recordedBy: z.number().int(),
    version: z.number().int(),
    deleted: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'JournalRecord' });
export type JournalRecord = z.infer<typeof journalRecordSchema>;

export const journalListQuerySchema = pagingQuerySchema.extend({
  from: optional(isoDateSchema),
  to: optional(isoDateSchema),
  centreId: optional(positiveId),
  directionId: optional(positiveId),
  serviceTypeId: optional(positiveId),
  youthId: optional(positiveId),
  specialistId: optional(positiveId),
});
export type JournalListQuery = z.infer<typeof journalListQuerySchema>;

export const journalRecordPageSchema = pageOf(journalRecordSchema).meta({ id: 'JournalRecordPage' });

/** Actions a record's history names. */
export const JOURNAL_RECORD_ACTIONS = ['create', 'correct', 'delete'] as const;

/**
 * One field a change touched. Confidential notes are never shown, in any history: their change
 * appears as `field: 'notes'` with `hidden: true` and null values.
 */
export const journalRecordChangeSchema = z
  .object({
    field: z.string(),
    before: z.unknown(),
    after: z.unknown(),
    hidden: z.boolean(),
  })
  .meta({ id: 'JournalRecordChange' });
export type JournalRecordChange = z.infer<typeof journalRecordChangeSchema>;

/** One change of a record, from the audit trail: who, when, what, why, and the fields before → after. */
export const journalRecordHistoryEntrySchema = z
  .object({
    at: z.string(),
    /** The signed-in user's e-mail (or a system actor's label). */
    actor: z.string(),
    action: z.string(),
    /** Why a correction or deletion was made; null for a creation. */
    reason: z.string().nullable(),
    /** The record's version after the change; null for a deletion. */
    version: z.number().int().nullable(),
    changes: z.array(journalRecordChangeSchema),
    /**
     * The record's fields before and after, as the shared history list shows them (`HistoryEntry`
     * of the registry): only fields a person changes, `reason` in `after`; confidential notes never.
     */
    before: z.record(z.string(), z.unknown()).nullable(),
    after: z.record(z.string(), z.unknown()).nullable(),
  })
  .meta({ id: 'JournalRecordHistoryEntry' });
export type JournalRecordHistoryEntry = z.infer<typeof journalRecordHistoryEntrySchema>;

/** A record's history, newest first. */
export const journalRecordHistorySchema = z
  .array(journalRecordHistoryEntrySchema)
  .meta({ id: 'JournalRecordHistory' });
