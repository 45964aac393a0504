import { CENTRE_SERVICES, type CentreKind, type CentreService } from '../../../shared/constants/registry';
import { regionBoundingBox, regionContainsPoint } from '../../modules/reference/geo';
import type { DbOrTx } from '../client';
import { centres } from '../schema';
import {
  centreAddress,
  type DistrictRef,
  landlinePhone,
  localCentreNames,
  mobilePhone,
  REGIONAL_CAPITALS,
  type RegionRef,
  regionalCentreNames,
} from './places';
import type { Random } from './random';

/** One centre of the demo network, before it has a database id. */
export interface CentrePlan {
  code: string;
  kind: CentreKind;
  /** Code of the parent (the region's regional centre); null for regional centres. */
  parentCode: string | null;
  regionCode: string;
  districtId: number | null;
  nameKk: string;
  nameRu: string;
  nameEn: string;
  address: string;
  latitude: number;
  longitude: number;
  phone: string;
  email: string;
  openingHours: string;
  services: CentreService[];
  status: 'active' | 'inactive';
  statusReason: string | null;
}

/** A centre as the staff and user generators need it. */
export interface SeededCentre {
  id: number;
  code: string;
  kind: CentreKind;
  regionCode: string;
}

/**
 * Astana's newest urban districts (Nura and Saraishyq) postdate the 2023 network of 228 centres,
 * and Baikonur is leased to Russia, outside the akimat's youth policy: none gets a centre of its own.
 */
const DISTRICTS_WITHOUT_CENTRE = new Set(['71|район Нура', '71|район Сарайшык', '43|Байконыр']);

/** How many centres are shown as temporarily closed, and why (in Kazakh, like the addresses). */
const INACTIVE_REASONS = [
  'Ғимаратта күрделі жөндеу жүріп жатыр, орталық уақытша жабық',
  'Аудан әкімдігінің шешімімен қайта ұйымдастырылуда',
  'Жаңа ғимаратқа көшу кезеңінде жұмысы тоқтатылды',
];

/** Services every centre offers; the rest vary by centre, with more at regional centres. */
const CORE_SERVICES: CentreService[] = [
  'state_programmes',
  'career_guidance',
  'employment',
  'psychology',
  'neet_outreach',
];
const EXTRA_SERVICES_BY_KIND: Record<CentreKind, [number, number]> = {
  regional: [6, 9],
  city: [3, 6],
  district: [1, 4],
};

// Opening hours are stored in one neutral form; the web shows them as they are in every language.
const OPENING_HOURS: Record<CentreKind, string[]> = {
  regional: ['Mon–Fri 09:00–18:00', 'Mon–Fri 09:00–18:00, Sat 10:00–14:00'],
  city: ['Mon–Fri 09:00–18:00', 'Mon–Fri 09:00–18:00, Sat 10:00–14:00'],
  district: ['Mon–Fri 09:00–18:00', 'Mon–Fri 09:00–18:30', 'Mon–Fri 08:30–17:30'],
};

const code = (regionCode: string, n: number) => `YRC-${regionCode}-${String(n).padStart(3, '0')}`;

/** City rows first, then districts, each in KATO order (rows without a KATO code last). */
function byNetworkOrder(a: DistrictRef, b: DistrictRef): number {
  if (a.kind !== b.kind) return a.kind === 'city' ? -1 : 1;
  const ka = a.katoPrefix ?? '9999';
  const kb = b.katoPrefix ?? '9999';
  return ka === kb ? a.nameRu.localeCompare(b.nameRu, 'ru') : ka.localeCompare(kb);
}

function services(rng: Random, kind: CentreKind): CentreService[] {
  const [min, max] = EXTRA_SERVICES_BY_KIND[kind];
  const extras = CENTRE_SERVICES.filter((s) => !CORE_SERVICES.includes(s));
  const chosen = new Set<CentreService>(CORE_SERVICES);
  const wanted = CORE_SERVICES.length + Math.min(rng.int(min, max), extras.length);
  while (chosen.size < wanted) chosen.add(rng.pick(extras));
  return CENTRE_SERVICES.filter((s) => chosen.has(s));
}

const round5 = (x: number) => Math.round(x * 1e5) / 1e5;

