/**
 * Stable error codes of the API and the HTTP status each maps to. The web translates a code
 * through the `errors` i18n namespace (`code.<code>`); the server sends the same text, localized,
 * in problem+json `title`.
 */
export const ERROR_STATUS = {
  validation_failed: 400,
  bad_request: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  password_change_required: 403,
  not_found: 404,
  conflict: 409,
  duplicate: 409,
  invalid_state: 409,
  case_not_allowed: 403,
  case_wrong_status: 409,
  youth_not_neet: 409,
  youth_no_consent: 409,
  case_already_open: 409,
  case_no_done_step: 409,
  follow_up_not_due: 409,
  step_not_planned: 409,
  event_closed: 409,
  event_cancelled: 409,
  event_not_started: 409,
  event_has_attendance: 409,
  plan_not_allowed: 403,
  plan_wrong_status: 409,
  indicator_computed: 409,
  survey_closed: 409,
  survey_already_answered: 409,
  payload_too_large: 413,
  unsupported_file: 415,
  import_invalid: 422,
  too_many_attempts: 429,
  internal: 500,
  database_unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** Field-level reasons; translated through `errors:field.<code>` with the params as placeholders. */
export const FIELD_ERROR_CODES = [
  'required',
  'too_short',
  'too_long',
  'too_small',
  'too_big',
  'invalid_email',
  'invalid_phone',
  'invalid_date',
  'date_in_future',
  'date_before_opened',
  'follow_up_not_due',
  'invalid_choice',
  'invalid_number',
  'invalid_value',
  'weights_sum',
  'not_found',
  'duplicate',
  'date_order',
  'out_of_scope',
  'password_weak',
  'password_reused',
  'password_mismatch',
  'outside_region',
  'invalid_iin',
  'iin_mismatch',
  'merge_same',
  'merge_merged',
  'consent_withdrawn',
  'anonymous_not_allowed',
  'group_service_type',
  'future_date',
  'youth_merged',
  'not_a_specialist',
  'author_only',
  'inactive',
  'capacity_exceeded',
  'not_group_type',
  'not_registered',
  'region_level_only',
  'plan_text_empty',
  'quarter_decreasing',
  'quarter_total_mismatch',
  'code_fixed',
] as const;
export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];

export interface FieldError {
  /** Dotted path of the field, e.g. `email` or `services.0`. */
  field: string;
  code: FieldErrorCode;
  params?: Record<string, string | number>;
  /** The reason in the caller's language. */
  message?: string;
}

/** RFC 9457 problem details with a stable code and field-level details. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  code: ErrorCode;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
}
