import { eq, sql } from 'drizzle-orm';
import type { AppDb } from '../../../db/client';
import { type CatalogueEntry, catalogueRows, readCatalogue } from './programmes.catalogue';
import { stateProgrammes, stateProgrammeTerms } from './programmes.tables';

/**
 * Brings the state programmes up to date with the shipped catalogue, on every start. Upserts by
 * code and by code + year; rows a national user has edited (`source = 'manual'`) are left as they are.
 */
export async function loadStateProgrammes(db: AppDb, entries: CatalogueEntry[] = readCatalogue()) {
  await db.transaction(async (tx) => {
    for (const entry of entries) {
      const { programme, terms } = catalogueRows(entry);
      const { source: _, ...updatable } = programme;
      await tx
        .insert(stateProgrammes)
        .values(programme)
        .onConflictDoUpdate({
          target: stateProgrammes.code,
          set: { ...updatable, updatedAt: sql`now()` },
          setWhere: eq(stateProgrammes.source, 'catalogue'),
        });
      const [{ id }] = await tx
        .select({ id: stateProgrammes.id })
        .from(stateProgrammes)
        .where(eq(stateProgrammes.code, programme.code));
      const { source: __, ...termsUpdatable } = terms;
      await tx
        .insert(stateProgrammeTerms)
        .values({ ...terms, programmeId: id })
        .onConflictDoUpdate({
          target: [stateProgrammeTerms.programmeId, stateProgrammeTerms.year],
          set: { ...termsUpdatable, updatedAt: sql`now()` },
          setWhere: eq(stateProgrammeTerms.source, 'catalogue'),
        });
    }
  });
}
