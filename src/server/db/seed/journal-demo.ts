import { sql } from 'drizzle-orm';
import { pickDemoPlanManagers } from '../../modules/plans/plans/plans.demo';
import type { DbOrTx } from '../client';
import { type GenerationCounts, loadSyntheticJournal } from './national';
import { COLUMN_TYPES, insertLoader } from './national/bulk';
import { loadDemoNetwork } from './national/network';
import type { GeneratorNetwork } from './national/plan';

/** Seed of the demo journal's random source: the same young people and services on every fresh start. */
const DEMO_JOURNAL_SEED = 20_260_301;
/** Journal records per demo centre (about 40 young people with three services each). */
const SERVICES_PER_CENTRE = 120;

/**
 * The journal part of the first-start demo data: at each centre with demo users (YRC-<region>-001
 * and -002), about 40 young people with consents, three months of services given by the centre's
 * demo specialist (mostly) and manager, and a few NEET cases. Made by the national generator at a
 * tiny scale, in the caller's transaction, without audit entries; rollups are rebuilt at the end.
 */
export async function seedJournalDemo(tx: DbOrTx, today: Date): Promise<GenerationCounts> {
  // Per-row foreign-key checks would take most of the first start; where the role may (PGlite always),
  // they are skipped for this transaction and the generator checks every reference set-wise instead.
  const skipped = await tx
    .transaction(async (sp) => {
      await sp.execute(sql`set local session_replication_role = replica`);
      return true;
    })
    .catch(() => false);
  const network = await loadDemoNetwork(tx);
  // The plan centres' longer history first: the load below checks references and rebuilds the
  // rollups once for both.
  const history = await seedPlanCentreHistory(tx, network, today);
  const counts = await loadSyntheticJournal(
    tx,
    insertLoader(tx, COLUMN_TYPES),
    network,
    {
      seed: DEMO_JOURNAL_SEED,
      services: network.centres.length * SERVICES_PER_CENTRE,
      servicesPerYouth: 3,
      // Up to yesterday: a service dated today at a time still to come would be a record of the future.
      until: new Date(today.getTime() - 86_400_000).toISOString().slice(0, 10),
      days: 92,
      caseShare: 0.4,
    },
    () => {},
  );
  if (skipped) await tx.execute(sql`set local session_replication_role = origin`);
  return {
    youth: counts.youth + history.youth,
    consents: counts.consents + history.consents,
    records: counts.records + history.records,
    cases: counts.cases + history.cases,
    caseSteps: counts.caseSteps + history.caseSteps,
    caseActions: counts.caseActions + history.caseActions,
  };
}

/** Services a plan centre gave last year: its plan's baselines (about 400 young people). */
const LAST_YEAR_SERVICES = 1_200;
/**
 * This year's pace against last year's at each plan centre in turn: ahead, about even (a plan grown
 * by need is then at risk), and well behind, so the network monitoring view shows all three.
 */
const THIS_YEAR_PACE = [1.4, 1.05, 0.6];

/**
 * A longer history at the centres whose plans the demo approves (the highest-NEET regions): all of
 * last year and this year so far, so their plans start from real baselines and their quarterly
 * progress fills in from the journal from the first quarter.
 */
async function seedPlanCentreHistory(
  tx: DbOrTx,
  network: GeneratorNetwork,
  today: Date,
): Promise<GenerationCounts> {
  const total: GenerationCounts = {
    youth: 0,
    consents: 0,
    records: 0,
    cases: 0,
    caseSteps: 0,
    caseActions: 0,
  };
  const { toApprove } = await pickDemoPlanManagers(tx);
  const yesterday = new Date(today.getTime() - 86_400_000).toISOString().slice(0, 10);
  const year = Number(yesterday.slice(0, 4));
  const daysOfYear = (y: number) => (Date.UTC(y + 1, 0, 1) - Date.UTC(y, 0, 1)) / 86_400_000;
  const thisYearDays = (Date.parse(yesterday) - Date.UTC(year, 0, 1)) / 86_400_000 + 1;
  for (const [i, manager] of toApprove.entries()) {
    const centre = network.centres.filter((c) => c.id === manager.centreId);
    if (!centre.length) continue;
    const windows = [
      { until: `${year - 1}-12-31`, days: daysOfYear(year - 1), services: LAST_YEAR_SERVICES },
      {
        until: yesterday,
        days: thisYearDays,
        services: Math.round(
          (LAST_YEAR_SERVICES * THIS_YEAR_PACE[i % THIS_YEAR_PACE.length] * thisYearDays) / daysOfYear(year),
        ),
      },
    ];
    for (const [w, window] of windows.entries()) {
      if (window.services < 1) continue;
      const counts = await loadSyntheticJournal(
        tx,
        insertLoader(tx, COLUMN_TYPES),
        { ...network, centres: centre },
        {
          seed: DEMO_JOURNAL_SEED + 10 * (i + 1) + w,
          services: window.services,
          servicesPerYouth: 3,
          until: window.until,
          days: window.days,
          caseShare: 0.4,
          deferChecks: true,
        },
        () => {},
      );
      for (const key of Object.keys(total) as (keyof GenerationCounts)[]) total[key] += counts[key];
    }
  }
  return total;
}