/** A point inside the region's boundary, drawn uniformly from its bounding box. */
export function pointInRegion(rng: Random, regionCode: string): [number, number] {
  const bbox = regionBoundingBox(regionCode);
  if (bbox) {
    const [minLon, minLat, maxLon, maxLat] = bbox;
    for (let attempt = 0; attempt < 10_000; attempt++) {
      const lat = round5(minLat + rng.next() * (maxLat - minLat));
      const lon = round5(minLon + rng.next() * (maxLon - minLon));
      if (regionContainsPoint(regionCode, lat, lon)) return [lat, lon];
    }
  }
  const [lat, lon] = REGIONAL_CAPITALS[regionCode];
  return [lat, lon];
}

/**
 * Lays out the demo network: a regional centre per region at its capital (YRC-<code>-001), then a
 * city or district centre for every current district row except the capitals' own rows, which the
 * regional centre serves, numbered 002… in network order. Deterministic for a given random source.
 */
export function planCentres(rng: Random, regions: RegionRef[], districts: DistrictRef[]): CentrePlan[] {
  const plans: CentrePlan[] = [];
  for (const region of [...regions].sort((a, b) => a.code.localeCompare(b.code))) {
    const r = rng.fork(`centres-${region.code}`);
    const regionalCode = code(region.code, 1);
    const [lat, lon] = REGIONAL_CAPITALS[region.code];
    plans.push({
      code: regionalCode,
      kind: 'regional',
      parentCode: null,
      regionCode: region.code,
      districtId: null,
      ...regionalCentreNames(region),
      address: centreAddress(r, region),
      latitude: lat,
      longitude: lon,
      phone: landlinePhone(r, region.code),
      email: `${regionalCode.toLowerCase()}@jastar.kz`,
      openingHours: r.pick(OPENING_HOURS.regional),
      services: services(r, 'regional'),
      status: 'active',
      statusReason: null,
    });
    const local = districts
      .filter((d) => d.regionCode === region.code && !d.isRegionalCentre)
      .filter((d) => !DISTRICTS_WITHOUT_CENTRE.has(`${d.regionCode}|${d.nameRu}`))
      .sort(byNetworkOrder);
    local.forEach((district, i) => {
      const centreCode = code(region.code, i + 2);
      const kind: CentreKind = district.kind === 'city' ? 'city' : 'district';
      const [dLat, dLon] = pointInRegion(r, region.code);
      // In Astana, Almaty and Shymkent every centre sits in the city and has a city landline.
      const inCapital = region.kind === 'city';
      plans.push({
        code: centreCode,
        kind,
        parentCode: regionalCode,
        regionCode: region.code,
        districtId: district.id,
        ...localCentreNames(district),
        address: centreAddress(r, region, district),
        latitude: dLat,
        longitude: dLon,
        phone: inCapital ? landlinePhone(r, region.code) : mobilePhone(r),
        email: `${centreCode.toLowerCase()}@jastar.kz`,
        openingHours: r.pick(OPENING_HOURS[kind]),
        services: services(r, kind),
        status: 'active',
        statusReason: null,
      });
    });
  }
  markInactive(rng.fork('inactive'), plans);
  return plans;
}

// A few district centres are temporarily closed, for realism; never a 002 centre, which demo users work in.
function markInactive(rng: Random, plans: CentrePlan[]) {
  const candidates = plans.filter((p) => p.kind === 'district' && !p.code.endsWith('-002'));
  const taken = new Set<string>();
  for (const reason of INACTIVE_REASONS) {
    let plan = rng.pick(candidates);
    while (taken.has(plan.code)) plan = rng.pick(candidates);
    taken.add(plan.code);
    plan.status = 'inactive';
    plan.statusReason = reason;
  }
}

/** Inserts the planned centres (regional centres first, for the parent links) and returns their ids. */
export async function insertCentres(tx: DbOrTx, plans: CentrePlan[]): Promise<SeededCentre[]> {
  const toRow = ({ parentCode: _, ...plan }: CentrePlan, parentId: number | null) => ({ ...plan, parentId });
  const returning = {
    id: centres.id,
    code: centres.code,
    kind: centres.kind,
    regionCode: centres.regionCode,
  };
  const regional = await tx
    .insert(centres)
    .values(plans.filter((p) => !p.parentCode).map((p) => toRow(p, null)))
    .returning(returning);
  const idByCode = new Map(regional.map((c) => [c.code, c.id]));
  const local = await tx
    .insert(centres)
    .values(plans.filter((p) => p.parentCode).map((p) => toRow(p, idByCode.get(p.parentCode!)!)))
    .returning(returning);
  const byCode = new Map([...regional, ...local].map((c) => [c.code, c]));
  return plans.map((p) => byCode.get(p.code)!);
}
