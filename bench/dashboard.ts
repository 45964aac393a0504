import type { DbOrTx } from '../src/server/db/client';
import type { Dashboard, Targets } from '../src/shared/contracts/analytics';
import { figuresOf, firstDifference, type Period, rawFigures } from './dashboard-raw';
import type { HttpClient } from './http-client';
import { type Latency, summarize, timeSequential } from './stats';

/** Dashboard latencies: the endpoint alone, the page's full set of requests, and the raw-row answer. */
export interface DashboardResult {
  period: Period;
  /** The rollup answer equals the raw-row answer (checked before timing). */
  equal: true;
  services: number;
  /** `GET /api/v1/analytics/dashboard` alone, over HTTP. */
  endpoint: Latency;
  /** Every request the /analytics page makes, side by side as the browser does, over HTTP. */
  page: Latency;
  /** The same journal figures computed from raw rows, straight on the database (no HTTP). */
  raw: Latency;
  /** raw p50 ÷ page p50: how many times faster the full answer is than computing it from raw rows. */
  speedup: number;
}

/**
 * The requests of the /analytics page of a national user with the period filter set, in the waves
 * the browser sends them: one, since the page asks for the targets and plan-progress panels' figures
 * (their year is the period's end) together with the dashboard, the lists and the map.
 */
export const pageWaves = (p: Period) => {
  const year = p.to.slice(0, 4);
  return [
    [
      `/api/v1/analytics/dashboard?from=${p.from}&to=${p.to}`,
      `/api/v1/analytics/targets?year=${year}`,
      `/api/v1/analytics/plan-progress?year=${year}`,
      '/api/v1/service-directions?includeInactive=true',
      '/api/v1/regions',
      '/api/v1/reference/regions.geojson',
    ],
  ];
};

/**
 * Checks that the national dashboard over HTTP gives the numbers the raw journal gives, then times
 * the endpoint, the whole page's requests, and the raw computation.
 */
export async function measureDashboard(
  client: HttpClient,
  cookie: string,
  db: DbOrTx,
  period: Period,
  runs: { http: number; raw: number; budgetMs: number },
): Promise<DashboardResult> {
  const waves = pageWaves(period);
  const [[endpointPath, targetsPath, ...rest]] = waves;
  const answer = await client.expect<Dashboard>(200, endpointPath, { cookie });
  const targets = await client.expect<Targets>(200, targetsPath, { cookie });
  const raw = await rawFigures(db, period);
  const diff = firstDifference(figuresOf(answer, targets), raw);
  if (diff) throw new Error(`dashboard differs from the raw journal at ${diff}`);
  for (const path of rest) await client.expect(200, path, { cookie });

  const endpoint = await timeSequential(
    runs.http,
    2,
    () => client.expect(200, endpointPath, { cookie }),
    runs.budgetMs,
    10,
  );
  const page = await timeSequential(
    runs.http,
    2,
    async () => {
      for (const wave of waves) await Promise.all(wave.map((path) => client.expect(200, path, { cookie })));
    },
    runs.budgetMs,
    10,
  );
  const rawTimes = await timeSequential(runs.raw, 1, () => rawFigures(db, period), runs.budgetMs, 2);
  const pageLatency = summarize(page);
  const rawLatency = summarize(rawTimes);
  return {
    period,
    equal: true,
    services: answer.totals.services,
    endpoint: summarize(endpoint),
    page: pageLatency,
    raw: rawLatency,
    speedup: Math.round((rawLatency.p50 / pageLatency.p50) * 10) / 10,
  };
}
