import type { Locale } from '../../../../shared/constants/roles';
import type { PlanContent, PlanStatus } from '../../../../shared/contracts/plan-content';

/** The centre a plan belongs to, as its document's title page shows it. */
export interface PlanDocumentCentre {
  code: string;
  name: string;
  /** Centre kind code (`regional`, `city`, `district`); the document names it in its language. */
  kind: string;
  regionName: string;
  districtName: string | null;
  address: string | null;
  phone: string | null;
  email: string | null;
  director: string | null;
}

/** One step of the plan's review and approval history. */
export interface PlanTrailEntry {
  /** ISO timestamp; shown in Kazakhstan time. */
  at: string;
  actorName: string;
  /** Role code (`center_manager`, `regional`, ...). */
  actorRole: string;
  /** Action code of the review workflow (`submit`, `return`, `approve`, ...; see `PLAN_ACTIONS`). */
  action: string;
  comment: string | null;
}

/**
 * Everything the plan's PDF and XLSX documents show, already loaded and in the caller's scope:
 * the renderers are pure functions of it (no database, no clock).
 */
export interface PlanDocumentInput {
  /** The language the document is written in; plan texts empty in it fall back to another. */
  language: Locale;
  centre: PlanDocumentCentre;
  year: number;
  version: number;
  status: PlanStatus;
  content: PlanContent;
  /** Direction code → its name in `language`. */
  directionNames: Record<string, string>;
  trail: PlanTrailEntry[];
  /** ISO timestamp of the moment the document was made. */
  generatedAt: string;
}
