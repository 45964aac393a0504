import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../client';
import {
  centres,
  regions,
  serviceDirections,
  serviceTypes,
  staff,
  stateProgrammes,
  users,
} from '../../schema';
import { dayOfIso } from './calendar';
import { type GeneratorNetwork, GIVING_POSITIONS, type Provider, type RegionInfo } from './plan';

const REGIONS_CSV = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../modules/reference/data/regions.csv',
);

/** NEET share assumed where the reference data has none (the national level of recent surveys). */
const DEFAULT_NEET_SHARE = 0.07;

/**
 * Young people (14–35) of the regions the reference data has no figure for: the generator's own
 * rough estimate, about a quarter of each region's population. Only used to weigh synthetic data.
 */
const ESTIMATED_YOUTH: Record<string, number> = {
  '15': 230_000,
  '27': 165_000,
  '31': 300_000,
  '33': 170_000,
  '35': 260_000,
  '39': 180_000,
  '43': 230_000,
  '55': 170_000,
  '59': 110_000,
  '62': 50_000,
};

/** The e-mail of the non-login user that records a centre's synthetic services. */
export const systemUserEmail = (centreCode: string) => `synthetic.${centreCode.toLowerCase()}@jastar.invalid`;

/** Regions with youth population (reference or estimate) and NEET share (regions.csv or 7%). */
export async function loadRegions(db: DbOrTx): Promise<Map<string, RegionInfo>> {
  const csv = parse(readFileSync(REGIONS_CSV), { columns: true }) as Record<string, string>[];
  const neet = new Map(
    csv.filter((r) => r.neet_share_pct).map((r) => [r.code, Number(r.neet_share_pct) / 100]),
  );
  const rows = await db.select().from(regions).where(isNull(regions.validTo));
  return new Map(
    rows.map((r) => [
      r.code,
      {
        code: r.code,
        kind: r.kind,
        youthPopulation: r.youthPopulation ?? ESTIMATED_YOUTH[r.code] ?? 150_000,
        neetShare: neet.get(r.code) ?? DEFAULT_NEET_SHARE,
      },
    ]),
  );
}

/** Centres in a stable order (by code), optionally only some. */
async function loadCentres(db: DbOrTx, ids?: number[]) {
  const rows = await db
    .select({
      id: centres.id,
      code: centres.code,
      kind: centres.kind,
      regionCode: centres.regionCode,
      districtId: centres.districtId,
      status: centres.status,
    })
    .from(centres)
    .where(ids ? inArray(centres.id, ids) : undefined);
  return rows.sort((a, b) => a.code.localeCompare(b.code));
}

/** Active individual service types with their direction code, in catalogue order. */
async function loadServiceTypes(db: DbOrTx) {
  const rows = await db
    .select({
      id: serviceTypes.id,
      code: serviceTypes.code,
      directionId: serviceTypes.directionId,
      directionCode: serviceDirections.code,
      allowsAnonymous: serviceTypes.allowsAnonymous,
    })
    .from(serviceTypes)
    .innerJoin(serviceDirections, eq(serviceDirections.id, serviceTypes.directionId))
    .where(
      and(
        eq(serviceTypes.isActive, true),
        eq(serviceTypes.isGroup, false),
        eq(serviceDirections.isActive, true),
      ),
    );
  return rows.sort((a, b) => a.code.localeCompare(b.code));
}

async function loadProgrammeIds(db: DbOrTx): Promise<number[]> {
  const rows = await db
    .select({ id: stateProgrammes.id, code: stateProgrammes.code })
    .from(stateProgrammes)
    .where(eq(stateProgrammes.isActive, true));
  return rows.sort((a, b) => a.code.localeCompare(b.code)).map((r) => r.id);
}

const FOREVER = 1 << 30;

/** Centre users (specialists and managers) who can sign in, by centre. */
async function loadCentreUsers(db: DbOrTx) {
  const rows = await db
    .select({
      id: users.id,
      role: users.role,
      centreId: users.centreId,
      fullName: users.fullName,
      email: users.email,
    })
    .from(users)
    .where(and(eq(users.isActive, true), inArray(users.role, ['specialist', 'center_manager'])));
  const byCentre = new Map<number, typeof rows>();
  for (const u of rows.sort((a, b) => a.id - b.id)) {
    if (u.centreId === null || u.email.endsWith('@jastar.invalid')) continue;
    byCentre.set(u.centreId, [...(byCentre.get(u.centreId) ?? []), u]);
  }
  return byCentre;
}

