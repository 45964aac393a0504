import { ageOn } from '../../../../shared/constants/journal';
import type { CentreKind } from '../../../../shared/constants/registry';
import { type PersonName, personName } from '../names';
import { mobilePhone } from '../places';
import type { Random } from '../random';
import { buildCalendar, type Calendar, drawDay, isoOfDay } from './calendar';

/**
 * The pure part of the synthetic data generator: from the network (centres, staff, users, the
 * service catalogue) and a seed, it plans young people and streams their journal records as rows
 * ready for bulk loading. No I/O; the same inputs and seed give the same rows on every machine.
 */

/** A value of one column as the bulk loader writes it. */
export type Cell = string | number | boolean | null | readonly string[];

export interface CentreInfo {
  id: number;
  code: string;
  kind: CentreKind;
  regionCode: string;
  districtId: number | null;
  status: 'active' | 'inactive';
}

export interface RegionInfo {
  code: string;
  kind: 'region' | 'city';
  /** Young people living in the region (reference data, or the generator's estimate). */
  youthPopulation: number;
  /** Share of NEET among young people, 0..1. */
  neetShare: number;
}

export interface ServiceTypeInfo {
  id: number;
  code: string;
  directionId: number;
  directionCode: string;
  allowsAnonymous: boolean;
}

/** Someone who gives services at a centre: a user (by id) or a staff member named in the record. */
export interface Provider {
  userId: number | null;
  name: string | null;
  position: string;
  /** Day numbers the provider works between (inclusive); staff who left stop giving services. */
  fromDay: number;
  toDay: number;
  /** Relative share of the centre's services this provider gives. */
  weight: number;
}

export interface GeneratorNetwork {
  centres: CentreInfo[];
  regions: Map<string, RegionInfo>;
  /** Individual (non-group), active service types. */
  serviceTypes: ServiceTypeInfo[];
  programmeIds: number[];
  providers: Map<number, Provider[]>;
  /** The user who records what staff without an account gave, per centre (also the consent recorder). */
  recorder: Map<number, number>;
  /** Who may work NEET cases at a centre: active specialist or manager users. */
  caseWorkers: Map<number, number[]>;
}

export interface GeneratorOptions {
  seed: number;
  /** About how many journal records to generate. */
  services: number;
  /** Journal records per young person on average (sets how many young people there are). */
  servicesPerYouth: number;
  /** The last day of the window, `yyyy-mm-dd`. */
  until: string;
  /** Length of the window in days. */
  days: number;
  /** The first id the planned young people get (ids are given explicitly to link records). */
  firstYouthId: number;
  /** Share of NEET young people who get a case (default 0.1). */
  caseShare?: number;
}

/** Young people per centre relative to a district centre: regional centres serve the most. */
const CENTRE_KIND_WEIGHT: Record<CentreKind, number> = { regional: 3, city: 1.8, district: 1 };
/** Share of young people registered in a rural area, by region kind. */
const RURAL_SHARE = { region: [0.11, 0.17], city: [0.01, 0.03] } as const;

/** Ages at registration (14..35): most visitors are students and young graduates. */
const AGE_WEIGHTS = [3, 4, 5, 7, 8, 8, 8, 7, 7, 6, 5, 5, 4, 4, 3, 3, 2.5, 2, 2, 1.5, 1.5, 1] as const;

/** How often each individual service type is given (relative); types not named here weigh 2. */
const TYPE_WEIGHT: Record<string, number> = {
  state_programme_explanation: 10,
  career_consultation: 14,
  career_testing: 6,
  employment_consultation: 12,
  cv_help: 6,
  employer_referral: 4,
  psychological_consultation: 6,
  legal_consultation: 5,
  digital_literacy_consultation: 4,
  financial_literacy_consultation: 3,
  entrepreneurship_consultation: 5,
  business_plan_help: 2,
  volunteer_registration: 5,
  young_family_consultation: 3,
  street_outreach: 2,
  home_visit: 2,
};
/** NEET young people come more for work, programmes and outreach. */
const NEET_DIRECTION_FACTOR: Record<string, number> = {
  employment: 2,
  state_programmes: 1.8,
  outreach: 2,
  career_guidance: 0.8,
};
/** Share of services given without naming the young person, where the type allows it. */
const ANONYMOUS_SHARE = 0.035;
/** How long a centre that is inactive now has been closed: no services in these last days. */
const CLOSED_DAYS = 60;
/** The most returning visits a day per person registered so far, on average. */
const RETURNS_PER_DAY = 0.12;

