import type { AppDb } from '../../../db/client';
import { ACTIVITY_LIBRARY } from './activities.library';
import { templateValues } from './activities.repository';
import { activityTemplates } from './activities.tables';

/**
 * Adds the shipped activity templates that are missing (by code) and leaves the others as national
 * users left them. Safe on every start.
 */
export async function loadActivityLibrary(db: AppDb, library = ACTIVITY_LIBRARY): Promise<void> {
  await db
    .insert(activityTemplates)
    .values(
      library.map((entry) => ({
        ...templateValues({ ...entry, isActive: true }),
        origin: 'library' as const,
      })),
    )
    .onConflictDoNothing({ target: activityTemplates.code });
}
