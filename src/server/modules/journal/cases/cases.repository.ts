import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Scope } from '../../../../shared/contracts/auth';
import {
  ACTIVE_CASE_STATUSES,
  CASE_STATUSES,
  type CaseListQuery,
  type CaseOptions,
  type CaseStep,
  type CaseSummary,
  type CaseTimelineEntry,
} from '../../../../shared/contracts/cases';
import type { DbOrTx } from '../../../db/client';
import { users } from '../../../platform/auth/auth.tables';
import { pageTotal } from '../../registry/paging';
import { centres } from '../../registry/registry.tables';
import { stateProgrammes } from '../programmes/programmes.tables';
import { youth, youthConsents } from '../youth';
import { neetCaseActions, neetCaseSteps, neetCases } from './cases.tables';

export type CaseRow = typeof neetCases.$inferSelect;
export type StepRow = typeof neetCaseSteps.$inferSelect;

/** Cases a scope may read: the youth registry's scope (country, region, centre); partners none. */
export function casesInScope(scope: Scope): SQL {
  switch (scope.kind) {
    case 'country':
      return sql`true`;
    case 'region':
      return eq(neetCases.regionCode, scope.regionCode);
    case 'centre':
      return eq(neetCases.centreId, scope.centreId);
    case 'organisation':
      return sql`false`;
  }
}

const activeStatuses = sql.raw(ACTIVE_CASE_STATUSES.map((s) => `'${s}'`).join(', '));
const closedStatuses = sql.raw(
  CASE_STATUSES.filter((s) => !(ACTIVE_CASE_STATUSES as readonly string[]).includes(s))
    .map((s) => `'${s}'`)
    .join(', '),
);

/** Whether a young person's consent is in force (given and not withdrawn). */
export const youthConsentInForce = (youthId: SQL | AnyPgColumn) =>
  sql<boolean>`exists (select 1 from ${youthConsents} where ${youthConsents.youthId} = ${youthId} and ${youthConsents.withdrawnAt} is null)`;

/** The derived columns of a caseload line, as of `today`. */
function derived(today: string) {
  const overdueSteps = sql<number>`(case when ${neetCases.status} in (${activeStatuses}) then (select count(*)::int from ${neetCaseSteps} s where s.case_id = ${neetCases.id} and s.status = 'planned' and s.due_on < ${today}) else 0 end)`;
  const nextStepDue = sql<
    string | null
  >`(select min(s.due_on)::text from ${neetCaseSteps} s where s.case_id = ${neetCases.id} and s.status = 'planned')`;
  const nextFollowUpDue = sql<
    string | null
  >`(case ${neetCases.status} when 'outcome_recorded' then ${neetCases.followUp3mDue} when 'follow_up_3m_confirmed' then ${neetCases.followUp6mDue} end)::text`;
  const rank = sql<number>`(case when ${overdueSteps} > 0 then 0 when ${nextFollowUpDue} <= ${today} then 1 when ${neetCases.status} in (${activeStatuses}) then 2 else 3 end)`;
  return { overdueSteps, nextStepDue, nextFollowUpDue, rank };
}

function summaryColumns(today: string) {
  const d = derived(today);
  return {
    row: neetCases,
    lastName: youth.lastName,
    firstName: youth.firstName,
    middleName: youth.middleName,
    consent: youthConsentInForce(neetCases.youthId),
    centreKk: centres.nameKk,
    centreRu: centres.nameRu,
    centreEn: centres.nameEn,
    workerName: users.fullName,
    overdueSteps: d.overdueSteps,
    nextStepDue: d.nextStepDue,
    nextFollowUpDue: d.nextFollowUpDue,
    rank: d.rank,
  };
}

type SummaryResult = {
  row: CaseRow;
  lastName: string;
  firstName: string;
  middleName: string | null;
  consent: boolean;
  centreKk: string;
  centreRu: string;
  centreEn: string;
  workerName: string;
  overdueSteps: number;
  nextStepDue: string | null;
  nextFollowUpDue: string | null;
  rank: number;
};

