// Every locale's namespaces, one JSON file per locale per domain. Add a namespace here and in all three locales.

import en_analytics from './locales/en/analytics.json' with { type: 'json' };
import en_audit from './locales/en/audit.json' with { type: 'json' };
import en_auth from './locales/en/auth.json' with { type: 'json' };
import en_cases from './locales/en/cases.json' with { type: 'json' };
import en_common from './locales/en/common.json' with { type: 'json' };
import en_errors from './locales/en/errors.json' with { type: 'json' };
import en_evaluation from './locales/en/evaluation.json' with { type: 'json' };
import en_events from './locales/en/events.json' with { type: 'json' };
import en_files from './locales/en/files.json' with { type: 'json' };
import en_home from './locales/en/home.json' with { type: 'json' };
import en_journal from './locales/en/journal.json' with { type: 'json' };
import en_monitoring from './locales/en/monitoring.json' with { type: 'json' };
import en_needs from './locales/en/needs.json' with { type: 'json' };
import en_notifications from './locales/en/notifications.json' with { type: 'json' };
import en_plan from './locales/en/plan.json' with { type: 'json' };
import en_planDocuments from './locales/en/plan-documents.json' with { type: 'json' };
import en_plans from './locales/en/plans.json' with { type: 'json' };
import en_programmes from './locales/en/programmes.json' with { type: 'json' };
import en_reference from './locales/en/reference.json' with { type: 'json' };
import en_registry from './locales/en/registry.json' with { type: 'json' };
import en_review from './locales/en/review.json' with { type: 'json' };
import en_surveys from './locales/en/surveys.json' with { type: 'json' };
import en_users from './locales/en/users.json' with { type: 'json' };
import en_youth from './locales/en/youth.json' with { type: 'json' };
import kk_analytics from './locales/kk/analytics.json' with { type: 'json' };
import kk_audit from './locales/kk/audit.json' with { type: 'json' };
import kk_auth from './locales/kk/auth.json' with { type: 'json' };
import kk_cases from './locales/kk/cases.json' with { type: 'json' };
import kk_common from './locales/kk/common.json' with { type: 'json' };
import kk_errors from './locales/kk/errors.json' with { type: 'json' };
import kk_evaluation from './locales/kk/evaluation.json' with { type: 'json' };
import kk_events from './locales/kk/events.json' with { type: 'json' };
import kk_files from './locales/kk/files.json' with { type: 'json' };
import kk_home from './locales/kk/home.json' with { type: 'json' };
import kk_journal from './locales/kk/journal.json' with { type: 'json' };
import kk_monitoring from './locales/kk/monitoring.json' with { type: 'json' };
import kk_needs from './locales/kk/needs.json' with { type: 'json' };
import kk_notifications from './locales/kk/notifications.json' with { type: 'json' };
import kk_plan from './locales/kk/plan.json' with { type: 'json' };
import kk_planDocuments from './locales/kk/plan-documents.json' with { type: 'json' };
import kk_plans from './locales/kk/plans.json' with { type: 'json' };
import kk_programmes from './locales/kk/programmes.json' with { type: 'json' };
import kk_reference from './locales/kk/reference.json' with { type: 'json' };
import kk_registry from './locales/kk/registry.json' with { type: 'json' };
import kk_review from './locales/kk/review.json' with { type: 'json' };
import kk_surveys from './locales/kk/surveys.json' with { type: 'json' };
import kk_users from './locales/kk/users.json' with { type: 'json' };
import kk_youth from './locales/kk/youth.json' with { type: 'json' };
import ru_analytics from './locales/ru/analytics.json' with { type: 'json' };
import ru_audit from './locales/ru/audit.json' with { type: 'json' };
import ru_auth from './locales/ru/auth.json' with { type: 'json' };
import ru_cases from './locales/ru/cases.json' with { type: 'json' };
import ru_common from './locales/ru/common.json' with { type: 'json' };
import ru_errors from './locales/ru/errors.json' with { type: 'json' };
import ru_evaluation from './locales/ru/evaluation.json' with { type: 'json' };
import ru_events from './locales/ru/events.json' with { type: 'json' };
import ru_files from './locales/ru/files.json' with { type: 'json' };
import ru_home from './locales/ru/home.json' with { type: 'json' };
import ru_journal from './locales/ru/journal.json' with { type: 'json' };
import ru_monitoring from './locales/ru/monitoring.json' with { type: 'json' };
import ru_needs from './locales/ru/needs.json' with { type: 'json' };
import ru_notifications from './locales/ru/notifications.json' with { type: 'json' };
import ru_plan from './locales/ru/plan.json' with { type: 'json' };
import ru_planDocuments from './locales/ru/plan-documents.json' with { type: 'json' };
import ru_plans from './locales/ru/plans.json' with { type: 'json' };
import ru_programmes from './locales/ru/programmes.json' with { type: 'json' };
import ru_reference from './locales/ru/reference.json' with { type: 'json' };
import ru_registry from './locales/ru/registry.json' with { type: 'json' };
import ru_review from './locales/ru/review.json' with { type: 'json' };
import ru_surveys from './locales/ru/surveys.json' with { type: 'json' };
import ru_users from './locales/ru/users.json' with { type: 'json' };
import ru_youth from './locales/ru/youth.json' with { type: 'json' };

