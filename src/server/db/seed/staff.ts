import type { CentreKind, StaffPosition } from '../../../shared/constants/registry';
import { transliterate } from '../../modules/reference/translit';
import type { DbOrTx } from '../client';
import { staff } from '../schema';
import type { SeededCentre } from './centres';
import { type PersonName, personName } from './names';
import { mobilePhone } from './places';
import type { Random } from './random';

/** One staff row of the demo data, ready to insert. */
export type StaffPlan = typeof staff.$inferInsert & { centreId: number; position: StaffPosition };

/** People per centre by kind, inclusive range. */
const HEADCOUNT: Record<CentreKind, [number, number]> = {
  regional: [25, 40],
  city: [12, 18],
  district: [8, 14],
};

/** Positions every centre of a kind has, as [position, min, max]; the rest of the team are specialists. */
const TEAM: Record<CentreKind, [StaffPosition, number, number][]> = {
  regional: [
    ['director', 1, 1],
    ['deputy_director', 1, 2],
    ['head_of_department', 2, 3],
    ['methodologist', 2, 2],
    ['psychologist', 2, 3],
    ['lawyer', 1, 2],
    ['neet_specialist', 2, 3],
    ['employment_specialist', 2, 3],
    ['career_counsellor', 1, 1],
    ['project_manager', 1, 2],
    ['volunteer_coordinator', 1, 1],
    ['pr_specialist', 1, 1],
    ['analyst', 1, 1],
    ['accountant', 1, 2],
    ['administrator', 1, 1],
  ],
  city: [
    ['director', 1, 1],
    ['psychologist', 1, 2],
    ['lawyer', 1, 1],
    ['neet_specialist', 1, 2],
    ['employment_specialist', 1, 2],
    ['career_counsellor', 1, 1],
    ['methodologist', 1, 1],
    ['volunteer_coordinator', 1, 1],
    ['pr_specialist', 0, 1],
    ['accountant', 1, 1],
  ],
  district: [
    ['director', 1, 1],
    ['psychologist', 1, 1],
    ['neet_specialist', 1, 1],
    ['employment_specialist', 1, 1],
    ['lawyer', 0, 1],
    ['career_counsellor', 0, 1],
    ['volunteer_coordinator', 0, 1],
    ['accountant', 1, 1],
  ],
};

/** The network's first centres opened in 2015; hire dates start there. */
const FIRST_HIRE = Date.UTC(2015, 0, 12);
const DAY = 86_400_000;
/** Share of staff hired in the last 90 days, so onboarding has newcomers to show. */
const RECENT_HIRE_SHARE = 0.075;
/** Share of staff who have already left (a leave date, the row kept). */
const LEAVER_SHARE = 0.05;

const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function team(rng: Random, kind: CentreKind): StaffPosition[] {
  const size = rng.int(...HEADCOUNT[kind]);
  const positions = TEAM[kind].flatMap(([position, min, max]) =>
    Array.from({ length: rng.int(min, max) }, () => position),
  );
  while (positions.length < size) positions.push('specialist');
  return positions.slice(0, size);
}

/** A hire date; older dates are rarer because the network grew over the years. */
function hireDate(rng: Random, today: number, canBeRecent: boolean): number {
  if (canBeRecent && rng.chance(RECENT_HIRE_SHARE)) return today - rng.int(0, 89) * DAY;
  const span = today - 90 * DAY - FIRST_HIRE;
  return today - 90 * DAY - Math.floor(span * rng.next() ** 1.3);
}

const emailPart = (text: string) =>
  transliterate(text)
    .toLowerCase()
    .replace(/[^a-z]/g, '');

function contacts(rng: Random, name: PersonName): { phone: string | null; email: string | null } {
  const phone = rng.chance(0.6) ? mobilePhone(rng) : null;
  if (!rng.chance(0.4)) return { phone, email: null };
  const domain = rng.pick(['jastar.kz', 'jastar.kz', 'mail.ru', 'gmail.com', 'mail.kz']);
  return { phone, email: `${emailPart(name.firstName)}.${emailPart(name.lastName)}@${domain}` };
}

/**
 * About 3,000 staff across the network: one director per centre, a deputy and departments at
 * regional centres, psychologists, lawyers, NEET and employment specialists. Hire dates span 2015
 * to `today`, with some hired in the last 90 days; about 5% have left (directors never).
 */
export function planStaff(rng: Random, centreList: SeededCentre[], today: Date): StaffPlan[] {
  const todayMs = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const rows: StaffPlan[] = [];
  for (const centre of centreList) {
    const r = rng.fork(`staff-${centre.code}`);
    for (const position of team(r, centre.kind)) {
      const name = personName(r, centre.regionCode);
      const director = position === 'director';
      const hired = hireDate(r, todayMs, !director);
      const daysSince = Math.floor((todayMs - hired) / DAY);
      const left = !director && daysSince > 60 && r.chance(LEAVER_SHARE);
      rows.push({
        centreId: centre.id,
        lastName: name.lastName,
        firstName: name.firstName,
        middleName: name.middleName,
        position,
        hireDate: isoDate(hired),
        leaveDate: left ? isoDate(hired + r.int(30, daysSince - 1) * DAY) : null,
        ...contacts(r, name),
      });
    }
  }
  return rows;
}

/** Inserts staff in multi-row chunks, well under PostgreSQL's bind-parameter limit. */
export async function insertStaff(tx: DbOrTx, rows: StaffPlan[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) await tx.insert(staff).values(rows.slice(i, i + 1000));
}
