import type { PlanKpi } from '../../../../shared/contracts/plan-content';
import type { KpiEvidence, MonitoringKpi, QuarterValues } from '../../../../shared/contracts/plan-monitoring';
import { kpiStatus, quartersBegun } from './kpi-status';

/** An entered manual actual as the rules need it (the repository's row without the file). */
export interface EntryFacts {
  id: number;
  kpiId: string;
  quarter: number;
  value: number;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  enteredBy: string;
  enteredAt: Date;
}

/** A manual KPI's values per quarter: the latest entry of each begun quarter; null where none. */
export function manualQuarterValues(
  entries: readonly EntryFacts[],
  kpiId: string,
  begun: number,
): QuarterValues {
  const values: QuarterValues = [null, null, null, null];
  // Entries come oldest first, so a later correction overwrites the earlier value.
  for (const e of entries) if (e.kpiId === kpiId && e.quarter <= begun) values[e.quarter - 1] = e.value;
  return values;
}

/** The latest year-to-date value known: the last quarter that has one. */
export function latestValue(values: QuarterValues): number | null {
  for (let i = 3; i >= 0; i--) if (values[i] !== null) return values[i];
  return null;
}

/** The evidence list of one KPI, newest first, marking the entry in force for each quarter. */
export function evidenceOf(entries: readonly EntryFacts[], kpiId: string): KpiEvidence[] {
  const own = entries.filter((e) => e.kpiId === kpiId);
  const inForce = new Map<number, number>();
  for (const e of own) inForce.set(e.quarter, e.id);
  return own
    .map((e) => ({
      id: e.id,
      quarter: e.quarter,
      value: e.value,
      fileName: e.fileName,
      contentType: e.contentType,
      size: e.size,
      sha256: e.sha256,
      enteredBy: e.enteredBy,
      enteredAt: e.enteredAt.toISOString(),
      current: inForce.get(e.quarter) === e.id,
    }))
    .reverse();
}

/**
 * Each KPI of a plan at the as-of date: its quarterly actuals (journal ones as computed, manual ones
 * as last entered), the latest actual against the target expected by then, and its status.
 */
export function monitoringKpis(
  year: number,
  kpis: readonly PlanKpi[],
  journalActuals: ReadonlyMap<string, QuarterValues>,
  entries: readonly EntryFacts[],
  asOf: string,
): MonitoringKpi[] {
  const begun = quartersBegun(year, asOf);
  return kpis.map((kpi) => {
    const actuals =
      kpi.source === 'manual'
        ? manualQuarterValues(entries, kpi.id, begun)
        : (journalActuals.get(kpi.id) ?? [null, null, null, null]);
    const actualNow = kpi.source === 'manual' ? latestValue(actuals) : begun ? actuals[begun - 1] : null;
    const { expected, ratio, status } = kpiStatus({
      year,
      quarterTargets: kpi.quarterTargets,
      actual: actualNow,
      asOf,
    });
    return {
      id: kpi.id,
      name: kpi.name,
      unit: kpi.unit,
      source: kpi.source,
      measure: kpi.measure,
      target: kpi.target,
      quarterTargets: kpi.quarterTargets,
      actuals,
      actualNow,
      expectedNow: expected,
      ratio,
      status,
      evidence: kpi.source === 'manual' ? evidenceOf(entries, kpi.id) : [],
    };
  });
}