/**
 * The national network as the generator sees it: every centre; services given by the centre's
 * staff (named in the record) and, where the centre has specialist users, by them (the staff
 * member a specialist user is named after gives services as that user). Services of staff without
 * an account are recorded by the centre's synthetic system user (`systemUsers`), which also records
 * consents. NEET cases are worked by the centre's specialist or manager users, else by its system user.
 */
export async function loadNationalNetwork(
  db: DbOrTx,
  systemUsers: Map<number, number>,
): Promise<GeneratorNetwork> {
  const centreRows = await loadCentres(db);
  const staffRows = await db.select().from(staff);
  const centreUsers = await loadCentreUsers(db);
  const providers = new Map<number, Provider[]>();
  const shortName = new Map<Provider, string>();
  for (const s of staffRows.sort((a, b) => a.id - b.id)) {
    if (!GIVING_POSITIONS.has(s.position)) continue;
    const list = providers.get(s.centreId) ?? [];
    const provider: Provider = {
      userId: null,
      name: [s.lastName, s.firstName, s.middleName].filter(Boolean).join(' '),
      position: s.position,
      fromDay: dayOfIso(s.hireDate),
      toDay: s.leaveDate ? dayOfIso(s.leaveDate) - 1 : FOREVER,
      weight: 1,
    };
    list.push(provider);
    shortName.set(provider, `${s.firstName} ${s.lastName}`);
    providers.set(s.centreId, list);
  }
  const caseWorkers = new Map<number, number[]>();
  for (const c of centreRows) {
    const team = centreUsers.get(c.id) ?? [];
    const list = providers.get(c.id) ?? [];
    for (const u of team.filter((x) => x.role === 'specialist')) {
      const match = list.find((p) => p.userId === null && shortName.get(p) === u.fullName);
      if (match) Object.assign(match, { userId: u.id, name: null });
      else
        list.push({
          userId: u.id,
          name: null,
          position: 'specialist',
          fromDay: 0,
          toDay: FOREVER,
          weight: 1,
        });
    }
    providers.set(c.id, list);
    caseWorkers.set(c.id, team.length ? team.map((u) => u.id) : [systemUsers.get(c.id)!]);
  }
  return {
    centres: centreRows,
    regions: await loadRegions(db),
    serviceTypes: await loadServiceTypes(db),
    programmeIds: await loadProgrammeIds(db),
    providers,
    recorder: systemUsers,
    caseWorkers,
  };
}

/**
 * The demo network of the first start: only the centres with demo users, where the specialist user
 * gives most services and the manager some, each recording their own; consents are recorded by the
 * specialist and cases worked by both.
 */
export async function loadDemoNetwork(db: DbOrTx): Promise<GeneratorNetwork> {
  const centreUsers = await loadCentreUsers(db);
  const centreRows = await loadCentres(db, [...centreUsers.keys()]);
  const providers = new Map<number, Provider[]>();
  const recorder = new Map<number, number>();
  const caseWorkers = new Map<number, number[]>();
  for (const c of centreRows) {
    const team = centreUsers.get(c.id)!;
    const specialist = team.find((u) => u.role === 'specialist') ?? team[0];
    providers.set(
      c.id,
      team.map((u) => ({
        userId: u.id,
        name: null,
        position: u.role === 'specialist' ? 'specialist' : 'director',
        fromDay: 0,
        toDay: FOREVER,
        weight: u.role === 'specialist' ? 3 : 1,
      })),
    );
    recorder.set(c.id, specialist.id);
    caseWorkers.set(
      c.id,
      team.map((u) => u.id),
    );
  }
  return {
    centres: centreRows,
    regions: await loadRegions(db),
    serviceTypes: await loadServiceTypes(db),
    programmeIds: await loadProgrammeIds(db),
    providers,
    recorder,
    caseWorkers,
  };
}