/** Positions that usually give services of a direction; anyone giving services otherwise. */
const DIRECTION_POSITIONS: Record<string, string[]> = {
  psychology: ['psychologist'],
  legal_aid: ['lawyer'],
  employment: ['employment_specialist', 'neet_specialist'],
  career_guidance: ['career_counsellor', 'specialist', 'methodologist'],
  state_programmes: ['neet_specialist', 'employment_specialist', 'specialist'],
  volunteering: ['volunteer_coordinator', 'specialist'],
  outreach: ['neet_specialist', 'specialist'],
};
/** Staff positions that give services to young people. */
export const GIVING_POSITIONS = new Set([
  'psychologist',
  'lawyer',
  'neet_specialist',
  'employment_specialist',
  'career_counsellor',
  'specialist',
  'methodologist',
  'volunteer_coordinator',
  'project_manager',
  'head_of_department',
]);

/** Everything the record stream needs to know about the young people of one centre. */
interface CentrePlan {
  centre: CentreInfo;
  /** Targeted number of journal records. */
  services: number;
  firstId: number;
  count: number;
  /** Registration day index, ascending. */
  regDay: Int32Array;
  birthDate: string[];
  female: Uint8Array;
  /** Day index from which the person is NEET (-1: never), and until which (exclusive). */
  neetFrom: Int32Array;
  neetUntil: Int32Array;
}

/** A NEET case planned for a young person: the day indexes of what happens to it. */
export interface PlannedCase {
  youthId: number;
  centreId: number;
  regionCode: string;
  caseWorkerId: number;
  openDay: number;
  /** Day the positive outcome was recorded, or -1. */
  outcomeDay: number;
  outcome: 'employed' | 'studying' | 'in_training' | 'own_business' | null;
  /** 3- and 6-month checks: true held, false not held, null not (yet) checked. */
  held3: boolean | null;
  held6: boolean | null;
  /** Day closed without outcome (-1 if not). */
  closedNoOutcomeDay: number;
  closeReason: 'refused' | 'unreachable' | 'moved_away' | 'aged_out' | 'other' | null;
}

/** The columns of the rows the generator streams, in order. */
export const YOUTH_COLUMNS = [
  'id',
  'centre_id',
  'region_code',
  'district_id',
  'last_name',
  'first_name',
  'middle_name',
  'birth_date',
  'gender',
  'phone',
  'status',
  'categories',
  'created_at',
  'updated_at',
] as const;
export const CONSENT_COLUMNS = ['youth_id', 'given_at', 'scope', 'recorded_by'] as const;
export const RECORD_COLUMNS = [
  'centre_id',
  'region_code',
  'service_type_id',
  'direction_id',
  'youth_id',
  'youth_gender',
  'youth_age',
  'youth_neet',
  'service_date',
  'service_time',
  'format',
  'duration_minutes',
  'specialist_id',
  'specialist_name',
  'programme_id',
  'referral',
  'outcome',
  'recorded_by',
  'created_at',
  'updated_at',
] as const;

/** Kazakhstan keeps UTC+5 all year: local wall-clock times are written with that offset. */
const timestampOf = (iso: string, time: string) => `${iso} ${time}:00+05`;

function weightedIndex(cumulative: number[], u: number): number {
  const target = u * cumulative[cumulative.length - 1];
  let i = 0;
  while (cumulative[i] <= target) i++;
  return i;
}

function cumulate(weights: number[]): number[] {
  let total = 0;
  return weights.map((w) => {
    total += w;
    return total;
  });
}

const AGE_CUMULATIVE = cumulate([...AGE_WEIGHTS]);

/** A plan of the whole data set: young people per centre, their cases, and the record stream. */
export class NationalPlan {
  readonly calendar: Calendar;
  readonly centres: CentrePlan[] = [];
  readonly cases: PlannedCase[] = [];
  readonly youthCount: number;
  /** The status now of young people whose case outcome held. */
  private readonly outcomeStatus = new Map<number, string>();
  readonly lastDay: number;
  private readonly dayIso: string[];