function toSummary(r: SummaryResult, today: string): CaseSummary {
  const c = r.row;
  const personal = <T>(v: T): T | null => (r.consent ? v : null);
  const overdue = Number(r.overdueSteps);
  const followUpDue = r.nextFollowUpDue !== null && r.nextFollowUpDue <= today;
  return {
    id: c.id,
    youthId: c.youthId,
    youth: {
      lastName: personal(r.lastName),
      firstName: personal(r.firstName),
      middleName: personal(r.middleName),
    },
    centreId: c.centreId,
    centreName: { kk: r.centreKk, ru: r.centreRu, en: r.centreEn },
    regionCode: c.regionCode,
    caseWorker: { id: c.caseWorkerId, fullName: r.workerName },
    status: c.status,
    openedOn: c.openedOn,
    outcome: c.outcome,
    outcomeOn: c.outcomeOn,
    overdueSteps: overdue,
    nextStepDue: r.nextStepDue,
    nextFollowUpDue: r.nextFollowUpDue,
    attention: overdue > 0 ? 'overdue_steps' : followUpDue ? 'follow_up_due' : null,
    closedOn: c.closedOn,
    version: c.version,
  };
}

function summaries(db: DbOrTx, today: string) {
  return db
    .select(summaryColumns(today))
    .from(neetCases)
    .innerJoin(youth, eq(youth.id, neetCases.youthId))
    .innerJoin(centres, eq(centres.id, neetCases.centreId))
    .innerJoin(users, eq(users.id, neetCases.caseWorkerId));
}

/**
 * A caseload page: cases with overdue steps first, then those with a follow-up due, then the other
 * active ones, then closed ones; within each, the earliest date first.
 */
export async function listCases(
  db: DbOrTx,
  scope: Scope,
  userId: number,
  query: CaseListQuery,
  today: string,
) {
  const d = derived(today);
  const statusFilter =
    query.status === 'all'
      ? undefined
      : query.status === 'active'
        ? sql`${neetCases.status} in (${activeStatuses})`
        : query.status === 'closed'
          ? sql`${neetCases.status} in (${closedStatuses})`
          : eq(neetCases.status, query.status);
  const where = and(
    casesInScope(scope),
    statusFilter,
    query.mine ? eq(neetCases.caseWorkerId, userId) : undefined,
    query.caseWorkerId ? eq(neetCases.caseWorkerId, query.caseWorkerId) : undefined,
    query.centreId ? eq(neetCases.centreId, query.centreId) : undefined,
    query.regionCode ? eq(neetCases.regionCode, query.regionCode) : undefined,
    query.youthId ? eq(neetCases.youthId, query.youthId) : undefined,
    query.overdue ? sql`${d.overdueSteps} > 0` : undefined,
  );
  const { page, pageSize } = query;
  const rows = await summaries(db, today)
    .where(where)
    .orderBy(
      d.rank,
      sql`coalesce(least(${d.nextStepDue}, ${d.nextFollowUpDue}), ${d.nextStepDue}, ${d.nextFollowUpDue}, ${neetCases.closedOn}::text)`,
      neetCases.id,
    )
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const total = await pageTotal(rows.length, page, pageSize, async () => {
    const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(neetCases).where(where);
    return Number(row.n);
  });
  return { items: rows.map((r) => toSummary(r as SummaryResult, today)), total, page, pageSize };
}

/** One case's caseload line, or undefined when out of scope. */
export async function findCaseSummary(db: DbOrTx, scope: Scope, id: number, today: string) {
  const [r] = await summaries(db, today).where(and(casesInScope(scope), eq(neetCases.id, id)));
  return r ? toSummary(r as SummaryResult, today) : undefined;
}

/** The raw row of a case in scope, or undefined. */
export async function findCaseRow(db: DbOrTx, scope: Scope, id: number): Promise<CaseRow | undefined> {
  const [row] = await db
    .select()
    .from(neetCases)
    .where(and(casesInScope(scope), eq(neetCases.id, id)));
  return row;
}

