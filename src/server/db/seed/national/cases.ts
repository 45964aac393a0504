import type { Random } from '../random';
import type { Cell, NationalPlan, PlannedCase } from './plan';

/**
 * NEET case rows from the plan's cases, kept to the rules at the top of cases.tables.ts: status
 * from what happened (outcome, 3/6-month follow-ups, closing), due dates three and six calendar
 * months after the outcome, at least one done step before an outcome, and an action log whose
 * statuses chain from `open` to the case's status, one action per version.
 */

export const CASE_COLUMNS = [
  'id',
  'youth_id',
  'centre_id',
  'region_code',
  'case_worker_id',
  'status',
  'opened_on',
  'outcome',
  'outcome_on',
  'follow_up_3m_due',
  'follow_up_3m_checked_on',
  'follow_up_3m_held',
  'follow_up_6m_due',
  'follow_up_6m_checked_on',
  'follow_up_6m_held',
  'closed_on',
  'close_reason',
  'version',
  'created_at',
  'updated_at',
] as const;
export const STEP_COLUMNS = [
  'id',
  'case_id',
  'kind',
  'description',
  'programme_id',
  'due_on',
  'status',
  'result',
  'done_on',
  'created_by',
  'created_at',
  'updated_at',
] as const;
export const ACTION_COLUMNS = [
  'case_id',
  'action',
  'from_status',
  'to_status',
  'user_id',
  'at',
  'payload',
] as const;

/** `yyyy-mm-dd` plus calendar months, clamped to the last day of the month. */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

const STEPS = [
  ['consultation', 'Жеке кеңес: мақсат пен кедергілерді талқылау', 'Кеңес өтті, жоспар келісілді'],
  ['programme_referral', 'Мемлекеттік бағдарламаға жолдама', 'Құжаттар операторға тапсырылды'],
  ['training', 'Қысқа мерзімді кәсіби оқуға жазылу', 'Оқу курсы аяқталды'],
  ['employer', 'Жұмыс берушімен сұхбат', 'Сұхбат өтті'],
  ['other_service', 'Түйіндеме дайындау', 'Түйіндеме дайын'],
] as const;

/** A follow-up that found the outcome did not hold and closed the case, as the payload says it. */
// biome-ignore lint/suspicious/noThenProperty: the action log's payload names it `then` (cases.tables.ts)
const CLOSED_AFTER_CHECK = { then: 'close' } as const;

const isoPlus = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const at = (iso: string, hour: number) => `${iso} ${String(hour).padStart(2, '0')}:30:00+05`;
const minIso = (a: string, b: string) => (a < b ? a : b);

