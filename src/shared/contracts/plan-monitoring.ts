import { z } from 'zod';
import { localizedNameSchema } from './common';
import { KPI_SOURCES, PLAN_STATUSES, planTextSchema } from './plan-content';

/**
 * Plan monitoring: each KPI's year-to-date actual at the end of every quarter (from the journal
 * rollups, or entered with an evidence file for manual KPIs) against its cumulative quarter targets,
 * with a status; and the network view of which centres are behind on what.
 */

/**
 * Where a KPI stands at the as-of date: `on_track` (actual ≥ 100 % of what is expected by then),
 * `at_risk` (≥ 80 %), `behind` (< 80 %), `not_started` (the plan's year has not begun).
 */
export const KPI_STATUSES = ['on_track', 'at_risk', 'behind', 'not_started'] as const;
export type KpiStatus = (typeof KPI_STATUSES)[number];

/** Largest evidence file accepted: 10 MB. */
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

/** Evidence file kinds accepted (checked on the file's first bytes, not its name). */
export const EVIDENCE_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
] as const;

/** Year-to-date values at the end of Q1..Q4; null for a quarter not begun (or, manual, not entered). */
export const quarterValuesSchema = z.tuple([
  z.number().nullable(),
  z.number().nullable(),
  z.number().nullable(),
  z.number().nullable(),
]);
export type QuarterValues = z.infer<typeof quarterValuesSchema>;

/** One entered manual actual with its evidence file (corrections are new entries; the latest wins). */
export const kpiEvidenceSchema = z
  .object({
    id: z.number().int(),
    quarter: z.number().int().min(1).max(4),
    value: z.number(),
    fileName: z.string(),
    contentType: z.string(),
    size: z.number().int(),
    sha256: z.string(),
    enteredBy: z.string(),
    enteredAt: z.string(),
    /** Whether this entry is the one in force for its quarter (a later one corrects it otherwise). */
    current: z.boolean(),
  })
  .meta({ id: 'KpiEvidence' });
export type KpiEvidence = z.infer<typeof kpiEvidenceSchema>;

export const monitoringKpiSchema = z
  .object({
    id: z.string(),
    name: planTextSchema,
    unit: z.string(),
    source: z.enum(KPI_SOURCES),
    measure: z.object({ indicatorCode: z.string(), direction: z.string().nullable() }).nullable(),
    target: z.number(),
    quarterTargets: z.tuple([z.number(), z.number(), z.number(), z.number()]),
    actuals: quarterValuesSchema,
    /** The latest year-to-date actual known at the as-of date. */
    actualNow: z.number().nullable(),
    /** The cumulative target expected by the as-of date (interpolated within the running quarter). */
    expectedNow: z.number().nullable(),
    /** actualNow ÷ expectedNow; null when nothing is expected yet. */
    ratio: z.number().nullable(),
    status: z.enum(KPI_STATUSES),
    evidence: z.array(kpiEvidenceSchema),
  })
  .meta({ id: 'MonitoringKpi' });
export type MonitoringKpi = z.infer<typeof monitoringKpiSchema>;

export const planMonitoringSchema = z
  .object({
    planId: z.number().int(),
    centreId: z.number().int(),
    regionCode: z.string(),
    year: z.number().int(),
    status: z.enum(PLAN_STATUSES),
    /** The version monitored: the approved one when there is one, else the current one. */
    version: z.number().int(),
    versionKind: z.enum(['approved', 'current']),
    asOf: z.string(),
    /** Quarters of the plan's year begun by the as-of date (0 before the year, 4 after it). */
    quartersBegun: z.number().int().min(0).max(4),
    /** Whether the caller may enter manual actuals (the centre's manager or specialists). */
    canEnter: z.boolean(),
    kpis: z.array(monitoringKpiSchema),
  })
  .meta({ id: 'PlanMonitoring' });
export type PlanMonitoring = z.infer<typeof planMonitoringSchema>;

export const kpiParamsSchema = z.object({
  id: z.coerce.number().int().positive(),
  kpiId: z.string().regex(/^k\d{1,4}$/),
});

export const evidenceParamsSchema = z.object({
  id: z.coerce.number().int().positive(),
  evidenceId: z.coerce.number().int().positive(),
});

/** The text fields of a manual actual's multipart form (the file is the part named `file`). */
export const manualActualFieldsSchema = z.object({
  quarter: z.coerce.number().int().min(1).max(4),
  /** The year-to-date value at the end of the quarter, like the targets. */
  value: z.coerce.number().min(0).max(1_000_000_000),
});
export type ManualActualFields = z.infer<typeof manualActualFieldsSchema>;

/** Multipart body of a manual actual, for the API document. */
export const manualActualBodySchema = z
  .object({
    quarter: z.any().meta({ type: 'integer', minimum: 1, maximum: 4 }),
    value: z.any().meta({ type: 'number', minimum: 0 }),
    file: z
      .any()
      .meta({ type: 'string', format: 'binary', description: 'PDF, PNG, JPEG or XLSX, at most 10 MB' }),
  })
  .nullish()
  .meta({ id: 'ManualActualUpload' });

export const NETWORK_SORTS = ['behind', 'centre', 'region'] as const;

export const networkQuerySchema = z.object({
  year: z.coerce.number().int().min(2020).max(2100),
  regionCode: z.string().min(1).max(10).optional(),
  sort: z.enum(NETWORK_SORTS).default('behind'),
});
export type NetworkQuery = z.infer<typeof networkQuerySchema>;

export const networkRowSchema = z
  .object({
    centreId: z.number().int(),
    centreName: localizedNameSchema,
    regionCode: z.string(),
    regionName: localizedNameSchema,
    /** Null when the centre has no plan for the year. */
    planId: z.number().int().nullable(),
    planStatus: z.enum(PLAN_STATUSES).nullable(),
    versionKind: z.enum(['approved', 'current']).nullable(),
    kpis: z.number().int(),
    onTrack: z.number().int(),
    atRisk: z.number().int(),
    behind: z.number().int(),
    behindKpis: z.array(z.object({ id: z.string(), name: planTextSchema })),
  })
  .meta({ id: 'NetworkMonitoringRow' });
export type NetworkRow = z.infer<typeof networkRowSchema>;

export const networkMonitoringSchema = z
  .object({ year: z.number().int(), asOf: z.string(), rows: z.array(networkRowSchema) })
  .meta({ id: 'NetworkMonitoring' });
export type NetworkMonitoring = z.infer<typeof networkMonitoringSchema>;