/** The steps of a case: planned by due date first, then done and cancelled. */
export async function caseSteps(
  db: DbOrTx,
  caseId: number,
  today: string,
  active: boolean,
): Promise<CaseStep[]> {
  const rows = await db
    .select({
      step: neetCaseSteps,
      kk: stateProgrammes.nameKk,
      ru: stateProgrammes.nameRu,
      en: stateProgrammes.nameEn,
    })
    .from(neetCaseSteps)
    .leftJoin(stateProgrammes, eq(stateProgrammes.id, neetCaseSteps.programmeId))
    .where(eq(neetCaseSteps.caseId, caseId))
    .orderBy(
      sql`case ${neetCaseSteps.status} when 'planned' then 0 when 'done' then 1 else 2 end`,
      asc(neetCaseSteps.dueOn),
      asc(neetCaseSteps.id),
    );
  return rows.map(({ step, kk, ru, en }) => ({
    id: step.id,
    kind: step.kind,
    description: step.description,
    programme:
      step.programmeId && kk !== null
        ? { id: step.programmeId, name: { kk, ru: ru ?? '', en: en ?? '' } }
        : null,
    dueOn: step.dueOn,
    status: step.status,
    result: step.result,
    doneOn: step.doneOn,
    overdue: active && step.status === 'planned' && step.dueOn < today,
  }));
}

/** Counts of done and planned steps, for the rules. */
export async function stepCounts(db: DbOrTx, caseId: number) {
  const [row] = await db
    .select({
      done: sql<number>`count(*) filter (where ${neetCaseSteps.status} = 'done')::int`,
      planned: sql<number>`count(*) filter (where ${neetCaseSteps.status} = 'planned')::int`,
    })
    .from(neetCaseSteps)
    .where(eq(neetCaseSteps.caseId, caseId));
  return { doneSteps: Number(row.done), plannedSteps: Number(row.planned) };
}

/** A case's action log, oldest first, with who acted. */
export async function caseTimeline(db: DbOrTx, caseId: number): Promise<CaseTimelineEntry[]> {
  const rows = await db
    .select({ a: neetCaseActions, fullName: users.fullName })
    .from(neetCaseActions)
    .innerJoin(users, eq(users.id, neetCaseActions.userId))
    .where(eq(neetCaseActions.caseId, caseId))
    .orderBy(asc(neetCaseActions.id));
  return rows.map(({ a, fullName }) => ({
    id: a.id,
    action: a.action,
    fromStatus: a.fromStatus,
    toStatus: a.toStatus,
    user: { id: a.userId, fullName },
    at: a.at.toISOString(),
    comment: a.comment,
    payload: (a.payload ?? {}) as Record<string, unknown>,
  }));
}

/** Whether the young person has an active case other than `exceptId`. */
export async function hasActiveCase(db: DbOrTx, youthId: number, exceptId = 0) {
  const [row] = await db
    .select({ id: neetCases.id })
    .from(neetCases)
    .where(
      and(
        eq(neetCases.youthId, youthId),
        inArray(neetCases.status, [...ACTIVE_CASE_STATUSES]),
        sql`${neetCases.id} <> ${exceptId}`,
      ),
    )
    .limit(1);
  return !!row;
}

/**
 * The centre's possible case workers (the caller's own centre, or one named in scope above centre level)
 * and the active state programmes.
 */
export async function caseOptions(db: DbOrTx, scope: Scope, centreId: number | null): Promise<CaseOptions> {
  const centre = scope.kind === 'centre' ? scope.centreId : centreId;
  let caseWorkers: CaseOptions['caseWorkers'] = [];
  if (centre) {
    const [inScope] = await db
      .select({ id: centres.id, regionCode: centres.regionCode })
      .from(centres)
      .where(eq(centres.id, centre));
    const visible =
      inScope &&
      (scope.kind === 'country' ||
        (scope.kind === 'region' && scope.regionCode === inScope.regionCode) ||
        (scope.kind === 'centre' && scope.centreId === inScope.id));
    if (visible)
      caseWorkers = await db
        .select({ id: users.id, fullName: users.fullName, role: users.role })
        .from(users)
        .where(
          and(
            eq(users.centreId, centre),
            eq(users.isActive, true),
            inArray(users.role, ['specialist', 'center_manager']),
          ),
        )
        .orderBy(users.fullName, users.id);
  }
  const programmes = await db
    .select({
      id: stateProgrammes.id,
      kk: stateProgrammes.nameKk,
      ru: stateProgrammes.nameRu,
      en: stateProgrammes.nameEn,
    })
    .from(stateProgrammes)
    .where(eq(stateProgrammes.isActive, true))
    .orderBy(stateProgrammes.nameEn);
  return {
    caseWorkers,
    programmes: programmes.map((p) => ({ id: p.id, name: { kk: p.kk, ru: p.ru, en: p.en } })),
  };
}
