// The one Drizzle schema: every domain's tables, for drizzle-kit and for typed queries.
export * from '../modules/journal/cases/cases.tables';
export * from '../modules/journal/events/events.tables';
export * from '../modules/journal/journal.tables';
export * from '../modules/journal/programmes/programmes.tables';
export * from '../modules/journal/records/records.tables';
export * from '../modules/journal/youth/youth.tables';
export * from '../modules/plans/activities/activities.tables';
export * from '../modules/plans/evaluation/evaluation.tables';
export * from '../modules/plans/indicators.tables';
export * from '../modules/plans/monitoring/monitoring.tables';
export * from '../modules/plans/needs/needs.tables';
export * from '../modules/plans/plans/plans.tables';
export * from '../modules/plans/surveys/surveys.tables';
export * from '../modules/reference/reference.tables';
export * from '../modules/registry/registry.tables';
export * from '../platform/audit/audit.tables';
export * from '../platform/auth/auth.tables';
