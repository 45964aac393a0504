import type { Scope } from '../../../../shared/contracts/auth';
import type { NeedsProfile } from '../../../../shared/contracts/needs';
import type {
  NeedsMethodologyRevision,
  NeedsMethodologySave,
} from '../../../../shared/contracts/needs-methodology';
import { todayInKazakhstan } from '../../../../shared/today';
import type { AppDb, DbOrTx } from '../../../db/client';
import { recordAudit } from '../../../platform/audit/audit';
import { AppError, invalidFields, notFound } from '../../../platform/http/app-error';
import { serviceDirections } from '../../journal';
import { actorOfCaller, type Caller } from '../../registry/registry.caller';
import { DEFAULT_NEEDS_METHODOLOGY } from './needs.defaults';
import { gatherNeedsInputs } from './needs.inputs';
import {
  findNeedsCentre,
  findRevision,
  insertRevision,
  type MethodologyVersion,
  methodologyForYear,
  revisionOf,
} from './needs.repository';
import { scoreNeeds } from './needs.score';
import { needsMethodologies } from './needs.tables';

/**
 * A centre's needs profile for a year: a score per direction with the explanation of each, from
 * the region's statistics, survey demand and the journal rollups, combined by the methodology given
 * or, by default, the one that applies to the year. The same data and methodology give the same
 * profile. Throws not found for an unknown centre.
 */
export async function needsProfile(
  db: DbOrTx,
  centreId: number,
  year: number,
  methodology?: MethodologyVersion,
): Promise<NeedsProfile> {
  const centre = await findNeedsCentre(db, centreId);
  if (!centre) throw notFound();
  const version = methodology ?? (await methodologyForYear(db, year));
  // Bootstrap seeds a methodology; a database without one still scores by the shipped default.
  const applied = version ?? { year, revision: 0, content: DEFAULT_NEEDS_METHODOLOGY };
  const inputs = await gatherNeedsInputs(db, centre, year, applied.content);
  return scoreNeeds(inputs, applied.content, { year: applied.year, revision: applied.revision });
}

/**
 * The needs profile as a signed-in user may see it: their own centre's (centre staff), their
 * region's centres' (regional users) or any (national users, admins). Another centre is not found.
 */
export async function needsProfileInScope(
  db: DbOrTx,
  scope: Scope,
  centreId: number,
  year: number,
): Promise<NeedsProfile> {
  const centre = await findNeedsCentre(db, centreId);
  const visible =
    centre &&
    (scope.kind === 'country' ||
      (scope.kind === 'region' && scope.regionCode === centre.regionCode) ||
      (scope.kind === 'centre' && scope.centreId === centre.id));
  if (!visible) throw notFound();
  return needsProfile(db, centreId, year);
}

/** One revision of a year's methodology (the newest when none is named); not found when absent. */
export async function readMethodology(
  db: DbOrTx,
  year: number,
  revision?: number,
): Promise<NeedsMethodologyRevision> {
  const row = await findRevision(db, year, revision);
  if (!row) throw notFound();
  return revisionOf(row);
}

/**
 * A national user's save of a year's methodology: a new revision, the earlier ones kept. The NEET
 * directions must be directions of the catalogue; nothing is written when any field is wrong.
 */
export function saveMethodology(
  db: AppDb,
  caller: Caller,
  year: number,
  input: NeedsMethodologySave,
): Promise<NeedsMethodologyRevision> {
  return db.transaction(async (tx) => {
    const known = new Set(
      (await tx.select({ code: serviceDirections.code }).from(serviceDirections)).map((d) => d.code),
    );
    const unknown = input.neetDirections.flatMap((code, i) =>
      known.has(code) && code !== 'events'
        ? []
        : [{ field: `neetDirections.${i}`, code: 'not_found' as const }],
    );
    if (unknown.length > 0) throw invalidFields(unknown);
    const { note, ...content } = input;
    const before = await findRevision(tx, year);
    const row = await insertRevision(tx, year, content, note ?? null, caller.user.id);
    if (!row) throw new AppError('internal');
    await recordAudit(tx, actorOfCaller(caller), {
      action: before ? 'update' : 'create',
      entityType: 'needs_methodology',
      entityId: `${year}`,
      before: before ? { revision: before.revision, ...before.content } : undefined,
      after: { revision: row.revision, ...row.content, note: row.note },
    });
    const saved = await findRevision(tx, year, row.revision);
    return revisionOf(saved!);
  });
}

/**
 * Seeds the shipped default methodology for the current and the previous year (in Kazakhstan) when
 * a year has none; years national users have saved are left alone. Runs at every start.
 */
export async function loadNeedsMethodology(db: DbOrTx, today = todayInKazakhstan()): Promise<void> {
  const year = Number(today.slice(0, 4));
  await db
    .insert(needsMethodologies)
    .values(
      [year - 1, year].map((y) => ({
        year: y,
        revision: 1,
        content: DEFAULT_NEEDS_METHODOLOGY,
        note: null,
        createdBy: null,
      })),
    )
    .onConflictDoNothing();
}
