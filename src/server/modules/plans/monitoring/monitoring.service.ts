import { createHash } from 'node:crypto';
import type { Locale } from '../../../../shared/constants/roles';
import type { CurrentUser } from '../../../../shared/contracts/auth';
import {
  type KpiEvidence,
  MAX_EVIDENCE_BYTES,
  type ManualActualFields,
  type MonitoringKpi,
  type NetworkMonitoring,
  type NetworkQuery,
  type NetworkRow,
  type PlanMonitoring,
  type QuarterValues,
} from '../../../../shared/contracts/plan-monitoring';
import type { DbOrTx } from '../../../db/client';
import { type Actor, recordAudit } from '../../../platform/audit/audit';
import { scopeRegion } from '../../../platform/auth/scope';
import { AppError, forbidden, invalidFields, notFound } from '../../../platform/http/app-error';
import { canReadPlan } from '../plans';
import { evidenceType } from './evidence-type';
import { kpiActuals, measuresActuals } from './journal-actuals';
import { quartersBegun } from './kpi-status';
import {
  centresWithRegions,
  currentManualEntry,
  type MonitoredPlan,
  manualEntries,
  monitoredPlansOfYear,
  readEvidenceFile,
  readMonitoredPlan,
} from './monitoring.repository';
import { evidenceOf, monitoringKpis } from './monitoring.rules';
import { planKpiActuals } from './monitoring.tables';

/** Roles that enter manual actuals, for their own centre's plan only. */
export const ACTUAL_ENTERERS = ['center_manager', 'specialist'] as const;

const mayEnter = (user: CurrentUser, plan: MonitoredPlan) =>
  (ACTUAL_ENTERERS as readonly string[]).includes(user.role) &&
  user.scope.kind === 'centre' &&
  user.scope.centreId === plan.centreId;

/** The plan if the caller may see it; otherwise 404, as if it did not exist. */
async function planInScopeOrThrow(db: DbOrTx, user: CurrentUser, planId: number): Promise<MonitoredPlan> {
  const plan = await readMonitoredPlan(db, planId);
  if (!plan || !canReadPlan(user, plan)) throw notFound();
  return plan;
}

/** Each KPI of a plan at the as-of date, with journal actuals from the rollups and entered manual ones. */
export async function computePlanKpis(
  db: DbOrTx,
  plan: MonitoredPlan,
  asOf: string,
): Promise<MonitoringKpi[]> {
  const [journal, entries] = await Promise.all([
    kpiActuals(db, plan.centreId, plan.year, plan.content.kpis, asOf),
    manualEntries(db, [plan.id]),
  ]);
  return monitoringKpis(plan.year, plan.content.kpis, journal, entries, asOf);
}

/** A plan's monitoring as the caller sees it: every KPI with actuals, expected value and status. */
export async function readPlanMonitoring(
  db: DbOrTx,
  user: CurrentUser,
  planId: number,
  asOf: string,
): Promise<PlanMonitoring> {
  const plan = await planInScopeOrThrow(db, user, planId);
  return {
    planId: plan.id,
    centreId: plan.centreId,
    regionCode: plan.regionCode,
    year: plan.year,
    status: plan.status,
    version: plan.version,
    versionKind: plan.versionKind,
    asOf,
    quartersBegun: quartersBegun(plan.year, asOf),
    canEnter: mayEnter(user, plan),
    kpis: await computePlanKpis(db, plan, asOf),
  };
}

/**
 * Enters (or corrects) a manual KPI's year-to-date value for a begun quarter with its evidence
 * file: a new row, audited with the entry it replaces. Only the centre's manager and specialists.
 */
export async function enterManualActual(
  db: DbOrTx,
  user: CurrentUser,
  actor: Actor,
  input: { planId: number; kpiId: string; fields: ManualActualFields; file: Buffer; fileName: string },
  today: string,
): Promise<KpiEvidence> {
  const plan = await planInScopeOrThrow(db, user, input.planId);
  if (!mayEnter(user, plan)) throw forbidden();
  const kpi = plan.content.kpis.find((k) => k.id === input.kpiId);
  if (!kpi) throw notFound();
  if (kpi.source !== 'manual') throw new AppError('invalid_state');
  if (input.fields.quarter > quartersBegun(plan.year, today)) {
    throw invalidFields([{ field: 'quarter', code: 'future_date' }]);
  }
  if (input.file.length > MAX_EVIDENCE_BYTES) throw new AppError('payload_too_large');
  const contentType = evidenceType(input.file, input.fileName);
  if (!contentType) throw new AppError('unsupported_file');

  const sha256 = createHash('sha256').update(input.file).digest('hex');
  const id = await db.transaction(async (tx) => {
    const before = await currentManualEntry(tx, plan.id, kpi.id, input.fields.quarter);
    const [row] = await tx
      .insert(planKpiActuals)
      .values({
        planId: plan.id,
        kpiId: kpi.id,
        quarter: input.fields.quarter,
        value: input.fields.value,
        fileName: input.fileName,
        contentType,
        fileSize: input.file.length,
        sha256,
        file: input.file,
        enteredBy: user.id,
      })
      .returning({ id: planKpiActuals.id });
    await recordAudit(tx, actor, {
      action: before ? 'correct_kpi_actual' : 'enter_kpi_actual',
      entityType: 'plan_kpi_actual',
      entityId: row.id,
      regionCode: plan.regionCode,
      centreId: plan.centreId,
      before: before ?? null,
      after: {
        planId: plan.id,
        kpiId: kpi.id,
        quarter: input.fields.quarter,
        value: input.fields.value,
        fileName: input.fileName,
        sha256,
      },
    });
    return row.id;
  });
  const entries = await manualEntries(db, [plan.id]);
  const evidence = evidenceOf(entries, kpi.id).find((e) => e.id === id);
  if (!evidence) throw new Error('entered actual not found');
  return evidence;
}