export const NAMESPACES = [
  'common',
  'errors',
  'auth',
  'home',
  'reference',
  'registry',
  'audit',
  'files',
  'users',
  'journal',
  'programmes',
  'youth',
  'plans',
  'plan',
  'needs',
  'plan-documents',
  'monitoring',
  'analytics',
  'evaluation',
  'surveys',
  'review',
  'notifications',
] as const;
export type Namespace = (typeof NAMESPACES)[number];

/** i18next resources: locale → namespace → nested keys. */
export const resources = {
  kk: {
    common: kk_common,
    errors: kk_errors,
    auth: kk_auth,
    home: kk_home,
    reference: kk_reference,
    registry: kk_registry,
    audit: kk_audit,
    files: kk_files,
    users: kk_users,
    programmes: kk_programmes,
    journal: kk_journal,
    events: kk_events,
    cases: kk_cases,
    youth: kk_youth,
    plans: kk_plans,
    plan: kk_plan,
    needs: kk_needs,
    'plan-documents': kk_planDocuments,
    monitoring: kk_monitoring,
    analytics: kk_analytics,
    evaluation: kk_evaluation,
    surveys: kk_surveys,
    review: kk_review,
    notifications: kk_notifications,
  },
  ru: {
    common: ru_common,
    errors: ru_errors,
    auth: ru_auth,
    home: ru_home,
    reference: ru_reference,
    registry: ru_registry,
    audit: ru_audit,
    files: ru_files,
    users: ru_users,
    programmes: ru_programmes,
    journal: ru_journal,
    events: ru_events,
    cases: ru_cases,
    youth: ru_youth,
    plans: ru_plans,
    plan: ru_plan,
    needs: ru_needs,
    'plan-documents': ru_planDocuments,
    monitoring: ru_monitoring,
    analytics: ru_analytics,
    evaluation: ru_evaluation,
    surveys: ru_surveys,
    review: ru_review,
    notifications: ru_notifications,
  },
  en: {
    common: en_common,
    errors: en_errors,
    auth: en_auth,
    home: en_home,
    reference: en_reference,
    registry: en_registry,
    audit: en_audit,
    files: en_files,
    users: en_users,
    programmes: en_programmes,
    journal: en_journal,
    events: en_events,
    cases: en_cases,
    youth: en_youth,
    plans: en_plans,
    plan: en_plan,
    needs: en_needs,
    'plan-documents': en_planDocuments,
    monitoring: en_monitoring,
    analytics: en_analytics,
    evaluation: en_evaluation,
    surveys: en_surveys,
    review: en_review,
    notifications: en_notifications,
  },
} as const;
