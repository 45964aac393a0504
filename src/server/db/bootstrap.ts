import type { AppConfig } from '../config';
import { fillMissingRollups } from '../modules/journal/records/rollups';
import { initDataProtection } from '../platform/crypto';
import { type Database, openDatabase } from './client';
import { seedDemoDataIfEmpty } from './seed/demo';
import { loadShippedData } from './shipped-data';

/**
 * Loads the data key, opens the configured database and brings it to a usable state: migrations,
 * reference data and, on the first start of an empty database, the demo data set. Safe to run on
 * every start.
 */
export async function bootstrapDatabase(config: AppConfig, log: (msg: string) => void): Promise<Database> {
  // The data key first: a production server without one must stop before touching the database.
  log(`data key: ${initDataProtection(config, log)}`);
  const database = config.DATABASE_URL
    ? await openDatabase({ url: config.DATABASE_URL })
    : await openDatabase({ dataDir: config.JASTAR_DATA_DIR });
  log(
    config.DATABASE_URL ? 'database: PostgreSQL' : `database: embedded PGlite in ${config.JASTAR_DATA_DIR}`,
  );
  await database.migrate();
  await loadShippedData(database.db);
  if (await fillMissingRollups(database.db)) log('journal rollups added since the last start: filled');
  if (config.JASTAR_DEMO_DATA) {
    const seeded = await seedDemoDataIfEmpty(database.db, log);
    if (seeded) log('demo data loaded');
  }
  return database;
}