/** An evidence file of a plan the caller may see; 404 otherwise. */
export async function evidenceFile(db: DbOrTx, user: CurrentUser, planId: number, evidenceId: number) {
  await planInScopeOrThrow(db, user, planId);
  const file = await readEvidenceFile(db, planId, evidenceId);
  if (!file) throw notFound();
  return file;
}

const measureKey = (m: { indicatorCode: string; direction: string | null }) =>
  `${m.indicatorCode}|${m.direction ?? ''}`;

/** Every listed plan's KPIs at the as-of date, with one rollup query per distinct measure, in parallel. */
export async function kpisOfPlans(db: DbOrTx, year: number, list: MonitoredPlan[], asOf: string) {
  const measures = new Map<
    string,
    { measure: { indicatorCode: string; direction: string | null }; centres: Set<number> }
  >();
  for (const plan of list)
    for (const kpi of plan.content.kpis) {
      if (kpi.source !== 'journal' || !kpi.measure) continue;
      const key = measureKey(kpi.measure);
      const entry = measures.get(key) ?? { measure: kpi.measure, centres: new Set<number>() };
      entry.centres.add(plan.centreId);
      measures.set(key, entry);
    }
  // Every measure in a few rollup reads (one per kind of measure), beside the manual entries.
  const [values, entries] = await Promise.all([
    measuresActuals(
      db,
      year,
      [...measures].map(([key, { measure, centres }]) => ({ key, measure, centreIds: [...centres] })),
      asOf,
    ),
    manualEntries(
      db,
      list.map((p) => p.id),
    ),
  ]);
  return new Map(
    list.map((plan) => {
      const journal = new Map<string, QuarterValues>();
      for (const kpi of plan.content.kpis) {
        const v =
          kpi.source === 'journal' && kpi.measure && values.get(measureKey(kpi.measure))?.get(plan.centreId);
        if (v) journal.set(kpi.id, v);
      }
      const own = entries.filter((e) => e.planId === plan.id);
      return [plan.id, monitoringKpis(plan.year, plan.content.kpis, journal, own, asOf)] as const;
    }),
  );
}

/**
 * Which centres are behind on what in a year: per centre with a plan, how many KPIs are on track,
 * at risk and behind, and the names of those behind; centres without a plan are listed as such.
 * Regional users see their own region only (asking for another is refused); national and admin
 * see the country or the region they pick.
 */
export async function networkMonitoring(
  db: DbOrTx,
  user: CurrentUser,
  query: NetworkQuery,
  asOf: string,
  locale: Locale,
): Promise<NetworkMonitoring> {
  const own = scopeRegion(user.scope);
  if (own && query.regionCode && query.regionCode !== own) throw forbidden();
  const regionCode = own ?? query.regionCode;
  const [list, centreRows] = await Promise.all([
    monitoredPlansOfYear(db, query.year, regionCode),
    centresWithRegions(db, regionCode),
  ]);
  const kpisByPlan = await kpisOfPlans(db, query.year, list, asOf);
  const planByCentre = new Map(list.map((p) => [p.centreId, p]));
  const rows: NetworkRow[] = centreRows
    .filter((c) => c.status === 'active' || planByCentre.has(c.id))
    .map((c) => {
      const plan = planByCentre.get(c.id);
      const kpis = plan ? (kpisByPlan.get(plan.id) ?? []) : [];
      const count = (s: string) => kpis.filter((k) => k.status === s).length;
      return {
        centreId: c.id,
        centreName: { kk: c.nameKk, ru: c.nameRu, en: c.nameEn },
        regionCode: c.regionCode,
        regionName: { kk: c.regionKk, ru: c.regionRu, en: c.regionEn },
        planId: plan?.id ?? null,
        planStatus: plan?.status ?? null,
        versionKind: plan?.versionKind ?? null,
        kpis: kpis.length,
        onTrack: count('on_track'),
        atRisk: count('at_risk'),
        behind: count('behind'),
        behindKpis: kpis.filter((k) => k.status === 'behind').map((k) => ({ id: k.id, name: k.name })),
      };
    });
  const name = (r: NetworkRow) => r.centreName[locale];
  const byName = (a: NetworkRow, b: NetworkRow) => name(a).localeCompare(name(b), locale);
  const byRegion = (a: NetworkRow, b: NetworkRow) =>
    a.regionName[locale].localeCompare(b.regionName[locale], locale) || byName(a, b);
  const byBehind = (a: NetworkRow, b: NetworkRow) =>
    Number(b.planId !== null) - Number(a.planId !== null) ||
    b.behind - a.behind ||
    b.atRisk - a.atRisk ||
    byRegion(a, b);
  rows.sort(query.sort === 'centre' ? byName : query.sort === 'region' ? byRegion : byBehind);
  return { year: query.year, asOf, rows };
}