  constructor(
    private readonly network: GeneratorNetwork,
    private readonly options: GeneratorOptions,
    private readonly rng: Random,
  ) {
    this.lastDay = Math.round(Date.parse(`${options.until}T00:00:00Z`) / 86_400_000);
    this.calendar = buildCalendar(this.lastDay, options.days);
    this.dayIso = Array.from({ length: options.days }, (_, i) => isoOfDay(this.calendar.first + i));
    this.youthCount = this.planCentres();
  }

  /** The day (`yyyy-mm-dd`) of a day index of the window. */
  iso(dayIndex: number): string {
    return this.dayIso[dayIndex];
  }

  /** Splits young people over regions by youth population and over centres by kind; services follow. */
  private planCentres(): number {
    const { network, options } = this;
    const r = this.rng.fork('centres');
    const totalYouth = Math.max(
      network.centres.length,
      Math.round(options.services / options.servicesPerYouth),
    );
    const weight = network.centres.map((c) => CENTRE_KIND_WEIGHT[c.kind] * (0.7 + 0.6 * r.next()));
    const regionWeight = new Map<string, number>();
    network.centres.forEach((c, i) => {
      regionWeight.set(c.regionCode, (regionWeight.get(c.regionCode) ?? 0) + weight[i]);
    });
    const population = [...regionWeight.keys()].reduce(
      (sum, code) => sum + (network.regions.get(code)?.youthPopulation ?? 0),
      0,
    );
    // Services per young person vary by region (how actively centres follow people up).
    const intensity = new Map([...regionWeight.keys()].map((code) => [code, 0.85 + 0.3 * r.next()]));
    const raw = network.centres.map((c, i) => {
      const share = (network.regions.get(c.regionCode)?.youthPopulation ?? 0) / population;
      const youth = Math.max(
        1,
        Math.round((totalYouth * share * weight[i]) / regionWeight.get(c.regionCode)!),
      );
      return { youth, services: youth * options.servicesPerYouth * intensity.get(c.regionCode)! };
    });
    const scale = options.services / raw.reduce((s, x) => s + x.services, 0);
    let nextId = options.firstYouthId;
    network.centres.forEach((centre, i) => {
      const plan = this.planYouth(centre, raw[i].youth, Math.round(raw[i].services * scale), nextId);
      nextId += plan.count;
      this.centres.push(plan);
    });
    return nextId - options.firstYouthId;
  }

  /** Registration days, birth dates, genders and NEET periods of one centre's young people. */
  private planYouth(centre: CentreInfo, count: number, services: number, firstId: number): CentrePlan {
    const r = this.rng.fork(`youth-plan-${centre.code}`);
    const cal = this.calendar;
    const regDay = new Int32Array(count);
    // A centre closed now (temporarily) has registered nobody in its last CLOSED_DAYS.
    const open =
      centre.status === 'inactive' ? cal.cumulative[Math.max(0, cal.days - CLOSED_DAYS - 1)] / cal.total : 1;
    for (let i = 0; i < count; i++) regDay[i] = drawDay(cal, r.next() * open);
    regDay.sort();
    const plan: CentrePlan = {
      centre,
      services,
      firstId,
      count,
      regDay,
      birthDate: new Array(count),
      female: new Uint8Array(count),
      neetFrom: new Int32Array(count).fill(-1),
      neetUntil: new Int32Array(count).fill(-1),
    };
    const region = this.network.regions.get(centre.regionCode)!;
    const workers = this.network.caseWorkers.get(centre.id) ?? [];
    for (let i = 0; i < count; i++) {
      const age = 14 + weightedIndex(AGE_CUMULATIVE, r.next());
      const birthDay = cal.first + regDay[i] - Math.floor(age * 365.25) - r.int(1, 364);
      plan.birthDate[i] = isoOfDay(birthDay);
      // NEET is rare among school-age teenagers and more common after 18.
      const neetFactor = age < 16 ? 0.3 : age < 18 ? 0.6 : 1.15;
      if (r.chance(region.neetShare * neetFactor)) {
        plan.neetFrom[i] = 0;
        plan.neetUntil[i] = 1 << 30;
        if (workers.length && r.chance(this.options.caseShare ?? 0.1)) this.planCase(r, plan, i, workers);
      }
    }
    return plan;
  }

