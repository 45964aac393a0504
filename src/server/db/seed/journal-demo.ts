import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { type GenerationCounts, loadSyntheticJournal } from './national';
import { COLUMN_TYPES, insertLoader } from './national/bulk';
import { loadDemoNetwork } from './national/network';

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
  return counts;
}
