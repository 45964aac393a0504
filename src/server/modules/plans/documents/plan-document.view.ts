import type { TFunction } from 'i18next';
import type { Locale } from '../../../../shared/constants/roles';
import { FUNDING_SOURCES, type PlanContent } from '../../../../shared/contracts/plan-content';
import { translator } from '../../../../shared/i18n';
import { planText } from '../../../../shared/plan-text';
import type { PlanDocumentInput } from './plan-document';

/** How a column's values are written: numbers stay numbers until a renderer formats them. */
export type CellKind = 'text' | 'integer' | 'decimal' | 'amount' | 'year';
export type Cell = string | number | null;

export interface ViewColumn {
  header: string;
  kind: CellKind;
}

export const SECTION_KEYS = ['priorities', 'goals', 'kpis', 'activities', 'budget', 'trail'] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

/** One table of the document, in the document's language. */
export interface ViewTable {
  key: SectionKey;
  title: string;
  columns: ViewColumn[];
  rows: Cell[][];
}

/** Budget totals: one per funding source that has lines, in the contract's order, and overall. */
export interface BudgetTotals {
  bySource: Array<{ source: string; amount: number }>;
  total: number;
}

/** The plan document resolved into one language: labels, texts with fallback, tables of raw values. */
export interface PlanDocumentView {
  language: Locale;
  t: TFunction;
  title: string;
  subtitle: string;
  centreName: string;
  details: Array<{ label: string; value: string }>;
  tables: Record<SectionKey, ViewTable>;
  budgetTotals: BudgetTotals;
  generatedAt: string;
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** `dd.mm.yyyy hh:mm` in Kazakhstan time (UTC+5 across the country since 1 March 2024). */
export function kazakhstanDateTime(iso: string): string {
  const local = new Date(new Date(iso).getTime() + 5 * 3600_000).toISOString();
  return `${local.slice(8, 10)}.${local.slice(5, 7)}.${local.slice(0, 4)} ${local.slice(11, 16)}`;
}

function nameOfPriority(content: PlanContent, directionNames: Record<string, string>) {
  const byId = new Map(content.priorities.map((p) => [p.id, directionNames[p.direction] ?? p.direction]));
  return (id: string | null) => (id ? (byId.get(id) ?? null) : null);
}

function tablesOf(input: PlanDocumentInput, t: TFunction, currency: string): Record<SectionKey, ViewTable> {
  const { content, language: lang, directionNames } = input;
  const col = (key: string, kind: CellKind = 'text', params?: Record<string, string>): ViewColumn => ({
    header: t(`plan-documents:col.${key}`, params ?? {}),
    kind,
  });
  const table = (key: SectionKey, columns: ViewColumn[], rows: Cell[][]): ViewTable => ({
    key,
    title: t(`plan-documents:section.${key}`),
    columns,
    rows,
  });
  const priorityName = nameOfPriority(content, directionNames);
  const kpiName = new Map(content.kpis.map((k) => [k.id, planText(k.name, lang)]));
  const activityTitle = new Map(content.activities.map((a) => [a.id, planText(a.title, lang)]));
  const direction = (code: string) => directionNames[code] ?? code;

  return {
    priorities: table(
      'priorities',
      [col('rank', 'integer'), col('direction'), col('score', 'decimal'), col('reason')],
      [...content.priorities]
        .sort((a, b) => a.rank - b.rank)
        .map((p) => [p.rank, direction(p.direction), p.score, planText(p.reason, lang)]),
    ),
    goals: table(
      'goals',
      [col('id', 'integer'), col('goal'), col('priority')],
      content.goals.map((g, i) => [i + 1, planText(g.text, lang), priorityName(g.priorityId)]),
    ),
    kpis: table(
      'kpis',
      [
        col('id', 'integer'),
        col('kpi'),
        col('unit'),
        col('source'),
        col('baseline', 'decimal'),
        col('baselineYear', 'year'),
        col('target', 'decimal'),
        col('q1', 'decimal'),
        col('q2', 'decimal'),
        col('q3', 'decimal'),
        col('q4', 'decimal'),
      ],
      content.kpis.map((k, i) => [
        i + 1,
        planText(k.name, lang),
        t(`plans:unit.${k.unit}`, { defaultValue: k.unit }),
        t(`plan-documents:kpiSource.${k.source}`),
        k.baseline,
        k.baselineYear,
        k.target,
        ...k.quarterTargets,
      ]),
    ),
    activities: table(
      'activities',
      [
        col('id', 'integer'),
        col('activity'),
        col('priority'),
        col('quarters'),
        col('participants', 'integer'),
        col('kpis'),
      ],
      content.activities.map((a, i) => [
        i + 1,
        planText(a.title, lang),
        priorityName(a.priorityId),
        [...a.quarters]
          .sort()
          .map((q) => ROMAN[q - 1])
          .join(', '),
        a.expectedParticipants,
        a.kpiIds.map((id) => kpiName.get(id) ?? id).join('; ') || null,
      ]),
    ),
    budget: table(
      'budget',
      [
        col('id', 'integer'),
        col('item'),
        col('activity'),
        col('fundingSource'),
        col('amount', 'amount', { currency }),
      ],
      content.budget.map((b, i) => [
        i + 1,
        planText(b.item, lang),
        b.activityId ? (activityTitle.get(b.activityId) ?? null) : null,
        t(`plan-documents:fundingSource.${b.source}`),
        b.amount,
      ]),
    ),
    trail: table(
      'trail',
      [col('at'), col('actor'), col('role'), col('action'), col('comment')],
      input.trail.map((e) => [
        kazakhstanDateTime(e.at),
        e.actorName,
        t(`common:role.${e.actorRole}`, { defaultValue: e.actorRole }),
        t(`plan-documents:action.${e.action}`, { defaultValue: e.action }),
        e.comment,
      ]),
    ),
  };
}

/** Sums the budget per funding source (sources without lines are left out) and overall. */
export function budgetTotals(content: PlanContent): BudgetTotals {
  const bySource = FUNDING_SOURCES.filter((source) => content.budget.some((b) => b.source === source)).map(
    (source) => ({
      source,
      amount: content.budget.filter((b) => b.source === source).reduce((sum, b) => sum + b.amount, 0),
    }),
  );
  return { bySource, total: content.budget.reduce((sum, b) => sum + b.amount, 0) };
}

/**
 * Resolves a plan document's input into the language it is written in; both renderers draw this.
 * `currency` names tenge by its sign (₸) or, for fonts without the sign, by its word.
 */
export function planDocumentView(
  input: PlanDocumentInput,
  currency: 'symbol' | 'word' = 'symbol',
): PlanDocumentView {
  const t = translator(input.language);
  const { centre } = input;
  const totals = budgetTotals(input.content);
  const detail = (key: string, value: string | null) =>
    value ? [{ label: t(`plan-documents:${key}`), value }] : [];
  return {
    language: input.language,
    t,
    title: t('plan-documents:title'),
    subtitle: t('plan-documents:forYear', { year: input.year }),
    centreName: centre.name,
    details: [
      ...detail('centre.name', centre.name),
      ...detail('centre.code', centre.code),
      ...detail('centre.kind', t(`registry:kind.${centre.kind}`, { defaultValue: centre.kind })),
      ...detail('centre.region', centre.regionName),
      ...detail('centre.district', centre.districtName),
      ...detail('centre.address', centre.address),
      ...detail('centre.phone', centre.phone),
      ...detail('centre.email', centre.email),
      ...detail('centre.director', centre.director),
      ...detail('plan.year', String(input.year)),
      ...detail('plan.version', String(input.version)),
      ...detail('plan.status', t(`plan-documents:status.${input.status}`)),
    ],
    tables: tablesOf(input, t, t(`plan-documents:currency.${currency}`)),
    budgetTotals: {
      bySource: totals.bySource.map((s) => ({
        source: t(`plan-documents:fundingSource.${s.source}`),
        amount: s.amount,
      })),
      total: totals.total,
    },
    generatedAt: t('plan-documents:generatedAt', { date: kazakhstanDateTime(input.generatedAt) }),
  };
}