  /** A NEET case for young person `i` of the plan, consistent with the workflow's rules. */
  private planCase(r: Random, plan: CentrePlan, i: number, workers: number[]) {
    const last = this.options.days - 1;
    const openDay = Math.min(last, plan.regDay[i] + r.int(0, 20));
    const c: PlannedCase = {
      youthId: plan.firstId + i,
      centreId: plan.centre.id,
      regionCode: plan.centre.regionCode,
      caseWorkerId: r.pick(workers),
      openDay,
      outcomeDay: -1,
      outcome: null,
      held3: null,
      held6: null,
      closedNoOutcomeDay: -1,
      closeReason: null,
    };
    const roll = r.next();
    if (roll < 0.55) {
      const outcomeDay = openDay + r.int(30, 200);
      if (outcomeDay <= last) {
        c.outcomeDay = outcomeDay;
        c.outcome = r.pick(['employed', 'employed', 'employed', 'studying', 'in_training', 'own_business']);
        plan.neetUntil[i] = outcomeDay;
        if (outcomeDay + 92 + 10 <= last) {
          c.held3 = r.chance(0.7);
          if (!c.held3)
            plan.neetFrom[i] = outcomeDay + 92; // back to NEET after the job did not last
          else if (outcomeDay + 184 + 10 <= last) {
            c.held6 = r.chance(0.6 / 0.7);
            if (!c.held6) plan.neetFrom[i] = outcomeDay + 184;
          }
        }
        if (plan.neetFrom[i] > 0) plan.neetUntil[i] = 1 << 30;
        else this.outcomeStatus.set(c.youthId, OUTCOME_STATUS[c.outcome]);
      }
    } else if (roll < 0.8) {
      const closeDay = openDay + r.int(20, 150);
      if (closeDay <= last) {
        c.closedNoOutcomeDay = closeDay;
        c.closeReason = r.pick(['refused', 'unreachable', 'unreachable', 'moved_away', 'other']);
      }
    }
    this.cases.push(c);
  }

  /** Whether the young person `i` of a plan was NEET on a day index. */
  private neetOn(plan: CentrePlan, i: number, day: number): boolean {
    const from = plan.neetFrom[i];
    if (from < 0) return false;
    if (from > 0) return day >= from; // relapsed after an outcome that did not hold
    return day < plan.neetUntil[i];
  }

  /** The young people's rows (and their consents through `onConsent`), centre by centre. */
  *youthRows(onConsent: (row: Cell[]) => void): Generator<Cell[]> {
    for (const plan of this.centres) {
      const { centre } = plan;
      const r = this.rng.fork(`youth-${centre.code}`);
      const region = this.network.regions.get(centre.regionCode)!;
      const [ruralMin, ruralMax] = RURAL_SHARE[region.kind];
      const rural = ruralMin + (ruralMax - ruralMin) * this.rng.fork(`rural-${centre.regionCode}`).next();
      const recorder = this.network.recorder.get(centre.id)!;
      for (let i = 0; i < plan.count; i++) {
        const name: PersonName = personName(r, centre.regionCode);
        plan.female[i] = name.female ? 1 : 0;
        const regIso = this.iso(plan.regDay[i]);
        const registered = timestampOf(
          regIso,
          `${String(r.int(9, 17)).padStart(2, '0')}:${r.pick(['05', '20', '35', '50'])}`,
        );
        const age = ageOn(plan.birthDate[i], this.iso(this.options.days - 1));
        const id = plan.firstId + i;
        const status = this.neetOn(plan, i, this.options.days - 1)
          ? 'neet'
          : (this.outcomeStatus.get(id) ?? statusFor(r, age));
        const categories: string[] = [];
        if (r.chance(rural)) categories.push('rural');
        if (r.chance(0.08)) categories.push('low_income');
        if (r.chance(0.1)) categories.push('large_family');
        if (r.chance(0.02)) categories.push('disability');
        if (r.chance(0.01)) categories.push('orphan');
        if (name.female && age >= 19 && r.chance(0.05)) categories.push('young_mother');
        if (r.chance(0.01)) categories.push('migrant');
        if (age >= 18 && r.chance(0.003)) categories.push('released_from_prison');
        onConsent([id, registered, 'services', recorder]);
        yield [
          id,
          centre.id,
          centre.regionCode,
          centre.districtId,
          name.lastName,
          name.firstName,
          name.middleName,
          plan.birthDate[i],
          name.female ? 'female' : 'male',
          r.chance(0.75) ? mobilePhone(r) : null,
          status,
          categories,
          registered,
          registered,
        ];
      }
    }
  }

