import { count } from 'drizzle-orm';
import type { AppDb } from '../client';
import { centres } from '../schema';

/**
 * Loads the demo data set (centres, staff, demo users) when the registry is empty, so a second
 * start reuses the data and nothing is seeded twice. Returns whether it seeded.
 */
export async function seedDemoDataIfEmpty(db: AppDb, log: (msg: string) => void): Promise<boolean> {
  const [{ n }] = await db.select({ n: count() }).from(centres);
  if (n > 0) return false;
  log('seeding demo data…');
  // TODO(issue 2): the demo network generator lands in the next commit.
  return false;
}