/** Rows of the three case tables; case and step ids start at the given numbers. */
export function caseRows(
  plan: NationalPlan,
  rng: Random,
  programmeIds: number[],
  firstCaseId: number,
  firstStepId: number,
) {
  const cases: Cell[][] = [];
  const steps: Cell[][] = [];
  const actions: Cell[][] = [];
  const today = plan.iso(plan.calendar.days - 1);
  let stepId = firstStepId;
  plan.cases.forEach((c: PlannedCase, index) => {
    const r = rng.fork(`case-${c.youthId}`);
    const id = firstCaseId + index;
    const opened = plan.iso(c.openDay);
    const worker = c.caseWorkerId;
    let status = 'open';
    let version = 0;
    let lastAt = at(opened, 10);
    const act = (action: string, to: string, day: string, payload: object) => {
      version++;
      lastAt = at(day, 10 + Math.min(version, 7));
      actions.push([id, action, version === 1 ? null : status, to, worker, lastAt, JSON.stringify(payload)]);
      status = to;
    };
    act('open', 'open', opened, {});
    // The end of the pathway: outcome, closing, or today for a case still being worked on.
    const end =
      c.outcomeDay >= 0
        ? plan.iso(c.outcomeDay)
        : c.closedNoOutcomeDay >= 0
          ? plan.iso(c.closedNoOutcomeDay)
          : today;
    const recent = c.outcomeDay < 0 && c.closedNoOutcomeDay < 0 && c.openDay > plan.calendar.days - 8;
    const stepCount = recent ? 0 : c.outcomeDay >= 0 ? r.int(1, 3) : r.int(0, 2);
    const span = Math.max(0, Math.round((Date.parse(end) - Date.parse(opened)) / 86_400_000));
    for (let k = 0; k < stepCount; k++) {
      const [kind, description, result] = r.pick(STEPS);
      const addedOn = isoPlus(opened, Math.floor((span * k) / (stepCount + 1)));
      const doneOn = isoPlus(opened, Math.floor((span * (k + 1)) / (stepCount + 1)));
      // The last step of a case still in progress may be planned, due after today.
      const planned = c.outcomeDay < 0 && c.closedNoOutcomeDay < 0 && k === stepCount - 1 && r.chance(0.6);
      const dueOn = planned ? isoPlus(today, r.int(3, 30)) : doneOn;
      const programme = kind === 'programme_referral' && programmeIds.length ? r.pick(programmeIds) : null;
      steps.push([
        stepId,
        id,
        kind === 'programme_referral' && !programme ? 'consultation' : kind,
        description,
        programme,
        dueOn,
        planned ? 'planned' : 'done',
        planned ? null : result,
        planned ? null : minIso(doneOn, today),
        worker,
        at(addedOn, 11),
        at(planned ? addedOn : minIso(doneOn, today), 12),
      ]);
      act('add_step', 'in_progress', addedOn, { stepId });
      if (!planned) act('complete_step', 'in_progress', minIso(doneOn, today), { stepId });
      stepId++;
    }
    let outcome: string | null = null;
    let outcomeOn: string | null = null;
    let due3: string | null = null;
    let due6: string | null = null;
    let checked3: string | null = null;
    let checked6: string | null = null;
    let closedOn: string | null = null;
    if (c.outcomeDay >= 0 && c.outcome) {
      outcome = c.outcome;
      outcomeOn = plan.iso(c.outcomeDay);
      due3 = addMonths(outcomeOn, 3);
      due6 = addMonths(outcomeOn, 6);
      act('record_outcome', 'outcome_recorded', outcomeOn, { outcome, outcomeOn });
      if (c.held3 !== null) {
        checked3 = minIso(isoPlus(due3, r.int(0, 10)), today);
        const to = c.held3 ? 'follow_up_3m_confirmed' : 'closed_not_held';
        act('follow_up_3m', to, checked3, {
          held: c.held3,
          checkedOn: checked3,
          ...(c.held3 ? {} : CLOSED_AFTER_CHECK),
        });
        if (!c.held3) closedOn = checked3;
      }
      if (c.held6 !== null) {
        checked6 = minIso(isoPlus(due6, r.int(0, 10)), today);
        act('follow_up_6m', c.held6 ? 'closed_confirmed' : 'closed_not_held', checked6, {
          held: c.held6,
          checkedOn: checked6,
          ...(c.held6 ? {} : CLOSED_AFTER_CHECK),
        });
        closedOn = checked6;
      }
    } else if (c.closedNoOutcomeDay >= 0) {
      outcome = 'none';
      closedOn = plan.iso(c.closedNoOutcomeDay);
      act('close', 'closed_no_outcome', closedOn, { reason: c.closeReason, closedOn });
    }
    cases.push([
      id,
      c.youthId,
      c.centreId,
      c.regionCode,
      worker,
      status,
      opened,
      outcome,
      outcomeOn,
      due3,
      checked3,
      c.held3,
      due6,
      checked6,
      c.held6,
      closedOn,
      outcome === 'none' ? c.closeReason : null,
      version,
      at(opened, 10),
      lastAt,
    ]);
  });
  return { cases, steps, actions };
}