  /**
   * The journal records, day by day across all centres (the order real entry produces): a seasonal
   * and weekly rhythm, each young person's first service on the day they registered, later services
   * mostly by recently registered people. Call after `youthRows` (genders are drawn there).
   */
  *recordRows(): Generator<Cell[]> {
    const { network, options, calendar } = this;
    const states = this.centres.map((plan) => {
      const providers = network.providers.get(plan.centre.id) ?? [];
      const byDirection = new Map<string, Provider[]>();
      for (const t of network.serviceTypes) {
        if (byDirection.has(t.directionCode)) continue;
        const wanted = DIRECTION_POSITIONS[t.directionCode];
        const matching = wanted ? providers.filter((p) => wanted.includes(p.position)) : [];
        byDirection.set(t.directionCode, matching.length ? matching : providers);
      }
      return {
        plan,
        r: this.rng.fork(`records-${plan.centre.code}`),
        next: 0,
        owed: 0,
        perDay: plan.services / calendar.total,
        recentScale: Math.max(3, (plan.count / options.days) * 60),
        byDirection,
        recorder: network.recorder.get(plan.centre.id)!,
        closedFrom: plan.centre.status === 'inactive' ? options.days - CLOSED_DAYS : options.days,
      };
    });
    const types = network.serviceTypes;
    const typeWeights = (neet: boolean) =>
      cumulate(
        types.map(
          (t) => (TYPE_WEIGHT[t.code] ?? 2) * (neet ? (NEET_DIRECTION_FACTOR[t.directionCode] ?? 1) : 1),
        ),
      );
    const plainCumulative = typeWeights(false);
    const neetCumulative = typeWeights(true);
    const anonymousTypes = types.filter((t) => t.allowsAnonymous);
    const anonymousCumulative = cumulate(anonymousTypes.map((t) => TYPE_WEIGHT[t.code] ?? 2));

    for (let day = 0; day < options.days; day++) {
      const iso = this.iso(day);
      const weekday = new Date(`${iso}T00:00:00Z`).getUTCDay();
      for (const s of states) {
        const { plan, r } = s;
        let newcomers = 0;
        while (s.next + newcomers < plan.count && plan.regDay[s.next + newcomers] === day) newcomers++;
        const expected = s.perDay * calendar.weights[day] * (0.85 + 0.3 * r.next());
        const total = day >= s.closedFrom ? newcomers : Math.floor(expected + r.next());
        // Returning visits come from people registered before today, at most a few per person a week
        // (this holds back the first weeks of the window, when few people are registered yet).
        // Visits held back so are made up later on ordinary working days, as the cap allows, so the
        // total stays near the target.
        const payable = calendar.weights[day] >= 0.6 ? s.owed : 0;
        const wanted = Math.max(0, total - newcomers) + payable;
        const returning = Math.min(wanted, Math.floor(s.next * RETURNS_PER_DAY + r.next()));
        s.owed = day >= s.closedFrom ? 0 : s.owed - payable + wanted - returning;
        for (let k = 0; k < newcomers + returning; k++) {
          let youthIndex = -1;
          let type: ServiceTypeInfo;
          if (k < newcomers) youthIndex = s.next + k;
          else if (anonymousTypes.length && r.chance(ANONYMOUS_SHARE)) youthIndex = -1;
          else {
            youthIndex = s.next - 1 - Math.floor(-Math.log(1 - r.next()) * s.recentScale);
            if (youthIndex < 0) youthIndex = Math.floor(r.next() * s.next);
          }
          const neet = youthIndex >= 0 && this.neetOn(plan, youthIndex, day);
          if (youthIndex < 0) type = anonymousTypes[weightedIndex(anonymousCumulative, r.next())];
          else type = types[weightedIndex(neet ? neetCumulative : plainCumulative, r.next())];
          yield this.record(s, type, youthIndex, neet, day, weekday);
        }
        s.next += newcomers;
      }
    }
  }

  private record(
    s: {
      plan: CentrePlan;
      r: Random;
      byDirection: Map<string, Provider[]>;
      recorder: number;
    },
    type: ServiceTypeInfo,
    youthIndex: number,
    neet: boolean,
    day: number,
    weekday: number,
  ): Cell[] {
    const { plan, r } = s;
    const centre = plan.centre;
    const iso = this.iso(day);
    const dayNumber = this.calendar.first + day;
    const provider = pickProvider(r, s.byDirection.get(type.directionCode) ?? [], dayNumber);
    const [fromHour, toHour] = weekday === 6 ? [10, 13] : [9, 17];
    const time = `${String(r.int(fromHour, toHour)).padStart(2, '0')}:${r.pick(['00', '15', '30', '45'])}`;
    const outreach = type.directionCode === 'outreach';
    const format = outreach ? 'outreach' : r.chance(0.78) ? 'in_person' : r.chance(0.5) ? 'phone' : 'online';
    const [minD, maxD] = DURATION[type.code] ?? [15, 45];
    const duration = r.chance(0.05) ? null : 5 * r.int(minD / 5, maxD / 5);
    const referral = referralFor(r, type.code);
    const outcome = referral
      ? 'referred'
      : r.pick([
          'consulted',
          'consulted',
          'consulted',
          'resolved',
          'resolved',
          'follow_up',
          'declined',
        ] as const);
    const programme =
      this.network.programmeIds.length &&
      (type.code === 'state_programme_explanation' ||
        ((type.code === 'employment_consultation' || type.code === 'entrepreneurship_consultation') &&
          r.chance(0.2)))
        ? r.pick(this.network.programmeIds)
        : null;
    const named = youthIndex >= 0;
    const created = timestampOf(iso, time);
    return [
      centre.id,
      centre.regionCode,
      type.id,
      type.directionId,
      named ? plan.firstId + youthIndex : null,
      named ? (plan.female[youthIndex] ? 'female' : 'male') : null,
      named ? ageOn(plan.birthDate[youthIndex], iso) : null,
      neet,
      iso,
      time,
      format,
      duration,
      provider?.userId ?? null,
      provider && provider.userId === null ? provider.name : null,
      programme,
      referral,
      outcome,
      provider?.userId ?? s.recorder,
      created,
      created,
    ];
  }
}

const OUTCOME_STATUS = {
  employed: 'employed',
  own_business: 'self_employed',
  studying: 'studying',
  in_training: 'studying',
} as const;

const DURATION: Record<string, [number, number]> = {
  career_testing: [45, 90],
  psychological_consultation: [40, 60],
  home_visit: [30, 90],
  street_outreach: [20, 60],
  business_plan_help: [45, 90],
  cv_help: [30, 60],
};

function referralFor(r: Random, code: string): string | null {
  switch (code) {
    case 'employer_referral':
      return 'employer';
    case 'state_programme_explanation':
      return r.chance(0.15) ? 'programme_operator' : null;
    case 'employment_consultation':
      return r.chance(0.15) ? 'employment_centre' : null;
    case 'psychological_consultation':
      return r.chance(0.05) ? 'health' : null;
    case 'legal_consultation':
      return r.chance(0.1) ? 'legal_aid' : null;
    case 'young_family_consultation':
      return r.chance(0.1) ? 'social_protection' : null;
    default:
      return r.chance(0.04) ? r.pick(['education', 'ngo', 'other']) : null;
  }
}

/** A provider working on the day, in proportion to their weight; a few tries, then anyone listed. */
function pickProvider(r: Random, providers: Provider[], dayNumber: number): Provider | null {
  if (!providers.length) return null;
  let total = 0;
  for (const p of providers) total += p.weight;
  let chosen = providers[0];
  for (let attempt = 0; attempt < 4; attempt++) {
    let target = r.next() * total;
    chosen = providers[providers.length - 1];
    for (const p of providers) {
      target -= p.weight;
      if (target < 0) {
        chosen = p;
        break;
      }
    }
    if (chosen.fromDay <= dayNumber && dayNumber <= chosen.toDay) return chosen;
  }
  return chosen;
}

/** The status of a young person who is not NEET now, by age. */
function statusFor(r: Random, age: number): string {
  const u = r.next();
  if (age < 18) return u < 0.9 ? 'studying' : u < 0.93 ? 'employed' : 'other';
  if (age < 23) return u < 0.5 ? 'studying' : u < 0.8 ? 'employed' : u < 0.85 ? 'self_employed' : 'other';
  return u < 0.1 ? 'studying' : u < 0.7 ? 'employed' : u < 0.82 ? 'self_employed' : 'other';
}
